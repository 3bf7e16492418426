// Runs the real npm CLI against a local Verdaccio whose OTP gate behaves like npmjs.
// UPDATE_NPM_FIXTURES=1 also (re)writes __tests__/fixtures/npm-output/ from these runs.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmEnv, runNpm, startRegistry, writePackage, type Attempt, type GateConfig, type NpmResult, type Registry } from '../../test-support/registry.js';
import { codeNow, wrongCode as wrongCodeOf } from '../../test-support/totp.js';

const SECRET = 'JBSWY3DPEHPK3PXP'; // 10 bytes, like the secrets npmjs hands out
// ±1 step so that a code made just before a 30 s boundary still passes.
const BASE: GateConfig = {
  secret: SECRET,
  algorithm: 'sha1',
  digits: 6,
  period: 30,
  toleranceSteps: 1,
  rejectFirst: 0,
  rejectAll: false,
  allowReuse: true,
  clockOffsetMs: 0,
  bypassUsers: [],
  webauthn: false,
};
const EOTP = 'npm error code EOTP';
const FIXTURES = fileURLToPath(new URL('../fixtures/npm-output/', import.meta.url));

/** TOTP code for the local clock shifted by `offsetMs`. */
function code(offsetMs = 0, opts: { algorithm?: 'sha1' | 'sha256' | 'sha512'; digits?: 6 | 7 | 8 } = {}): string {
  return codeNow(SECRET, { offsetMs, ...opts });
}

/** A code that is certainly not the current one. */
const wrongCode = () => wrongCodeOf(SECRET);

let registry: Registry;
let alice: string;
let bot: string;
const samples = new Map<string, { command: string; result: NpmResult }>();

async function gate(partial: GateConfig = {}): Promise<void> {
  await registry.gate.reset();
  await registry.gate.configure({ ...BASE, ...partial });
}

async function publish(name: string, version: string, opts: { token?: string; otp?: string; args?: string[] } = {}): Promise<NpmResult> {
  const cwd = writePackage(join(registry.dir, 'packages', `${name.replace('/', '+')}@${version}`), { name, version });
  const args = ['publish', '--registry', registry.url, '--fetch-retries=0', '--no-update-notifier', ...(opts.args ?? [])];
  const extra: Record<string, string> = opts.otp ? { NPM_CONFIG_OTP: opts.otp } : {};
  return runNpm(args, { cwd, env: npmEnv(registry, 'token' in opts ? opts.token : alice, extra) });
}

function keep(sample: string, result: NpmResult): NpmResult {
  samples.set(sample, { command: 'npm publish --registry http://127.0.0.1:PORT/ --fetch-retries=0', result });
  return result;
}

function outcomes(attempts: Attempt[]): string[] {
  return attempts.map((a) => a.outcome);
}

beforeAll(async () => {
  const started = Date.now();
  registry = await startRegistry({ gate: BASE });
  console.log(`registry started in ${Date.now() - started} ms at ${registry.url}`);
  alice = await registry.addUser('alice');
  bot = await registry.addUser('bot');
});

afterAll(async () => {
  if (process.env.UPDATE_NPM_FIXTURES && registry) writeFixtures();
  await registry?.stop();
});

describe('verdaccio otp gate with the real npm CLI', () => {
  it('rejects a publish without a code with EOTP', async () => {
    await gate();
    const r = keep('eotp', await publish('gate-missing', '1.0.0'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(EOTP);
    expect(r.stderr).toContain('This operation requires a one-time password from your authenticator.');
    const [attempt] = await registry.gate.attempts();
    expect(attempt).toMatchObject({ method: 'PUT', path: '/gate-missing', package: 'gate-missing', user: 'alice', otp: null, outcome: 'missing' });
    expect(await registry.packument('gate-missing')).toBeUndefined();
  });

  it('rejects a wrong code with the same EOTP', async () => {
    await gate();
    const wrong = wrongCode();
    const r = keep('eotp-wrong-code', await publish('gate-wrong', '1.0.0', { otp: wrong }));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(EOTP);
    expect(await registry.gate.attempts()).toMatchObject([{ otp: wrong, outcome: 'invalid' }]);
  });

  it('publishes with a valid code, then refuses the same version before any PUT', async () => {
    await gate();
    const r = keep('published', await publish('@otp-test/published', '1.0.0', { otp: code() }));
    console.log(`one successful npm publish took ${r.durationMs} ms`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('+ @otp-test/published@1.0.0');
    expect(await registry.gate.attempts()).toMatchObject([
      { method: 'PUT', path: '/@otp-test%2fpublished', package: '@otp-test/published', outcome: 'accepted' },
    ]);
    const packument = await registry.packument('@otp-test/published');
    expect(packument['dist-tags']).toEqual({ latest: '1.0.0' });
    expect(packument.versions['1.0.0'].version).toBe('1.0.0'); // Verdaccio records no _npmUser/maintainers

    const again = keep('already-published', await publish('@otp-test/published', '1.0.0', { otp: code() }));
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('You cannot publish over the previously published versions: 1.0.0.');
    expect(await registry.gate.attempts()).toHaveLength(1); // npm >= 11.1 checks the packument first
  });

  it('lets a duplicate prerelease reach Verdaccio, which answers 409', async () => {
    await gate();
    const beta = { otp: code(), args: ['--tag', 'beta'] }; // npm 11 demands --tag for a prerelease
    expect((await publish('gate-prerelease', '1.0.0-beta.0', beta)).exitCode).toBe(0);
    const r = keep('e409', await publish('gate-prerelease', '1.0.0-beta.0', beta));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/npm error code E409/);
    expect(outcomes(await registry.gate.attempts())).toEqual(['accepted', 'accepted']);
  });

  it('rejectFirst: 1 rejects one valid code, then accepts the next attempt', async () => {
    await gate({ rejectFirst: 1 });
    const otp = code();
    const first = await publish('gate-reject-first', '1.0.0', { otp });
    expect(first.exitCode).toBe(1);
    expect(first.stderr).toContain(EOTP);
    const second = await publish('gate-reject-first', '1.0.0', { otp });
    expect(second.exitCode).toBe(0);
    expect(outcomes(await registry.gate.attempts())).toEqual(['forced-reject', 'accepted']);
  });

  it('rejectAll rejects valid codes', async () => {
    await gate({ rejectAll: true });
    const r = await publish('gate-reject-all', '1.0.0', { otp: code() });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(EOTP);
    expect(outcomes(await registry.gate.attempts())).toEqual(['forced-reject']);
  });

  it('bypassUsers publish without a code; others still need one', async () => {
    await gate({ bypassUsers: ['bot'] });
    expect((await publish('gate-bypass', '1.0.0', { token: bot })).exitCode).toBe(0);
    expect((await publish('gate-bypass', '1.0.1')).exitCode).toBe(1);
    expect(await registry.gate.attempts()).toMatchObject([
      { user: 'bot', otp: null, outcome: 'bypass' },
      { user: 'alice', otp: null, outcome: 'missing' },
    ]);
    expect(Object.keys((await registry.packument('gate-bypass')).versions)).toEqual(['1.0.0']);
  });

  it('allowReuse: false rejects a code that was already accepted', async () => {
    await gate({ allowReuse: false });
    const otp = code();
    expect((await publish('gate-reuse-a', '1.0.0', { otp })).exitCode).toBe(0);
    const r = await publish('gate-reuse-b', '1.0.0', { otp });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(EOTP);
    expect(outcomes(await registry.gate.attempts())).toEqual(['accepted', 'reused']);
  });

  it('clockOffsetMs: 90000 rejects a local-clock code and accepts one made for the gate clock', async () => {
    await gate({ clockOffsetMs: 90_000 });
    expect((await publish('gate-clock', '1.0.0', { otp: code() })).exitCode).toBe(1);
    expect((await publish('gate-clock', '1.0.0', { otp: code(90_000) })).exitCode).toBe(0);
    expect(outcomes(await registry.gate.attempts())).toEqual(['invalid', 'accepted']);
  });

  it('webauthn accounts make npm print the authUrl and doneUrl', async () => {
    await gate({ webauthn: true });
    const r = keep('webauthn', await publish('gate-webauthn', '1.0.0'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(EOTP);
    expect(r.stderr).toContain('npm error Open this URL in your browser to authenticate:');
    expect(r.stderr).toContain(`npm error   ${registry.url}-/_test/auth/xyz`);
    expect(r.stderr).toContain('npm error After authenticating, your token can be retrieved from:');
    expect(r.stderr).toContain(`npm error   ${registry.url}-/_test/done/xyz`);
    expect(outcomes(await registry.gate.attempts())).toEqual(['webauthn']);
  });

  it('a bad token is E401 and no token is ENEEDAUTH, without reaching the gate', async () => {
    await gate();
    const bad = keep('e401', await publish('gate-bad-token', '1.0.0', { token: 'not-a-valid-token', otp: code() }));
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('npm error code E401');
    const none = keep('eneedauth', await publish('gate-no-token', '1.0.0', { token: undefined }));
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toContain('npm error code ENEEDAUTH');
    expect(await registry.gate.attempts()).toEqual([]);
  });
});

describe('verdaccio otp gate over plain HTTP', () => {
  const del = (path: string, otp?: string, token = alice) =>
    fetch(registry.url + path, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, ...(otp ? { 'npm-otp': otp } : {}) },
    });

  it('gates DELETE .../-rev/... like npmjs and leaves reads alone', async () => {
    await gate();
    const res = await del('gate-missing/-rev/1');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('OTP');
    expect(await res.json()).toEqual({
      error: 'You must provide a one-time pass. Upgrade your client to npm@latest in order to use 2FA.',
    });
    expect((await fetch(`${registry.url}@otp-test%2fpublished`)).status).toBe(200);
    expect(await registry.gate.attempts()).toMatchObject([{ method: 'DELETE', package: 'gate-missing', outcome: 'missing' }]);
  });

  it('honours toleranceSteps, algorithm and digits', async () => {
    await gate({ toleranceSteps: 0 });
    expect((await del('gate-none/-rev/1', code(-30_000))).status).toBe(401); // previous step
    await gate({ toleranceSteps: 1 });
    expect((await del('gate-none/-rev/1', code(30_000))).status).not.toBe(401); // next step; Verdaccio then 404s
    await gate({ algorithm: 'sha256', digits: 8 });
    expect((await del('gate-none/-rev/1', code(0, { algorithm: 'sha256', digits: 8 }))).status).not.toBe(401);
    expect((await del('gate-none/-rev/1', code())).status).toBe(401); // 6-digit sha1 code
    expect(outcomes(await registry.gate.attempts())).toEqual(['accepted', 'invalid']);
  });

  it("records how long an accepted code's window still ran at the check, negative for an earlier window's", async () => {
    await gate({ toleranceSteps: 1 });
    const madeAt = Date.now();
    const step = Math.floor(madeAt / 30_000);
    await del('gate-none/-rev/1', code());
    await del('gate-none/-rev/1', code(-30_000));
    await del('gate-none/-rev/1', wrongCode());
    const [current, earlier, wrong] = await registry.gate.attempts();
    // Measured against the step each code was made for, wherever the window edge fell meanwhile.
    // The gate checks a code a moment before it records the attempt's time; on a busy machine its
    // process can be paused between the two. A second covers such a pause and is far from the end
    // of any other step.
    expect(current!.codeLeftMs).toBeGreaterThanOrEqual((step + 1) * 30_000 - current!.at);
    expect(current!.codeLeftMs).toBeLessThanOrEqual((step + 1) * 30_000 - current!.at + 1_000);
    expect(earlier!.codeLeftMs).toBeGreaterThanOrEqual(step * 30_000 - earlier!.at);
    expect(earlier!.codeLeftMs).toBeLessThan(0);
    expect(wrong).toMatchObject({ outcome: 'invalid' });
    expect(wrong!.codeLeftMs).toBeUndefined();
  });
});

/** Writes each captured npm run as <name>.txt (stdout then stderr) and <name>.json. */
function writeFixtures(): void {
  mkdirSync(FIXTURES, { recursive: true });
  const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  const tokens = [alice, bot];
  const clean = (text: string): string => {
    let out = text.split(`127.0.0.1:${registry.port}`).join('127.0.0.1:PORT');
    for (const token of tokens) out = out.split(token).join('TOKEN');
    out = out.split(registry.dir).join('DIR');
    return out.replace(/\d{4}-\d\d-\d\dT\d\d_\d\d_\d\d_\d{3}Z/g, 'TIMESTAMP');
  };
  for (const [name, { command, result }] of samples) {
    const stdout = clean(result.stdout);
    const stderr = clean(result.stderr);
    writeFileSync(join(FIXTURES, `${name}.txt`), stdout + stderr);
    const meta = { npm: npmVersion, command, exitCode: result.exitCode, stdout, stderr };
    writeFileSync(join(FIXTURES, `${name}.json`), `${JSON.stringify(meta, null, 2)}\n`);
  }
}
