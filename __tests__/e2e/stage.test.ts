// Staged publishing through the built dist/ as the runner runs it: npm packages go to the
// registry's staging area (the Verdaccio gate's staging endpoints) without a one-time password,
// through trusted publishing or the token; the `staged` output and the summary name each stage id;
// a re-run stages nothing twice; a gem with stage: true is an input error. Leak check over all of it.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDir, outputOf } from '../../test-support/e2e.js';
import { writeMonorepo } from '../../test-support/monorepo.js';
import { FIXTURE_REPOSITORY as REPO, useRegistryWithOidc } from '../../test-support/oidc-fixture.js';
import { npmEnv, runNpm, writePackage } from '../../test-support/registry.js';
import { writeGemspec } from '../../test-support/rubygems/cli.js';
import { codeNow } from '../../test-support/totp.js';
import { findLeaks, type ActionRun } from '../../test-support/runner.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const fx = useRegistryWithOidc({ secret: SECRET, toleranceSteps: 1 });
beforeEach(() => fx.registry.gate.reset());

async function act(cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return fx.run({ cwd, env, debug: true, timeoutMs: 120_000, inputs: { 'npm-registry': fx.registry.url, 'npm-token': fx.token, stage: 'true', ...inputs } });
}

const staged = (run: ActionRun) =>
  JSON.parse(run.outputs.staged ?? 'null') as Array<{ registry: string; name: string; version: string; auth: string; stageId: string }>;

async function expectNoLeaks(run: ActionRun): Promise<void> {
  const codes = (await fx.registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
  expect(findLeaks([fx.token, SECRET, fx.gh.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...codes], run)).toEqual([]);
}

describe('stage: true', () => {
  it('stages a monorepo with the token and no code: staged output, summary with the approve commands, nothing released', async () => {
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'stg', 3);
    const run = await act(dir, { workspaces: 'true', 'npm-totp-secret': SECRET });

    expect(run.exitCode, run.stdout).toBe(0);
    const entries = staged(run);
    expect(entries.map(({ registry: r, name, version, auth }) => [r, name, version, auth])).toEqual(packages.map((pkg) => ['npm', pkg.name, '1.0.0', 'token']));
    for (const entry of entries) expect(entry.stageId).toMatch(UUID);
    expect(outputOf(run, 'published')).toEqual([]);
    // What the registry holds: three staged versions, none released, and not one code was sent.
    const items = await fx.registry.gate.staged();
    expect(items.map((item) => [item.packageName, item.version, item.id]).sort()).toEqual(
      entries.map((entry) => [entry.name, entry.version, entry.stageId]).sort(),
    );
    for (const pkg of packages) expect(await fx.registry.packument(pkg.name)).toBeUndefined();
    expect((await fx.registry.gate.attempts()).filter((attempt) => attempt.otp !== null)).toEqual([]);
    expect(run.stdout).toContain("stage: true sends no one-time password, so 'npm-totp-secret' is not used here");
    for (const entry of entries) expect(run.summary).toContain(`<code>npm stage approve ${entry.stageId}</code>`);
    expect(run.summary).toContain(`<td>staged: ${entries[0]!.stageId}</td>`);
    await expectNoLeaks(run);

    // A re-run stages nothing twice, though this registry would stage a version again: it lists what
    // is staged first, and reports the stages it found (so an approval job of the re-run gets them).
    const again = await act(dir, { workspaces: 'true' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(staged(again).map(({ name, stageId }) => [name, stageId])).toEqual(entries.map(({ name, stageId }) => [name, stageId]));
    expect(outputOf(again, 'staged').map((entry) => entry.reason)).toEqual(entries.map((entry) => `already staged (stage ${entry.stageId})`));
    expect(await fx.registry.gate.staged()).toHaveLength(3);
    expect((await fx.registry.gate.attempts()).filter((attempt) => attempt.stage === 'publish')).toHaveLength(3);

    // Approved with npm's own CLI and a code, a version is released; the next stage run skips it as published.
    const env = npmEnv(fx.registry, fx.token);
    const code = codeNow(SECRET);
    const approve = await runNpm(['stage', 'approve', entries[0]!.stageId, `--otp=${code}`, '--registry', fx.registry.url], { cwd: dir, env });
    expect(approve.exitCode, approve.stderr).toBe(0);
    expect((await fx.registry.packument(entries[0]!.name))?.versions?.['1.0.0']).toMatchObject({ name: entries[0]!.name, version: '1.0.0' });
    const third = await act(dir, { workspaces: 'true' });
    expect(outputOf(third, 'skipped').find((entry) => entry.name === entries[0]!.name)?.reason).toMatch(/^already published/);
    await expectNoLeaks(third);
  });

  it('stages through trusted publishing where the registry trusts the workflow', async () => {
    const dir = writePackage(freshDir(), { name: '@stg/trusted', version: '0.9.0' });
    const seed = await act(dir, { stage: 'false', auth: 'token', 'npm-totp-secret': SECRET });
    expect(seed.exitCode, seed.stdout).toBe(0);
    await fx.registry.gate.configure({
      oidc: {
        issuer: fx.gh.issuer,
        jwks: fx.gh.jwks,
        trustedPublishers: { '@stg/trusted': { repository: REPO, workflow: 'release.yml', allowStagePublish: true } },
      },
    });
    writePackage(dir, { name: '@stg/trusted', version: '1.0.0' });
    const run = await act(dir, { 'npm-token': '' }, fx.gh.env);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(staged(run)).toEqual([{ registry: 'npm', name: '@stg/trusted', version: '1.0.0', auth: 'oidc', stageId: expect.stringMatching(UUID) }]);
    expect((await fx.registry.gate.staged()).find((item) => item.packageName === '@stg/trusted')).toMatchObject({ version: '1.0.0', actorType: 'oidc' });
    expect((await fx.registry.packument('@stg/trusted'))?.versions?.['1.0.0']).toBeUndefined();
    await expectNoLeaks(run);
  });

  it('falls back to the token where the trusted publisher may not stage (auth: auto)', async () => {
    const dir = writePackage(freshDir(), { name: '@stg/no-stage', version: '0.9.0' });
    expect((await act(dir, { stage: 'false', auth: 'token', 'npm-totp-secret': SECRET })).exitCode).toBe(0);
    await fx.registry.gate.configure({
      oidc: { issuer: fx.gh.issuer, jwks: fx.gh.jwks, trustedPublishers: { '@stg/no-stage': { repository: REPO, workflow: 'release.yml' } } },
    });
    writePackage(dir, { name: '@stg/no-stage', version: '1.0.0' });
    const run = await act(dir, {}, fx.gh.env);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(staged(run)).toEqual([{ registry: 'npm', name: '@stg/no-stage', version: '1.0.0', auth: 'token', stageId: expect.stringMatching(UUID) }]);
    expect(run.stdout).toContain('does not allow staged publishing');
    expect(run.stdout).toContain('using the token');
    const stagings = (await fx.registry.gate.attempts()).filter((attempt) => attempt.stage === 'publish');
    // The exchange succeeded, the registry refused the staging with that token (403), the token staged it.
    expect((await fx.registry.gate.exchanges()).map((exchange) => exchange.status)).toEqual([201]);
    expect(stagings.map((attempt) => [attempt.outcome, attempt.otp, attempt.user])).toEqual([['staged', null, 'alice']]);
    await expectNoLeaks(run);
  });

  it('a gem in packages is an input error before anything is staged', async () => {
    const dir = freshDir();
    writePackage(`${dir}/npm`, { name: '@stg/with-gem', version: '1.0.0' });
    writeGemspec(`${dir}/gem`, { name: 'stg_gem', version: '1.0.0' });
    const before = (await fx.registry.gate.staged()).length;
    const run = await act(dir, { packages: 'npm\ngem', 'rubygems-api-key': 'rubygems_key' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::Input 'stage': is true, but stg_gem@1.0.0 is a gem and RubyGems has no staged publishing");
    expect(await fx.registry.gate.staged()).toHaveLength(before);
    await expectNoLeaks(run);
  });
});
