// Gem ownership on the rubygems.org double, driven by the real `gem owner` (RubyGems 3.3.15 here).
// Without `gem` on PATH these tests are skipped, except under CI=true, where that fails the file.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createGuardrails, generateSync } from 'otplib';
import { GEM_SERVER_DEFAULTS, GEM_TEXT, OWNER_TEXT, startGemServer, type GemSeed, type GemServer } from '../../test-support/rubygems/server.js';
import { gemEnv, runGem, type GemResult } from '../../test-support/rubygems/cli.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';
import { exchangeTrustedKey } from '../../test-support/rubygems/trusted-key.js';

requireGemUnlessLocal('gem-owners.test');

const SECRET = 'JBSWY3DPEHPK3PXP';
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
const GEM_TIMEOUT_MS = 20_000;
/** The server's clock is pinned here (the middle of a 30 s step) before each test: codes never straddle a step. */
const T0 = (1_800_000_000 + 15) * 1000;
const code = (atMs = T0) => generateSync({ secret: SECRET, epoch: Math.floor(atMs / 1000), guardrails });
/** A code two steps ahead: outside the one-step drift rubygems.org allows. */
const WRONG = code(T0 + 60_000);
const FORM = 'application/x-www-form-urlencoded';

describe.skipIf(!GEM_VERSION)(`gem ${GEM_VERSION ?? '(missing)'} owner against the local rubygems.org double`, () => {
  let server: GemServer;
  let aliceKey: string; // MFA "UI and API", owns every seeded gem
  let bobKey: string; // no MFA, public email
  let gemCount = 0;

  beforeAll(async () => {
    server = await startGemServer();
    aliceKey = server.addUser('alice', { mfa: SECRET });
    bobKey = server.addUser('bob', { email: 'bob@example.org', publicEmail: true });
    server.addUser('carol', { email: 'Carol@Example.com' });
  });
  afterAll(async () => server?.stop());
  beforeEach(() => {
    server.configure({ ...GEM_SERVER_DEFAULTS, clockOffsetMs: T0 - Date.now() });
    server.reset();
    expect([code(T0 - 30_000), code(T0), code(T0 + 30_000)]).not.toContain(WRONG);
  });

  /** A fresh gem with one indexed version, owned by `owners` (default alice). */
  function seedGem(owners: GemSeed['owners'] = ['alice']) {
    const name = `owned-${++gemCount}`;
    server.addGem(name, { owners, versions: ['1.0.0'] });
    return name;
  }

  /** `gem owner <gem> ...args --host <server>` with the key in GEM_HOST_API_KEY and the code in GEM_HOST_OTP_CODE. */
  function gemOwner(gem: string, args: string[], key: string, otp?: string): Promise<GemResult> {
    const env = gemEnv(server, key, otp === undefined ? {} : { GEM_HOST_OTP_CODE: otp });
    return runGem(['owner', gem, ...args, '--host', server.url], { cwd: server.dir, env, timeoutMs: GEM_TIMEOUT_MS });
  }

  /** What `gem owner` prints after its writes: the list it reads back. */
  const listing = (gem: string, ...owners: string[]) => [`Owners for gem: ${gem}`, ...owners.map((o) => `- ${o}`)];
  const lines = (...all: string[]) => `${all.join('\n')}\n`;

  /** The requests gem sent, as method, path, content type, body and OTP header. */
  const sent = () => server.requests().map(({ method, path, contentType, body, otp }) => ({ method, path, contentType, body, otp }));

  const ownersJson = async (gem: string): Promise<any> => (await fetch(`${server.url}/api/v1/gems/${gem}/owners.json`)).json();

  it('lists confirmed owners only: GET owners.yaml with the key, printing email when public, else handle', async () => {
    const gem = seedGem(['alice', 'bob', { handle: 'carol', confirmed: false }]);
    const r = await gemOwner(gem, [], aliceKey);
    expect(r).toMatchObject({ exitCode: 0, stdout: lines(...listing(gem, 'alice', 'bob@example.org')), stderr: '' });
    expect(server.requests()).toMatchObject([
      { method: 'GET', path: `/api/v1/gems/${gem}/owners.yaml`, contentType: null, body: '', otp: null, authorization: aliceKey, status: 200 },
    ]);
    expect(await ownersJson(gem)).toEqual([
      { id: 1, handle: 'alice', role: 'owner' },
      { id: 2, handle: 'bob', email: 'bob@example.org', role: 'owner' },
    ]);
    expect(server.ownerships(gem)).toMatchObject([{ handle: 'alice' }, { handle: 'bob' }, { handle: 'carol', confirmed: false }]);

    // The YAML is what rubygems.org renders: JSON.load(owners.to_json).to_yaml, here by Ruby itself.
    const res = await fetch(`${server.url}/api/v1/gems/${gem}/owners.yaml`);
    const yaml = await res.text();
    const ruby = spawnSync('ruby', ['-rjson', '-ryaml', '-e', 'print JSON.parse(STDIN.read).to_yaml'], { input: JSON.stringify(await ownersJson(gem)) });
    expect([res.status, res.headers.get('content-type'), yaml]).toEqual([200, 'text/yaml', ruby.stdout.toString()]);
    expect(yaml).toBe('---\n- id: 1\n  handle: alice\n  role: owner\n- id: 2\n  handle: bob\n  email: bob@example.org\n  role: owner\n');
  });

  it('an unknown gem: 404, printed as is, exit 1', async () => {
    const r = await gemOwner('no-such-gem', [], aliceKey);
    expect(r).toMatchObject({ exitCode: 1, stdout: lines(OWNER_TEXT.gemNotFound) });
    expect(server.requests()).toMatchObject([{ method: 'GET', path: '/api/v1/gems/no-such-gem/owners.yaml', status: 404 }]);
  });

  it('--add without a code: gem says MFA is on, cannot ask without a TTY, retries once without, exits 1', async () => {
    const gem = seedGem();
    const r = await gemOwner(gem, ['--add', 'bob@example.org'], aliceKey);
    expect(r).toMatchObject({
      exitCode: 1,
      timedOut: false,
      stdout: lines('You have enabled multi-factor authentication. Please enter OTP code.', `Adding bob@example.org: ${GEM_TEXT.otpMissing}`),
    });
    const post = { method: 'POST', path: `/api/v1/gems/${gem}/owners`, contentType: FORM, body: 'email=bob%40example.org', otp: null };
    expect(sent()).toEqual([post, post]);
    expect(server.ownerAttempts().map((a) => [a.action, a.outcome, a.status])).toEqual([
      ['add', 'missing', 401],
      ['add', 'missing', 401],
    ]);
    expect(server.ownerships(gem)).toEqual([{ handle: 'alice', role: 'owner', confirmed: true, authorizer: 'alice' }]);
  });

  it('--add with a wrong code: 401 once, "Adding X: <body>", exit 1, no read-back', async () => {
    const gem = seedGem();
    const r = await gemOwner(gem, ['--add', 'bob'], aliceKey, WRONG);
    expect(r).toMatchObject({ exitCode: 1, stdout: lines(`Adding bob: ${GEM_TEXT.otpIncorrect}`) });
    expect(sent()).toEqual([{ method: 'POST', path: `/api/v1/gems/${gem}/owners`, contentType: FORM, body: 'email=bob', otp: WRONG }]);
    expect(server.ownerAttempts()).toMatchObject([{ action: 'add', target: 'bob', user: 'alice', otp: WRONG, outcome: 'invalid', status: 401 }]);
    expect(server.ownerships(gem)).toHaveLength(1);
  });

  it('--add with the right code: an unconfirmed owner, not listed until the invitee confirms', async () => {
    const gem = seedGem();
    const r = await gemOwner(gem, ['--add', 'bob@example.org'], aliceKey, code());
    expect(r).toMatchObject({ exitCode: 0, stdout: lines(OWNER_TEXT.added('bob'), ...listing(gem, 'alice')), stderr: '' });
    expect(OWNER_TEXT.added('bob')).toBe(
      'bob was added as an unconfirmed owner. Ownership access will be enabled after the user clicks on the confirmation mail sent to their email.',
    );
    // gem sends the code on every request of the command, the read-back included.
    expect(server.requests()).toMatchObject([
      {
        method: 'POST',
        path: `/api/v1/gems/${gem}/owners`,
        contentType: FORM,
        body: 'email=bob%40example.org',
        otp: code(),
        authorization: aliceKey,
        status: 200,
      },
      { method: 'GET', path: `/api/v1/gems/${gem}/owners.yaml`, contentType: null, body: '', otp: code(), authorization: aliceKey, status: 200 },
    ]);
    expect(server.ownerships(gem)).toEqual([
      { handle: 'alice', role: 'owner', confirmed: true, authorizer: 'alice' },
      { handle: 'bob', role: 'owner', confirmed: false, authorizer: 'alice' },
    ]);
    expect((await ownersJson(gem)).map((o: { handle: string }) => o.handle)).toEqual(['alice']);
    // The invitee cannot act as an owner yet.
    expect(await gemOwner(gem, ['--add', 'carol'], bobKey)).toMatchObject({ exitCode: 1, stdout: lines(`Adding carol: ${OWNER_TEXT.forbidden}`) });

    server.confirmOwnership(gem, 'bob');
    expect(() => server.confirmOwnership(gem, 'bob')).toThrow(/no pending invitation/);
    expect(await gemOwner(gem, [], aliceKey)).toMatchObject({ exitCode: 0, stdout: lines(...listing(gem, 'alice', 'bob@example.org')) });
    expect(await ownersJson(gem)).toEqual([
      { id: 1, handle: 'alice', role: 'owner' },
      { id: 2, handle: 'bob', email: 'bob@example.org', role: 'owner' },
    ]);
  });

  it('an invitation expires after 48 h on the server clock', async () => {
    const gem = seedGem();
    expect((await gemOwner(gem, ['--add', 'bob', '--add', 'carol', '--otp', code()], aliceKey)).exitCode).toBe(0);
    expect(server.requests()[0]).toMatchObject({ method: 'POST', otp: code() }); // --otp sends the same header
    server.configure({ clockOffsetMs: T0 + 48 * 3_600_000 - 60_000 - Date.now() });
    server.confirmOwnership(gem, 'carol');
    server.configure({ clockOffsetMs: T0 + 48 * 3_600_000 + 60_000 - Date.now() });
    expect(() => server.confirmOwnership(gem, 'bob')).toThrow(/expired/);
    expect(server.ownerships(gem)?.map((o) => [o.handle, o.confirmed])).toEqual([
      ['alice', true],
      ['bob', false],
      ['carol', true],
    ]);
  });

  it('a second invitation, or inviting an owner: 422 with rubygems.org messages', async () => {
    const gem = seedGem(['alice', { handle: 'bob', confirmed: false }]);
    const again = await gemOwner(gem, ['--add', 'bob@example.org'], aliceKey, code());
    expect(again).toMatchObject({ exitCode: 1, stdout: lines(`Adding bob@example.org: ${OWNER_TEXT.alreadyInvited}`) });
    expect(OWNER_TEXT.alreadyInvited).toBe('User is already invited to this gem');
    // The email matches in any case (User.find_by_email is case-insensitive).
    const self = await gemOwner(gem, ['--add', 'ALICE@example.com'], aliceKey, code());
    expect(self).toMatchObject({ exitCode: 1, stdout: lines(`Adding ALICE@example.com: ${OWNER_TEXT.alreadyOwner}`) });
    expect(OWNER_TEXT.alreadyOwner).toBe('User is already an owner of this gem');
    expect(server.ownerAttempts().map((a) => [a.outcome, a.status])).toEqual([
      ['already-invited', 422],
      ['already-owner', 422],
    ]);
  });

  it('an unknown user: 404 "Owner could not be found.", and a failed --add stops the command there', async () => {
    const gem = seedGem();
    const r = await gemOwner(gem, ['--add', 'nobody', '--add', 'bob'], aliceKey, code());
    expect(r).toMatchObject({ exitCode: 1, stdout: lines('Adding nobody: Owner could not be found.') });
    expect(sent()).toEqual([{ method: 'POST', path: `/api/v1/gems/${gem}/owners`, contentType: FORM, body: 'email=nobody', otp: code() }]);
    expect(server.ownerships(gem)).toHaveLength(1);
  });

  it('--add and --remove in one run: one POST per --add, one DELETE per --remove, then the read-back', async () => {
    const gem = seedGem(['alice', 'bob']);
    const r = await gemOwner(gem, ['--add', 'carol@example.com', '--remove', 'bob'], aliceKey, code());
    expect(r).toMatchObject({ exitCode: 0, stdout: lines(OWNER_TEXT.added('carol'), OWNER_TEXT.removed, ...listing(gem, 'alice')) });
    expect(sent()).toEqual([
      { method: 'POST', path: `/api/v1/gems/${gem}/owners`, contentType: FORM, body: 'email=carol%40example.com', otp: code() },
      { method: 'DELETE', path: `/api/v1/gems/${gem}/owners`, contentType: FORM, body: 'email=bob', otp: code() },
      { method: 'GET', path: `/api/v1/gems/${gem}/owners.yaml`, contentType: null, body: '', otp: code() },
    ]);
    expect(server.ownerships(gem)?.map((o) => [o.handle, o.confirmed])).toEqual([
      ['alice', true],
      ['carol', false],
    ]);
  });

  it('--remove: the last confirmed owner stays (403 "Unable to remove owner."), an invitee goes, a co-owner goes', async () => {
    const gem = seedGem(['alice', { handle: 'bob', confirmed: false }]);
    const last = await gemOwner(gem, ['--remove', 'alice'], aliceKey, code());
    expect(last).toMatchObject({ exitCode: 1, stdout: lines(`Removing alice: ${OWNER_TEXT.unableToRemove}`) });
    expect(sent()).toEqual([{ method: 'DELETE', path: `/api/v1/gems/${gem}/owners`, contentType: FORM, body: 'email=alice', otp: code() }]);

    // An unconfirmed ownership is removed even while alice is the only confirmed owner (Ownership#safe_destroy).
    const invitee = await gemOwner(gem, ['--remove', 'bob@example.org'], aliceKey, code());
    expect(invitee).toMatchObject({ exitCode: 0, stdout: lines(OWNER_TEXT.removed, ...listing(gem, 'alice')) });
    const notOwner = await gemOwner(gem, ['--remove', 'bob'], aliceKey, code());
    expect(notOwner).toMatchObject({ exitCode: 1, stdout: lines(`Removing bob: ${OWNER_TEXT.ownerNotFound}`) });

    // With a second confirmed owner (any role), either may go, alice herself included.
    const shared = seedGem(['alice', { handle: 'bob', role: 'maintainer' }]);
    const self = await gemOwner(shared, ['--remove', 'alice'], aliceKey, code());
    expect(self).toMatchObject({ exitCode: 0, stdout: lines(OWNER_TEXT.removed, ...listing(shared, 'bob@example.org')) });
    expect(await ownersJson(shared)).toEqual([{ id: 2, handle: 'bob', email: 'bob@example.org', role: 'maintainer' }]);
    expect(server.ownerAttempts().map((a) => a.outcome)).toEqual(['last-owner', 'removed', 'listed', 'user-not-found', 'removed', 'listed', 'listed']);
  });

  it('a key without the scope: 403 "This API key cannot ..." after the OTP check, and gem does not try to widen it', async () => {
    const gem = seedGem();
    const pushOnly = server.addApiKey('alice', { scopes: ['push_rubygem', 'remove_owner'] });
    const noCode = await gemOwner(gem, ['--add', 'bob'], pushOnly);
    expect(noCode.stdout).toContain(`Adding bob: ${GEM_TEXT.otpMissing}`);

    server.reset();
    const r = await gemOwner(gem, ['--add', 'bob'], pushOnly, code());
    expect(r).toMatchObject({ exitCode: 1, stdout: lines(`Adding bob: ${OWNER_TEXT.insufficientScope}`) });
    expect(sent()).toEqual([{ method: 'POST', path: `/api/v1/gems/${gem}/owners`, contentType: FORM, body: 'email=bob', otp: code() }]);
    // remove_owner it has: the removal gets as far as the ownership check.
    expect((await gemOwner(gem, ['--remove', 'alice'], pushOnly, code())).stdout).toBe(lines(`Removing alice: ${OWNER_TEXT.unableToRemove}`));

    // A key scoped to another gem has no scope on this one.
    const other = seedGem();
    const scoped = server.addApiKey('alice', { gem: other });
    expect((await gemOwner(gem, ['--add', 'bob'], scoped, code())).stdout).toBe(lines(`Adding bob: ${OWNER_TEXT.insufficientScope}`));
    expect((await gemOwner(other, ['--add', 'bob'], scoped, code())).exitCode).toBe(0);

    // Pushes check their scope the same way, after the code (rubygems.org's RubygemsController#create).
    const ownersOnly = server.addApiKey('alice', { scopes: ['add_owner', 'remove_owner'] });
    const push = await fetch(`${server.url}/api/v1/gems`, { method: 'POST', headers: { authorization: ownersOnly, otp: code() }, body: 'not a gem' });
    expect([push.status, await push.text()]).toEqual([403, GEM_TEXT.insufficientScope]);
    expect(server.attempts().at(-1)).toMatchObject({ user: 'alice', outcome: 'forbidden', status: 403 });
  });

  it('a caller who is not an owner, or only a maintainer: 403 "Forbidden"; an unknown key: 401', async () => {
    const gem = seedGem(['alice', { handle: 'carol', role: 'maintainer' }]);
    const stranger = await gemOwner(gem, ['--add', 'carol'], bobKey);
    expect(stranger).toMatchObject({ exitCode: 1, stdout: lines(`Adding carol: ${OWNER_TEXT.forbidden}`) });
    const carolKey = server.addApiKey('carol');
    expect((await gemOwner(gem, ['--remove', 'alice'], carolKey)).stdout).toBe(lines(`Removing alice: ${OWNER_TEXT.forbidden}`));
    expect((await gemOwner(gem, ['--add', 'bob'], 'rubygems_0000', code())).stdout).toBe(lines(`Adding bob: ${GEM_TEXT.badKey}`));
    expect(server.ownerAttempts().map((a) => [a.user, a.outcome, a.status])).toEqual([
      ['bob', 'not-owner', 403],
      ['carol', 'not-owner', 403],
      [null, 'bad-key', 401],
    ]);
  });

  it('a trusted-publishing key: 403 "The API key doesn\'t have access", then gem asks to sign in and PUTs /api/v1/api_key', async () => {
    const gem = seedGem();
    const { key, stop } = await exchangeTrustedKey(server, gem);
    try {
      server.reset();

      const r = await gemOwner(gem, ['--add', 'bob'], key);
      expect(r).toMatchObject({
        exitCode: 1,
        stdout: lines(`The existing key doesn't have access of add_owner on ${server.url}. Please sign in to update access.`, 'HTTP Basic: Access denied.'),
      });
      expect(server.requests()).toMatchObject([
        { method: 'POST', path: `/api/v1/gems/${gem}/owners`, body: 'email=bob', otp: null, status: 403 },
        // No TTY: empty email and password; the body names the key and the scope.
        { method: 'PUT', path: '/api/v1/api_key', authorization: `Basic ${Buffer.from(':').toString('base64')}`, status: 401 },
      ]);
      expect(server.requests()[1]?.body).toBe(`api_key=${key}&add_owner=true`);
      expect(server.ownerAttempts()).toMatchObject([{ outcome: 'key-forbidden', status: 403 }]);
      const raw = await fetch(`${server.url}/api/v1/gems/${gem}/owners`, {
        method: 'POST',
        headers: { authorization: key },
        body: new URLSearchParams({ email: 'bob' }),
      });
      expect([raw.status, await raw.text()]).toEqual([403, OWNER_TEXT.keyForbidden]);
    } finally {
      await stop();
    }
  });

  it('codes of the previous and next step pass, two steps off does not, as for pushes', async () => {
    const gem = seedGem();
    const cases = [
      ['bob', -60_000, `Adding bob: ${GEM_TEXT.otpIncorrect}`],
      ['bob', -30_000, OWNER_TEXT.added('bob')],
      ['carol', 30_000, OWNER_TEXT.added('carol')],
    ] as const;
    for (const [who, offsetMs, text] of cases) {
      const r = await gemOwner(gem, ['--add', who], aliceKey, code(T0 + offsetMs));
      expect(r.stdout.split('\n')[0], `code from ${offsetMs} ms`).toBe(text);
    }
    expect(
      server
        .ownerAttempts()
        .filter((a) => a.action === 'add')
        .map((a) => a.outcome),
    ).toEqual(['invalid', 'added', 'added']);
  });

  it('MFA level "UI only" or a short-lived key: no code needed, unless the key itself has MFA on', async () => {
    const dora = server.addUser('dora', { mfa: SECRET, mfaLevel: 'ui_only' });
    const gem = seedGem(['dora']);
    expect(await gemOwner(gem, ['--add', 'bob'], dora)).toMatchObject({ exitCode: 0, stdout: lines(OWNER_TEXT.added('bob'), ...listing(gem, 'dora')) });
    const doraMfaKey = server.addApiKey('dora', { mfa: true });
    expect((await gemOwner(gem, ['--add', 'carol'], doraMfaKey)).stdout).toContain(`Adding carol: ${GEM_TEXT.otpMissing}`);

    const alices = seedGem();
    const shortLived = server.addApiKey('alice', { expiresInMs: 10 * 60_000 });
    expect((await gemOwner(alices, ['--add', 'bob'], shortLived)).exitCode).toBe(0);
    expect(
      server
        .requests()
        .filter((r) => r.method === 'POST')
        .map((r) => [r.otp, r.status]),
    ).toEqual([
      [null, 200],
      [null, 401],
      [null, 401],
      [null, 200],
    ]);
  });

  it('a gem whose latest version requires MFA refuses an owner without MFA (403)', async () => {
    const gem = `mfa-gem-${++gemCount}`;
    server.addGem(gem, { owners: ['bob'], versions: [{ number: '1.0.0', metadata: { rubygems_mfa_required: 'true' } }] });
    const r = await gemOwner(gem, ['--add', 'carol'], bobKey);
    expect(r).toMatchObject({ exitCode: 1, stdout: lines(`Adding carol: ${OWNER_TEXT.mfaRequiredByGem}`) });
  });

  it('throttled owner changes: 429 with Retry-After, printed as "Adding X: Retry later", exit 1', async () => {
    const gem = seedGem();
    server.configure({ throttleOwners: 1, retryAfter: 42 });
    const r = await gemOwner(gem, ['--add', 'bob'], aliceKey, code());
    expect(r).toMatchObject({ exitCode: 1, stdout: lines('Adding bob: Retry later') });
    expect(server.ownerAttempts()).toMatchObject([{ outcome: 'throttled', status: 429, user: null }]);

    server.configure({ throttleOwners: 1 });
    const res = await fetch(`${server.url}/api/v1/gems/${gem}/owners`, { method: 'DELETE', headers: { authorization: aliceKey }, body: 'email=bob' });
    expect([res.status, res.headers.get('retry-after'), await res.text()]).toEqual([429, '42', 'Retry later\n']);
    // Spent: the next change goes through; reads are throttled apart (throttleReads).
    expect((await gemOwner(gem, ['--add', 'bob'], aliceKey, code())).exitCode).toBe(0);
  });

  it('a forced OTP rejection (rejectOwnersFirst) refuses a valid code once', async () => {
    const gem = seedGem();
    server.configure({ rejectOwnersFirst: 1 });
    expect((await gemOwner(gem, ['--add', 'bob'], aliceKey, code())).stdout).toBe(lines(`Adding bob: ${GEM_TEXT.otpIncorrect}`));
    expect((await gemOwner(gem, ['--add', 'bob'], aliceKey, code())).exitCode).toBe(0);
    expect(
      server
        .ownerAttempts()
        .filter((a) => a.action === 'add')
        .map((a) => a.outcome),
    ).toEqual(['forced-reject', 'added']);
  });

  it('what gem 3.3.15 never sends: a role, a missing email (rubygems.org answers these too)', async () => {
    const gem = seedGem();
    const post = (form: Record<string, string>) =>
      fetch(`${server.url}/api/v1/gems/${gem}/owners.json`, {
        method: 'POST',
        headers: { authorization: aliceKey, otp: code() },
        body: new URLSearchParams(form),
      });
    const answers = async (form: Record<string, string>) => {
      const res = await post(form);
      return [res.status, await res.text()];
    };
    expect(await answers({})).toEqual([400, `{"error":"Request is missing param 'email'"}`]);
    expect(await answers({ email: 'bob', role: 'boss' })).toEqual([422, 'Role is not included in the list']);
    expect(await answers({ email: 'bob', role: 'maintainer' })).toEqual([200, OWNER_TEXT.added('bob')]);
    expect(await answers({ email: 'bob', role: 'boss' })).toEqual([422, 'User is already invited to this gem and Role is not included in the list']);
    server.confirmOwnership(gem, 'bob');
    expect(await ownersJson(gem)).toEqual([
      { id: 1, handle: 'alice', role: 'owner' },
      { id: 2, handle: 'bob', email: 'bob@example.org', role: 'maintainer' },
    ]);
  });
});
