// The built dist/ run as the Actions runner runs it (Node of action.yml's runs.using, INPUT_* env,
// GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY, RUNNER_TEMP, then the post step), publishing
// with the real npm CLI to a local Verdaccio whose gate demands a TOTP code like npmjs.
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmEnv, runNpm, startRegistry, writePackage, type Registry } from '../../test-support/registry.js';
import { errorsOf as errors, freshDir, outputOf as output } from '../../test-support/e2e.js';
import { cleanupRun, findLeaks, listFiles, runAction, runPost, workflowCommands, type ActionRun } from '../../test-support/runner.js';
import { stepOfCode } from '../../test-support/totp.js';

// A 10-byte secret as users paste it: lower case, spaced. The gate holds the canonical form.
const SECRET = 'JBSWY3DPEHPK3PXP';
const SECRET_AS_STORED = 'jbsw y3dp ehpk 3pxp';
// A 10 s period keeps the retry-after-rollover cases short; the gate uses the same period.
const SHORT_URI = `otpauth://totp/npm:alice?secret=${SECRET}&issuer=npm&period=10`;

let registry: Registry;
let alice: string;
let bot: string;
let packageCount = 0;
const runs: ActionRun[] = [];

beforeAll(async () => {
  registry = await startRegistry({ gate: { secret: SECRET, toleranceSteps: 0, bypassUsers: ['bot'] } });
  alice = await registry.addUser('alice');
  bot = await registry.addUser('bot');
});

afterAll(async () => {
  for (const run of runs) await cleanupRun(run);
  await registry?.stop();
});

/** A fresh package directory (the workspace) with a unique name. */
function workspace(version = '1.0.0'): { dir: string; name: string } {
  const name = `@e2e/pkg-${++packageCount}`;
  const dir = freshDir();
  writePackage(dir, { name, version });
  return { dir, name };
}

async function act(cwd: string, inputs: Record<string, string>, extra: Parameters<typeof runAction>[0] = {}): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    debug: true,
    timeoutMs: 90_000,
    ...extra,
    inputs: { 'npm-registry': registry.url, ...inputs },
  });
  runs.push(run);
  return run;
}

async function gate(partial: Parameters<Registry['gate']['configure']>[0] = {}): Promise<void> {
  await registry.gate.reset();
  await registry.gate.configure({ secret: SECRET, period: 30, rejectFirst: 0, rejectAll: false, webauthn: false, ...partial });
}

async function attemptsFor(name: string) {
  return (await registry.gate.attempts()).filter((attempt) => attempt.package === name);
}

/** Every secret this run could have printed: the token, the secret in each form, each code the registry saw. */
async function secretsOf(name: string, token: string, totp: string): Promise<string[]> {
  const codes = (await attemptsFor(name)).map((attempt) => attempt.otp).filter((otp): otp is string => Boolean(otp));
  return [token, totp, SECRET, SECRET.toLowerCase(), ...codes];
}

describe('dist/index.js publishing to Verdaccio with an OTP gate', () => {
  it('publishes with a code from the stored secret, reports it, masks everything, and leaves no temp files', async () => {
    await gate();
    const { dir, name } = workspace();
    const run = await act(dir, { 'npm-token': alice, 'npm-totp-secret': SECRET_AS_STORED });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(output(run, 'published')).toEqual([{ registry: 'npm', name, version: '1.0.0', auth: 'token+otp', provenance: false }]);
    expect(output(run, 'skipped')).toEqual([]);
    expect(output(run, 'failed')).toEqual([]);
    const packument = await registry.packument(name);
    expect(Object.keys(packument.versions)).toEqual(['1.0.0']);
    const attempts = await attemptsFor(name);
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['accepted']);

    expect(run.summary).toMatch(
      /<th>Package<\/th><th>Version<\/th><th>Registry<\/th><th>Result<\/th><th>Auth<\/th><th>Provenance<\/th><th>OTP attempts<\/th><th>Time<\/th>/,
    );
    expect(run.summary).toContain(`<td>${name}</td><td>1.0.0</td><td>npm</td><td>published</td><td>token+otp</td><td>no</td><td>1</td>`);
    expect(run.stdout).toContain(`::group::npm ${name}@1.0.0`);
    expect(run.stdout).toContain(`[1/1] published ${name}@1.0.0`);

    const masks = workflowCommands(run.stdout)
      .filter((c) => c.command === 'add-mask')
      .map((c) => c.value);
    expect(masks).toEqual(expect.arrayContaining([alice, SECRET_AS_STORED, SECRET, attempts[0]!.otp]));

    const post = await runPost(run);
    expect(post.exitCode).toBe(0);
    expect(listFiles(run.runnerTemp)).toEqual([]);
    expect(findLeaks(await secretsOf(name, alice, SECRET_AS_STORED), [run, post])).toEqual([]);
  });

  it('skips a version already on the registry without sending any code', async () => {
    await gate();
    const { dir, name } = workspace();
    const first = await act(dir, { 'npm-token': alice, 'npm-totp-secret': SECRET });
    expect(first.exitCode, first.stdout).toBe(0);
    await registry.gate.reset();

    const again = await act(dir, { 'npm-token': alice, 'npm-totp-secret': SECRET });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(output(again, 'published')).toEqual([]);
    expect(output(again, 'skipped')).toEqual([{ registry: 'npm', name, version: '1.0.0', auth: 'token+otp', reason: 'already published' }]);
    expect(await attemptsFor(name)).toEqual([]);
    expect(again.summary).toContain('<td>skipped: already published</td><td>token+otp</td><td>n/a</td><td>0</td>');
  });

  it('retries once with a code from the next window when the first code is rejected (rollover)', async () => {
    await gate({ period: 10, rejectFirst: 1 });
    const { dir, name } = workspace();
    const run = await act(dir, { 'npm-token': alice, 'npm-totp-secret': SHORT_URI, 'otp-min-remaining': '2' });

    expect(run.exitCode, run.stdout).toBe(0);
    const attempts = await attemptsFor(name);
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['forced-reject', 'accepted']);
    // The retry's code is from a later window than the refused one. Read from the codes: when the first
    // reached the registry depends on the machine's load, not on the action.
    const [refused, retried] = attempts.map((attempt) => stepOfCode(SECRET, attempt.otp!, attempt.at, { period: 10 }));
    expect(retried).toBeGreaterThan(refused!);
    expect(output(run, 'published')).toEqual([{ registry: 'npm', name, version: '1.0.0', auth: 'token+otp', provenance: false }]);
    expect(run.summary).toContain('<td>published</td><td>token+otp</td><td>no</td><td>2</td>');
    expect(run.stdout).toMatch(/::warning::npm: the one-time password was rejected; retrying once/);
    expect(findLeaks(await secretsOf(name, alice, SHORT_URI), run)).toEqual([]);
  });

  it('stops after exactly two rejected codes and fails the step with the likely causes', async () => {
    await gate({ period: 10, rejectAll: true });
    const { dir, name } = workspace();
    const run = await act(dir, { 'npm-token': alice, 'npm-totp-secret': SHORT_URI, 'otp-min-remaining': '2' });

    expect(run.exitCode).toBe(1);
    const attempts = await attemptsFor(name);
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['forced-reject', 'forced-reject']);
    expect(await registry.packument(name)).toBeUndefined();
    const [failed] = output(run, 'failed');
    expect(failed).toMatchObject({ registry: 'npm', name, version: '1.0.0', auth: 'token+otp' });
    expect(failed!.error).toMatch(/rejected the one-time password 2 times/);
    expect(failed!.error).toMatch(/another account|clock|security key/);
    expect(errors(run).join('\n')).toContain('1 of 1 package(s) failed');
    expect(run.summary).toContain('<td>failed</td><td>token+otp</td><td>n/a</td><td>2</td>');
    expect(findLeaks(await secretsOf(name, alice, SHORT_URI), run)).toEqual([]);
  });

  it('publishes with a token alone when the token bypasses 2FA', async () => {
    await gate();
    const { dir, name } = workspace();
    const run = await act(dir, { 'npm-token': bot });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(output(run, 'published')).toEqual([{ registry: 'npm', name, version: '1.0.0', auth: 'token', provenance: false }]);
    expect((await attemptsFor(name)).map((attempt) => attempt.outcome)).toEqual(['bypass']);
    expect(findLeaks([bot], run)).toEqual([]);
  });

  it('fails clearly when a token alone meets an account that requires a code', async () => {
    await gate();
    const { dir, name } = workspace();
    const run = await act(dir, { 'npm-token': alice });
    expect(run.exitCode).toBe(1);
    expect(output(run, 'failed')[0]!.error).toContain("input 'npm-totp-secret' is empty");
    expect((await attemptsFor(name)).map((attempt) => attempt.outcome)).toEqual(['missing']);
  });

  it('fails fast with a clear message when the account needs a security key', async () => {
    await gate({ webauthn: true });
    const { dir, name } = workspace();
    const run = await act(dir, { 'npm-token': alice, 'npm-totp-secret': SECRET });
    expect(run.exitCode).toBe(1);
    expect(output(run, 'failed')[0]!.error).toMatch(/security-key authentication .* which a TOTP secret cannot serve/);
    expect(await attemptsFor(name)).toHaveLength(1);
  });

  it('packs plain packages in-process and those with pack scripts with npm pack, uploads both in-process; a prepublishOnly script goes through npm publish', async () => {
    await gate();
    const plain = workspace();
    const prepacked = workspace();
    const scripted = workspace();
    // The same package twice: one published by the action, its twin by the real `npm publish`.
    const twin = { dir: freshDir(), name: `@e2e/pkg-${++packageCount}` };
    for (const { dir, name } of [plain, twin]) {
      writePackage(dir, { name, version: '1.0.0', bin: { tool: './cli.js' }, repository: 'github:acme/tool', files: ['index.js', 'cli.js'] });
      writeFileSync(`${dir}/cli.js`, '#!/usr/bin/env node\n');
      writeFileSync(`${dir}/README.md`, '# tool\n');
    }
    const npm = runNpm(['publish'], { cwd: twin.dir, env: npmEnv(registry, bot) });
    expect((await npm).exitCode).toBe(0);
    writePackage(prepacked.dir, {
      name: prepacked.name,
      version: '1.0.0',
      scripts: { prepack: "node -e \"require('fs').writeFileSync('prepacked', 'yes')\"" },
    });
    writePackage(scripted.dir, {
      name: scripted.name,
      version: '1.0.0',
      scripts: { prepublishOnly: "node -e \"require('fs').writeFileSync('prepublished', 'yes')\"" },
    });
    const run = await act(freshDir(), { 'npm-token': alice, 'npm-totp-secret': SECRET, packages: [plain.dir, prepacked.dir, scripted.dir].join('\n') });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      output(run, 'published')
        .map((entry) => entry.name)
        .sort(),
    ).toEqual([plain.name, prepacked.name, scripted.name].sort());
    expect(run.stdout).toContain(
      'packed 1 in this process and 1 with npm pack (pack scripts, bundled dependencies, bin directories or workspaces); they are uploaded in-process',
    );
    expect(existsSync(`${prepacked.dir}/prepacked`)).toBe(true);
    expect(existsSync(`${scripted.dir}/prepublished`)).toBe(true);
    for (const { name } of [plain, prepacked, scripted]) {
      const packument = await registry.packument(name);
      expect(Object.keys(packument.versions)).toEqual(['1.0.0']);
      expect(packument.versions['1.0.0'].dist.tarball).toContain(name.split('/')[1]);
      expect((await attemptsFor(name)).map((attempt) => attempt.outcome)).toEqual(['accepted']);
    }
    // The version document of the in-process upload is the one `npm publish` makes (bin, readme
    // and repository normalized), apart from the name and npm's own version.
    const doc = async (name: string) => {
      const { readme, versions } = await registry.packument(name);
      const { name: _name, _id, _npmUser, _npmVersion, _nodeVersion, dist: _dist, ...rest } = versions['1.0.0'];
      return { readme, ...rest };
    };
    const ours = await doc(plain.name);
    expect(ours).toEqual(await doc(twin.name));
    expect(ours).toMatchObject({ bin: { tool: 'cli.js' }, readme: '# tool\n', repository: { type: 'git', url: 'git+https://github.com/acme/tool.git' } });
  });

  it('dry-run packs and reports without publishing, without a token and without a code', async () => {
    await gate();
    const { dir, name } = workspace();
    const run = await act(dir, { 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(output(run, 'skipped')).toEqual([{ registry: 'npm', name, version: '1.0.0', auth: 'none', reason: 'dry run: packed, not published' }]);
    expect(run.stdout).toContain(`${name}@1.0.0`);
    expect(await attemptsFor(name)).toEqual([]);
    expect(await registry.packument(name)).toBeUndefined();
  });

  it('refuses a malformed secret before anything is published, naming the input and not the value', async () => {
    await gate();
    const { dir, name } = workspace();
    const bad = 'JBSWY3DPEHPK3PX1';
    const run = await act(dir, { 'npm-token': alice, 'npm-totp-secret': bad });
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toEqual([expect.stringMatching(/^Input 'npm-totp-secret': is not base32/)]);
    expect(await attemptsFor(name)).toEqual([]);
    expect(await registry.packument(name)).toBeUndefined();
    expect(findLeaks([bad, alice], run)).toEqual([]);
  });
});

describe('temporary credentials when the main step is stopped', () => {
  // A 300 s period with otp-min-remaining 299 keeps the main step waiting for a window,
  // with its temporary userconfig on disk, until it is stopped.
  const waitingUri = `otpauth://totp/npm:alice?secret=${SECRET}&period=300`;
  // When it is stopped: late enough for a busy machine to have started the step, read the registry
  // and packed, so that it is waiting by then; that wait lasts minutes.
  const STOP_AFTER_MS = 5_000;

  it('the post step removes what a killed main step left', async () => {
    await gate();
    const { dir } = workspace();
    const run = await act(
      dir,
      { 'npm-token': alice, 'npm-totp-secret': waitingUri, 'otp-min-remaining': '299' },
      {
        killAfterMs: STOP_AFTER_MS,
        killSignal: 'SIGKILL',
      },
    );
    expect(run.signal).toBe('SIGKILL');
    const scratch = run.state['scratch-dir'];
    expect(scratch && existsSync(scratch)).toBe(true);
    const post = await runPost(run);
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('removed temporary directory');
    expect(listFiles(run.runnerTemp)).toEqual([]);
    expect(existsSync(scratch!)).toBe(false);
    expect(findLeaks([alice, SECRET], [run, post])).toEqual([]);
  });

  it('SIGTERM makes the main step remove its own temporary files and fail', async () => {
    await gate();
    const { dir } = workspace();
    const run = await act(
      dir,
      { 'npm-token': alice, 'npm-totp-secret': waitingUri, 'otp-min-remaining': '299' },
      {
        killAfterMs: STOP_AFTER_MS,
        killSignal: 'SIGTERM',
      },
    );
    expect(run.exitCode).toBe(143);
    expect(errors(run).join('\n')).toContain('stopped by SIGTERM');
    expect(listFiles(run.runnerTemp)).toEqual([]);
  });
});
