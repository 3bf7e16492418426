// mode: approve and mode: reject through the built dist/ as the runner runs it: a monorepo staged
// by one run (trusted publishing and the token) is released by a second run from the first run's
// `staged` output, in dependency order, with exactly one accepted code per approval, one retry
// after a rollover, at most two codes for a wrong secret; reject removes what was staged; re-runs
// do nothing twice. Leak check over all of it.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDir, outputOf } from '../../test-support/e2e.js';
import { writeMonorepo, type MonorepoPackage } from '../../test-support/monorepo.js';
import { FIXTURE_REPOSITORY as REPO, useRegistryWithOidc } from '../../test-support/oidc-fixture.js';
import type { GateConfig } from '../../test-support/registry.js';
import { findLeaks, type ActionRun } from '../../test-support/runner.js';
import { stepOfCode } from '../../test-support/totp.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
// A 10-second period keeps the wait for the next window short.
const SHORT_URI = `otpauth://totp/npm:alice?secret=${SECRET}&issuer=npm&period=10`;
const WRONG_URI = `otpauth://totp/npm:alice?secret=GEZDGNBVGY3TQOJQ&issuer=npm&period=10`;

const fx = useRegistryWithOidc({ secret: SECRET });
beforeEach(async () => {
  await fx.registry.gate.reset();
  await gate({});
});

function gate(partial: GateConfig) {
  return fx.registry.gate.configure({ secret: SECRET, period: 10, toleranceSteps: 0, rejectFirst: 0, rejectAll: false, faults: [], ...partial });
}

async function act(cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return fx.run({
    cwd,
    env,
    debug: true,
    timeoutMs: 120_000,
    inputs: { 'npm-registry': fx.registry.url, 'npm-token': fx.token, workspaces: 'true', 'otp-min-remaining': '2', ...inputs },
  });
}

/** Stages the monorepo in `dir` with the token; returns the run's `staged` output as given. */
async function stageAll(dir: string, env: Record<string, string> = {}): Promise<string> {
  const run = await act(dir, { stage: 'true' }, env);
  expect(run.exitCode, run.stdout).toBe(0);
  return run.outputs.staged!;
}

const decisions = async (kind: 'approve' | 'reject') => (await fx.registry.gate.attempts()).filter((attempt) => attempt.stage === kind);

async function expectNoLeaks(run: ActionRun, ...secrets: string[]): Promise<void> {
  const codes = (await fx.registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
  expect(findLeaks([fx.token, SECRET, SHORT_URI, fx.gh.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...secrets, ...codes], run)).toEqual([]);
}

/** Every package's accepted approval comes after those of the packages it depends on. */
function expectDependencyOrder(packages: MonorepoPackage[], approved: string[]): void {
  for (const pkg of packages) {
    for (const dependency of pkg.dependsOn) expect(approved.indexOf(dependency), `${dependency} before ${pkg.name}`).toBeLessThan(approved.indexOf(pkg.name));
  }
}

describe('mode: approve', () => {
  it('releases what a stage run staged (OIDC and token), in dependency order, one accepted code each, a rollover retried once; a re-run does nothing', async () => {
    const dir = freshDir();
    writeMonorepo(dir, 'apv', 5, '0.9.0');
    // The packages exist (npm cannot first-publish through trusted publishing); p-1..p-3 trust the workflow.
    expect((await act(dir, { 'npm-totp-secret': SHORT_URI, auth: 'token' })).exitCode).toBe(0);
    const trusted = Object.fromEntries([1, 2, 3].map((i) => [`@apv/p-${i}`, { repository: REPO, workflow: 'release.yml', allowStagePublish: true }]));
    await fx.registry.gate.configure({ oidc: { issuer: fx.gh.issuer, jwks: fx.gh.jwks, trustedPublishers: trusted } });
    const packages = writeMonorepo(dir, 'apv', 5, '1.0.0');
    const staged = await stageAll(dir, fx.gh.env);
    const entries = JSON.parse(staged) as Array<{ name: string; auth: string; stageId: string }>;
    expect(Object.fromEntries(entries.map((entry) => [entry.name, entry.auth]))).toEqual(
      Object.fromEntries(packages.map((pkg, i) => [pkg.name, i < 3 ? 'oidc' : 'token'])),
    );

    await fx.registry.gate.reset();
    await gate({ rejectFirst: 1 });
    const run = await act(dir, { mode: 'approve', 'stage-ids': staged, 'npm-totp-secret': SHORT_URI });
    expect(run.exitCode, run.stdout).toBe(0);
    const attempts = await decisions('approve');
    // The first code is refused (a rollover, as the registry sees it), the retry in the next window passes; then one code per approval.
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['forced-reject', ...packages.map(() => 'accepted')]);
    // Read from the codes: when the first reached the registry depends on the machine's load, not on the action.
    const [refused, retried] = attempts.slice(0, 2).map((attempt) => stepOfCode(SECRET, attempt.otp!, attempt.at, { period: 10 }));
    expect(retried).toBeGreaterThan(refused!);
    const accepted = attempts.filter((attempt) => attempt.outcome === 'accepted');
    expect(accepted.map((attempt) => attempt.stageId).sort()).toEqual(entries.map((entry) => entry.stageId).sort());
    expectDependencyOrder(
      packages,
      accepted.map((attempt) => attempt.package),
    );
    expect(run.stdout).toMatch(/::warning::npm: the one-time password was rejected; retrying once/);

    const published = outputOf(run, 'published');
    expect(published.map((entry) => entry.name).sort()).toEqual(packages.map((pkg) => pkg.name).sort());
    for (const entry of published)
      expect(entry).toMatchObject({ version: '1.0.0', auth: 'token+otp', stageId: entries.find((e) => e.name === entry.name)!.stageId });
    for (const pkg of packages) expect((await fx.registry.packument(pkg.name))['dist-tags'].latest).toBe('1.0.0');
    expect((await fx.registry.gate.staged()).filter((item) => item.packageName.startsWith('@apv/'))).toEqual([]);
    expect(run.summary).toContain('otp-publish (approve)');
    // The retry waited for the next window: the summary gives the run's wall time at window edges and the sum over packages.
    expect(run.summary).toMatch(
      /5 published, 0 skipped, 0 failed; waited \d+\.\d s at [1-5] one-time-password window edges? \(\d+\.\d s summed over packages\)/,
    );
    expect(run.summary).toContain(`<td>published (stage ${entries[0]!.stageId})</td>`);
    await expectNoLeaks(run);

    await fx.registry.gate.reset();
    const again = await act(dir, { mode: 'approve', 'stage-ids': staged, 'npm-totp-secret': SHORT_URI });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(outputOf(again, 'published')).toEqual([]);
    expect(outputOf(again, 'skipped').map((entry) => entry.reason)).toEqual(packages.map(() => 'already published'));
    expect(await decisions('approve')).toEqual([]);
    await expectNoLeaks(again);
  });

  it('a wrong secret costs at most two codes for the whole run, and releases nothing', async () => {
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'apw', 4);
    const staged = await stageAll(dir);
    await fx.registry.gate.reset();
    const run = await act(dir, { mode: 'approve', 'stage-ids': staged, 'npm-totp-secret': WRONG_URI });
    expect(run.exitCode).toBe(1);
    expect((await decisions('approve')).map((attempt) => attempt.outcome)).toEqual(['invalid', 'invalid']);
    expect(outputOf(run, 'failed')).toHaveLength(packages.length);
    for (const pkg of packages) expect(await fx.registry.packument(pkg.name)).toBeUndefined();
    expect((await fx.registry.gate.staged()).filter((item) => item.packageName.startsWith('@apw/'))).toHaveLength(packages.length);
    await expectNoLeaks(run, WRONG_URI, 'GEZDGNBVGY3TQOJQ');
  });

  it('without stage-ids, approves the staged versions of the checkout; a dropped answer after the release is not approved twice', async () => {
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'apc', 3);
    await stageAll(dir);
    await fx.registry.gate.reset();
    await gate({ faults: ['reset-after-write'] });
    const run = await act(dir, { mode: 'approve', 'npm-totp-secret': SHORT_URI });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      outputOf(run, 'published')
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(packages.map((pkg) => pkg.name).sort());
    const attempts = await decisions('approve');
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['fault:reset-after-write', 'accepted', 'accepted']);
    expect(run.stdout).toContain('npm @apc/p-1@1.0.0: the request arrived despite the fault (already published)');
    for (const pkg of packages) expect((await fx.registry.packument(pkg.name))?.versions?.['1.0.0']).toMatchObject({ name: pkg.name, version: '1.0.0' });
    await expectNoLeaks(run);
  });

  it('stage-ids that are not stage ids are an input error naming the line', async () => {
    const run = await act(freshDir(), { mode: 'approve', 'stage-ids': '# from the stage job\nnot-a-uuid', 'npm-totp-secret': SHORT_URI });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::Input 'stage-ids': line 2 is 'not-a-uuid'; expected a stage id");
    expect(await fx.registry.gate.attempts()).toEqual([]);
  });
});

describe('mode: reject', () => {
  it('removes what was staged, one code each; a re-run does nothing', async () => {
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'rej', 2);
    const entries = JSON.parse(await stageAll(dir)) as Array<{ stageId: string }>;
    const ids = entries.map((entry) => entry.stageId).join('\n');
    await fx.registry.gate.reset();
    // A dry run decides nothing and sends no code.
    const dry = await act(dir, { mode: 'reject', 'stage-ids': ids, 'npm-totp-secret': SHORT_URI, 'dry-run': 'true' });
    expect(dry.exitCode, dry.stdout).toBe(0);
    expect(outputOf(dry, 'skipped').map((entry) => entry.reason)).toEqual(entries.map(() => 'dry run: not rejected'));
    expect(await fx.registry.gate.attempts()).toEqual([]);
    expect((await fx.registry.gate.staged()).filter((item) => item.packageName.startsWith('@rej/'))).toHaveLength(2);
    const run = await act(dir, { mode: 'reject', 'stage-ids': ids, 'npm-totp-secret': SHORT_URI });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      outputOf(run, 'rejected')
        .map((entry) => entry.stageId)
        .sort(),
    ).toEqual(entries.map((entry) => entry.stageId).sort());
    expect((await decisions('reject')).map((attempt) => attempt.outcome)).toEqual(['accepted', 'accepted']);
    expect((await fx.registry.gate.staged()).filter((item) => item.packageName.startsWith('@rej/'))).toEqual([]);
    for (const pkg of packages) expect(await fx.registry.packument(pkg.name)).toBeUndefined();
    expect(run.summary).toContain('otp-publish (reject)');
    await expectNoLeaks(run);

    await fx.registry.gate.reset();
    const again = await act(dir, { mode: 'reject', 'stage-ids': ids, 'npm-totp-secret': SHORT_URI });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(outputOf(again, 'rejected')).toEqual([]);
    expect(outputOf(again, 'skipped').map((entry) => entry.reason)).toEqual(entries.map(() => 'no longer staged (approved or rejected already)'));
    expect(await fx.registry.gate.attempts()).toEqual([]);
    await expectNoLeaks(again);
  });
});
