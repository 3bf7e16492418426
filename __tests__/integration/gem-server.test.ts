// Runs the real `gem` CLI (RubyGems) against the local rubygems.org double.
// Without `gem` on PATH these tests are skipped, except under CI=true, where that fails the file.
import { describe, it, expect, beforeAll, afterAll, beforeEach, vi } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGuardrails, generateSync } from 'otplib';
import { GEM_SERVER_DEFAULTS, GEM_TEXT, startGemServer, type GemServer } from '../../test-support/rubygems/server.js';
import { buildGem, gemEnv, runGem, writeGemspec, type GemResult, type GemspecOptions } from '../../test-support/rubygems/cli.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';
import { RETRY_LATENESS_MS } from '../../test-support/timing.js';
import { RubygemsRegistry } from '../../src/registries/rubygems.js';

requireGemUnlessLocal('gem-server.test');

const SECRET = 'JBSWY3DPEHPK3PXP'; // 10 bytes, like the secrets rubygems.org hands out
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
const GEM_TIMEOUT_MS = 20_000;
/** When a client whose push the server holds is stopped: time enough for `gem` to start and send the push on a busy machine. */
const GIVE_UP_MS = 3_000;
/** The middle of a 30 s step, far from any boundary. */
const T0 = (1_800_000_000 + 15) * 1000;

const code = (atMs = Date.now()) => generateSync({ secret: SECRET, epoch: Math.floor(atMs / 1000), guardrails });

describe.skipIf(!GEM_VERSION)(`gem ${GEM_VERSION ?? '(missing)'} push against the local rubygems.org double`, () => {
  let server: GemServer;
  let aliceKey: string;
  let gemCount = 0;

  beforeAll(async () => {
    server = await startGemServer();
    aliceKey = server.addUser('alice', { mfa: SECRET });
  });
  afterAll(async () => server?.stop());
  beforeEach(() => {
    server.configure(GEM_SERVER_DEFAULTS);
    server.reset();
  });

  /** Builds a gem in a fresh dir; returns the path of the .gem file. */
  async function gem(spec: Partial<GemspecOptions> = {}): Promise<string> {
    const full = { name: `demo-${++gemCount}`, version: '1.0.0', ...spec };
    return buildGem(writeGemspec(join(server.dir, `src-${gemCount}`), full), gemEnv(server));
  }

  function push(file: string, apiKey: string, otp?: string, timeoutMs = GEM_TIMEOUT_MS): Promise<GemResult> {
    const env = gemEnv(server, apiKey, otp === undefined ? {} : { GEM_HOST_OTP_CODE: otp });
    return runGem(['push', file, '--host', server.url], { cwd: server.dir, env, timeoutMs });
  }

  /** What `gem push` prints (all on stdout). */
  const printed = (...lines: string[]) => `${[`Pushing gem to ${server.url}...`, ...lines].join('\n')}\n`;

  /** GET `path` on the server and parse the JSON answer. */
  const getJson = async (path: string, headers: Record<string, string> = {}): Promise<any> => (await fetch(server.url + path, { headers })).json();

  /** Sets the server's clock to `atMs` (it then runs on from there). */
  const pinClock = (atMs: number) => server.configure({ clockOffsetMs: atMs - Date.now() });

  it('registers a gem pushed with a valid code and shows it in the read API', async () => {
    const file = await gem({ name: 'alpha', metadata: { rubygems_mfa_required: 'true' } });
    const r = await push(file, aliceKey, code());
    expect(r).toMatchObject({ exitCode: 0, stdout: printed('Successfully registered gem: alpha (1.0.0)'), stderr: '' });
    expect(server.attempts()).toMatchObject([{ gem: 'alpha', version: '1.0.0', user: 'alice', outcome: 'accepted', status: 200 }]);

    expect(await getJson('/api/v1/versions/alpha.json')).toMatchObject([{ number: '1.0.0', platform: 'ruby' }]);
    const info = await getJson(`/api/v1/gems/alpha.json`);
    expect(info).toMatchObject({ name: 'alpha', version: '1.0.0', metadata: { rubygems_mfa_required: 'true' } });
    const owners = await getJson(`/api/v1/gems/alpha/owners.json`);
    expect(owners).toEqual([{ id: 1, handle: 'alice', role: 'owner' }]);
  });

  it('a 429 with Retry-After on the versions read: the existence check asks again when the server said', async () => {
    const file = await gem({ name: 'throttled' });
    expect((await push(file, aliceKey, code())).exitCode).toBe(0);
    server.configure({ throttleReads: 1, retryAfter: 2 });
    const registry = new RubygemsRegistry({ host: server.url, buildDir: server.dir, timeoutMs: 60_000, env: process.env });
    const started = Date.now();
    const existence = await registry.exists({
      registry: 'rubygems',
      name: 'throttled',
      version: '1.0.0',
      path: file,
      private: false,
      platform: 'ruby',
      dependencies: [],
    });
    const gap = Date.now() - started;
    expect(existence.exists).toBe(true);
    // A given .gem is pushed as it is: the OTP gate is told its size.
    expect(registry.uploadBytes({ registry: 'rubygems', name: 'throttled', version: '1.0.0', path: file, private: false, dependencies: [] })).toBe(
      statSync(file).size,
    );
    // Both reads and the 2 s asked for: never less; more by no more than a busy machine adds.
    expect(gap, `gap ${gap} ms`).toBeGreaterThanOrEqual(2_000);
    expect(gap, `gap ${gap} ms`).toBeLessThanOrEqual(2_000 + RETRY_LATENESS_MS);
  });

  it('names a platform gem NAME (VER-PLATFORM)', async () => {
    const r = await push(await gem({ name: 'native', version: '2.1.0', platform: 'x86_64-linux' }), aliceKey, code());
    expect(r).toMatchObject({ exitCode: 0, stdout: printed('Successfully registered gem: native (2.1.0-x86_64-linux)') });
    expect(server.versions('native')).toMatchObject([{ number: '2.1.0', platform: 'x86_64-linux', state: 'indexed' }]);
  });

  it('without a code: the client asks, cannot read one without a TTY, retries once without it and exits 1', async () => {
    const r = await push(await gem(), aliceKey);
    expect(r).toMatchObject({
      exitCode: 1,
      timedOut: false,
      stdout: printed('You have enabled multi-factor authentication. Please enter OTP code.', GEM_TEXT.otpMissing),
    });
    expect(r.durationMs).toBeLessThan(10_000);
    expect(server.attempts().map((a) => [a.otp, a.outcome, a.status])).toEqual([
      [null, 'missing', 401],
      [null, 'missing', 401],
    ]);
  });

  it('rejects a wrong code once (no retry)', async () => {
    const r = await push(await gem(), aliceKey, '000000');
    expect(r).toMatchObject({ exitCode: 1, stdout: printed(GEM_TEXT.otpIncorrect) });
    expect(server.attempts()).toMatchObject([{ otp: '000000', outcome: 'invalid', status: 401 }]);
  });

  it('accepts codes of the previous and the next step, not two steps off', async () => {
    const v1 = await gem({ name: 'steps', version: '1.0.0' });
    const v2 = await gem({ name: 'steps', version: '1.0.1' });
    const cases = [
      [v1, -60_000, GEM_TEXT.otpIncorrect],
      [v1, 60_000, GEM_TEXT.otpIncorrect],
      [v1, -30_000, 'Successfully registered gem: steps (1.0.0)'],
      [v2, 30_000, 'Successfully registered gem: steps (1.0.1)'],
    ] as const;
    for (const [file, offsetMs, text] of cases) {
      pinClock(T0);
      expect((await push(file, aliceKey, code(T0 + offsetMs))).stdout, `code from ${offsetMs} ms`).toBe(printed(text));
    }
    expect(server.attempts().map((a) => a.outcome)).toEqual(['invalid', 'invalid', 'accepted', 'accepted']);
  });

  it('sends a Date header on the server clock', async () => {
    pinClock(T0);
    const res = await fetch(`${server.url}/api/v1/versions/nothing-here.json`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(GEM_TEXT.notFound);
    expect(Math.abs(Date.parse(res.headers.get('date')!) - T0)).toBeLessThan(5_000);
  });

  it('answers a repush of other bytes 409 and an identical repush 200 "already pushed"', async () => {
    const file = await gem({ name: 'twice' });
    expect((await push(file, aliceKey, code())).exitCode).toBe(0);
    expect(await push(file, aliceKey, code())).toMatchObject({ exitCode: 0, stdout: printed('Gem was already pushed: twice (1.0.0)') });

    const bytes = readFileSync(file);
    const dir = join(server.dir, `src-${gemCount}`);
    writeFileSync(join(dir, 'lib', 'twice.rb'), '# changed\n');
    const rebuilt = await buildGem(dir, gemEnv(server));
    expect(readFileSync(rebuilt).equals(bytes)).toBe(false);
    const r = await push(rebuilt, aliceKey, code());
    expect(r).toMatchObject({ exitCode: 1, stdout: printed(GEM_TEXT.repush) });
    expect(server.attempts().map((a) => a.outcome)).toEqual(['accepted', 'already-pushed', 'repush']);
  });

  it('answers 409 for a yanked version and leaves yanked versions out of versions.json', async () => {
    server.addGem('yanked', { owners: ['alice'], versions: ['1.0.0', { number: '2.0.0', state: 'yanked' }] });
    const r = await push(await gem({ name: 'yanked', version: '2.0.0' }), aliceKey, code());
    expect(r).toMatchObject({
      exitCode: 1,
      stdout: printed('A yanked version already exists (yanked-2.0.0).', 'Repushing of gem versions is not allowed. Please use a new version and retry'),
    });
    const versions = await getJson(`/api/v1/versions/yanked.json`);
    expect(versions.map((v: { number: string }) => v.number)).toEqual(['1.0.0']);
  });

  it('refuses an unknown key before looking at the code', async () => {
    const r = await push(await gem(), 'rubygems_0000', code());
    expect(r).toMatchObject({ exitCode: 1, stdout: printed(GEM_TEXT.badKey) });
    expect(server.attempts()).toMatchObject([{ user: null, outcome: 'bad-key', status: 401 }]);
  });

  it('refuses a push to a gem the user does not own', async () => {
    server.addUser('bob', { email: 'bob@example.org', publicEmail: true });
    server.addGem('bobs', { owners: ['bob'], versions: ['1.0.0'] });
    const r = await push(await gem({ name: 'bobs', version: '1.1.0' }), aliceKey, code());
    const text = 'You do not have permission to push to this gem. Ask an owner to add you with: gem owner bobs --add alice@example.com';
    expect(r).toMatchObject({ exitCode: 1, stdout: printed(text) });
    const owners = await getJson(`/api/v1/gems/bobs/owners.json`);
    expect(owners).toEqual([{ id: expect.any(Number), handle: 'bob', email: 'bob@example.org', role: 'owner' }]);
  });

  it('throttles with 429 and Retry-After; gem prints the body and exits 1', async () => {
    const file = await gem();
    server.configure({ throttle: 1, retryAfter: 42 });
    expect(await push(file, aliceKey, code())).toMatchObject({ exitCode: 1, stdout: printed('Retry later') });

    server.configure({ throttle: 1 });
    const res = await fetch(`${server.url}/api/v1/gems`, { method: 'POST', headers: { authorization: aliceKey }, body: readFileSync(file) });
    expect([res.status, res.headers.get('retry-after'), await res.text()]).toEqual([429, '42', 'Retry later\n']);
    expect((await push(file, aliceKey, code())).exitCode).toBe(0);
  });

  it('fails the next push with 500 when told to', async () => {
    const file = await gem();
    server.configure({ failNext: 1 });
    expect(await push(file, aliceKey, code())).toMatchObject({ exitCode: 1, stdout: printed(GEM_TEXT.serverError) });
    expect((await push(file, aliceKey, code())).exitCode).toBe(0);
  });

  it('a hung push outlives the client: the gem is registered anyway, and the identical retry is "already pushed"', async () => {
    const file = await gem({ name: 'slow' });
    server.configure({ hang: 1, hangMs: GIVE_UP_MS + 1_000 });
    const r = await push(file, aliceKey, code(), GIVE_UP_MS);
    expect(r).toMatchObject({ timedOut: true, stdout: printed() });
    // Registered when the hold ends, whenever a busy machine gets to it.
    await vi.waitFor(() => expect(server.versions('slow')).toMatchObject([{ number: '1.0.0', state: 'indexed' }]), { timeout: 10_000, interval: 50 });
    expect(await push(file, aliceKey, code())).toMatchObject({ exitCode: 0, stdout: printed('Gem was already pushed: slow (1.0.0)') });
  });

  it('a push held without end is logged as hung and never registered', async () => {
    const file = await gem({ name: 'stuck' });
    server.configure({ hang: 1 });
    expect(await push(file, aliceKey, code(), GIVE_UP_MS)).toMatchObject({ timedOut: true, stdout: printed() });
    expect(server.attempts()).toMatchObject([{ gem: 'stuck', outcome: 'hung' }]);
    expect(server.versions('stuck')).toBeUndefined();
  });

  it('WebAuthn verification: 422 without a security device; link, pending, success and a usable code with one', async () => {
    const post = (key: string) => fetch(`${server.url}/api/v1/webauthn_verification`, { method: 'POST', headers: { authorization: key } });
    const noDevice = await post(aliceKey);
    expect([noDevice.status, await noDevice.text()]).toEqual([422, "You don't have any security devices"]);
    const badKey = await post('nope');
    expect([badKey.status, badKey.headers.get('www-authenticate')]).toEqual([401, 'Basic realm="Application"']);

    const keyOnly = server.addUser('carol', { webauthn: true });
    const file = await gem();
    // gem 3.3.15 does not know the WebAuthn flow: it just reports the missing code.
    expect((await push(file, keyOnly)).stdout).toContain(GEM_TEXT.otpMissing);

    const created = await post(keyOnly);
    const link = await created.text();
    expect(created.status).toBe(200);
    const token = new RegExp(`^${server.url}/webauthn_verification/([1-9A-HJ-NP-Za-km-z]{16})$`).exec(link)?.[1];
    expect(token, link).toBeTruthy();
    const status = async () => getJson(`/api/v1/webauthn_verification/${token}/status.json`, { authorization: keyOnly });
    expect(await status()).toEqual({ status: 'pending', message: 'Security device authentication is still pending.' });
    const otp = server.completeWebauthn('carol');
    expect(await status()).toEqual({ status: 'success', code: otp });
    expect(await push(file, keyOnly, otp)).toMatchObject({ exitCode: 0 });
    expect((await status()).status).toBe('expired');
  });
});
