// The reads of the rubygems.org double (test-support/rubygems/reads.ts) that tell whose key runs a job
// and whether an account and a gem are ready. RubyGems 3.3.15 reads none of these routes (its API calls:
// push, yank, owner, POST/PUT api_key, and GET profile/me.yaml with Basic auth only for rubygems.org
// itself), so the shapes are asserted with direct requests on 127.0.0.1, each citing the rubygems.org
// code read (rubygems/rubygems.org at 3c8ea0d4). One test drives a real `gem push` first, to tie the
// stored metadata to what the client sent; without `gem` on PATH it is skipped (fails under CI=true).
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { join } from 'node:path';
import { createGuardrails, generateSync } from 'otplib';
import { GEM_SERVER_DEFAULTS, READ_TEXT, startGemServer, type GemServer } from '../../test-support/rubygems/server.js';
import { buildGem, gemEnv, runGem, writeGemspec } from '../../test-support/rubygems/cli.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';
import { exchangeTrustedKey } from '../../test-support/rubygems/trusted-key.js';

requireGemUnlessLocal('gem-reads.test');

const SECRET = 'JBSWY3DPEHPK3PXP';
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
/** The server's clock is pinned here (the middle of a 30 s step) before each test. */
const T0 = (1_800_000_000 + 15) * 1000;
const code = (atMs = T0) => generateSync({ secret: SECRET, epoch: Math.floor(atMs / 1000), guardrails });
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

interface Got {
  status: number;
  type: string | null;
  body: string;
  headers: Headers;
}

describe('rubygems.org double: who owns what, and readiness reads', () => {
  let server: GemServer;
  let aliceKey: string; // MFA "UI and API"; all scopes but show_dashboard
  let bobKey: string; // no MFA, public email
  let carolKey: string;
  let daveKey: string;

  beforeEach(async () => {
    server = await startGemServer({ config: { ...GEM_SERVER_DEFAULTS, clockOffsetMs: T0 - Date.now() } });
    aliceKey = server.addUser('alice', { mfa: SECRET }); // id 1
    bobKey = server.addUser('bob', { email: 'bob@example.org', publicEmail: true }); // id 2
    carolKey = server.addUser('carol'); // id 3
    daveKey = server.addUser('dave'); // id 4
  });
  afterEach(async () => server?.stop());

  async function get(path: string, headers: Record<string, string> = {}): Promise<Got> {
    const res = await fetch(server.url + path, { headers });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text(), headers: res.headers };
  }
  const names = (got: Got) => (JSON.parse(got.body) as Array<{ name: string }>).map((g) => g.name).sort();
  const myGems = (key: string) => get('/api/v1/gems.json', { authorization: key });
  const ownerGems = (slug: string) => get(`/api/v1/owners/${slug}/gems.json`);

  // Api::V1::RubygemsController#index: `@api_key.user.rubygems.with_versions`, i.e. gems with a confirmed
  // ownership (any role) and an indexed version, each rendered as Rubygem#payload; no OTP (verify_with_otp
  // is only for create); deny_shared_cache.
  it('GET /api/v1/gems.json with a key: the gems its user owns (confirmed, any role, with an indexed version), no OTP needed', async () => {
    server.addGem('shared', { owners: ['alice', 'bob'], versions: ['1.0.0', { number: '1.1.0', metadata: { rubygems_mfa_required: 'true' } }] });
    server.addGem('maintained', { owners: [{ handle: 'alice', role: 'maintainer' }, 'bob'], versions: ['0.1.0'] });
    server.addGem('invited', { owners: ['bob'], versions: ['1.0.0'] });
    // bob invites alice (an unconfirmed ownership until she clicks the mail).
    const invite = await fetch(`${server.url}/api/v1/gems/invited/owners`, {
      method: 'POST',
      headers: { authorization: bobKey },
      body: new URLSearchParams({ email: 'alice' }),
    });
    expect(invite.status).toBe(200);
    server.addGem('yanked-only', { owners: ['alice'], versions: [{ number: '1.0.0', state: 'yanked' }] });
    server.addGem('pending-only', { owners: ['alice'], versions: [{ number: '1.0.0', state: 'pending' }] });
    server.addGem('no-versions', { owners: ['alice'] });
    server.addGem('bobs', { owners: ['bob'], versions: ['2.0.0'] });

    const alice = await myGems(aliceKey);
    expect([alice.status, alice.type, names(alice)]).toEqual([200, JSON_TYPE, ['maintained', 'shared']]);
    expect([alice.headers.get('cache-control'), alice.headers.get('vary')]).toEqual(['private, no-store', 'Authorization']);
    expect(names(await myGems(bobKey))).toEqual(['bobs', 'invited', 'maintained', 'shared']);
    expect(names(await myGems(carolKey))).toEqual([]);

    // Each entry is the body of GET /api/v1/gems/<gem>.json: the latest version, its metadata as stored.
    const shared = (JSON.parse(alice.body) as Array<{ name: string }>).find((g) => g.name === 'shared');
    const show = await get('/api/v1/gems/shared.json');
    expect(shared).toEqual(JSON.parse(show.body));
    expect(shared).toMatchObject({
      name: 'shared',
      version: '1.1.0',
      platform: 'ruby',
      metadata: { rubygems_mfa_required: 'true' },
      project_uri: `${server.url}/gems/shared`,
      gem_uri: `${server.url}/gems/shared-1.1.0.gem`,
    });

    // The invitee's gem appears once the invitation is confirmed.
    server.confirmOwnership('invited', 'alice');
    expect(names(await myGems(aliceKey))).toEqual(['invited', 'maintained', 'shared']);

    // Every request is in the log, as sent and answered; no code was sent or asked for.
    expect(server.requests().filter((r) => r.path === '/api/v1/gems.json')).toMatchObject([
      { method: 'GET', authorization: aliceKey, otp: null, body: '', status: 200 },
      { method: 'GET', authorization: bobKey, otp: null, status: 200 },
      { method: 'GET', authorization: carolKey, otp: null, status: 200 },
      { method: 'GET', authorization: aliceKey, otp: null, status: 200 },
    ]);
  });

  // Api::BaseController#authenticate_with_api_key (ApiKey.unexpired, else render_unauthorized: plain 401),
  // #verify_user_api_key and Api::RubygemPolicy#index? (api_key_scope?(:index_rubygems)); render_forbidden
  // answers {"error"} as JSON for the .json format.
  it('GET /api/v1/gems.json refusals: no index_rubygems scope 403, unknown, missing or expired key 401', async () => {
    server.addGem('shared', { owners: ['alice'], versions: ['1.0.0'] });
    const pushOnly = server.addApiKey('alice', { scopes: ['push_rubygem'] });
    const noScope = await myGems(pushOnly);
    expect([noScope.status, noScope.type, JSON.parse(noScope.body)]).toEqual([403, JSON_TYPE, { error: READ_TEXT.insufficientScope }]);

    for (const headers of [{ authorization: 'rubygems_0123456789abcdef0123456789abcdef0123456789abcdef' }, {}] as Array<Record<string, string>>) {
      const r = await get('/api/v1/gems.json', headers);
      expect([r.status, r.type, r.body]).toEqual([401, TEXT_TYPE, READ_TEXT.badKey]);
    }

    const shortLived = server.addApiKey('alice', { scopes: ['index_rubygems'], expiresInMs: 60_000 });
    expect(names(await myGems(shortLived))).toEqual(['shared']);
    server.configure({ clockOffsetMs: T0 + 61_000 - Date.now() });
    expect(await myGems(shortLived)).toMatchObject({ status: 401, body: READ_TEXT.badKey });

    // The read throttle knob covers these reads too.
    server.configure({ throttleReads: 1, retryAfter: 7 });
    const throttled = await myGems(aliceKey);
    expect([throttled.status, throttled.headers.get('retry-after'), throttled.body]).toEqual([429, '7', 'Retry later\n']);
    expect((await myGems(aliceKey)).status).toBe(200);
    expect(server.requests().map((r) => r.status)).toEqual([403, 401, 401, 200, 401, 429, 200]);
  });

  // Api::V1::OwnersController#gems: public; User.find_by_slug! (find_by(id:) first, then the handle as
  // stored: a varchar compared exactly), RecordNotFound -> plain 404 "Owner could not be found.";
  // routes.rb: `get 'owners/:handle/gems', format: true` (json|yaml), so the extension is required.
  it('GET /api/v1/owners/<handle or id>/gems.json: public, the same list as the key read; unknown 404', async () => {
    server.addGem('shared', { owners: ['alice', 'bob'], versions: ['1.0.0'] });
    server.addGem('maintained', { owners: [{ handle: 'alice', role: 'maintainer' }], versions: ['0.1.0'] });
    server.addGem('invited', { owners: ['bob', { handle: 'alice', confirmed: false }], versions: ['1.0.0'] });

    const byHandle = await ownerGems('alice');
    expect([byHandle.status, byHandle.type, names(byHandle)]).toEqual([200, JSON_TYPE, ['maintained', 'shared']]);
    expect(byHandle.headers.get('cache-control')).toBeNull(); // public: no deny_shared_cache
    expect(JSON.parse(byHandle.body)).toEqual(JSON.parse((await myGems(aliceKey)).body));
    expect((await ownerGems('1')).body).toBe(byHandle.body); // alice's id
    expect(names(await ownerGems('2'))).toEqual(['invited', 'shared']); // bob's id
    expect(names(await ownerGems('carol'))).toEqual([]);

    for (const slug of ['nobody', '99', 'Alice']) {
      const r = await ownerGems(slug);
      expect([slug, r.status, r.type, r.body]).toEqual([slug, 404, TEXT_TYPE, READ_TEXT.ownerNotFound]);
    }
    expect((await get('/api/v1/owners/alice/gems')).status).toBe(404); // no such route without the format
    expect(server.requests().find((r) => r.path === '/api/v1/owners/alice/gems.json')).toMatchObject({ method: 'GET', authorization: null, status: 200 });
  });

  // How a client can tell whether an owner handle is the key's own account with these reads: compare the
  // key's gems with the handle's gems. Different sets: not the key's account. Equal sets: maybe, and only
  // "yes" when no other owner of the gem has the same set.
  it("whose key is this: the key's gems against each owner's gems tell others apart, but not co-owners of the same gems", async () => {
    server.addGem('shared', { owners: ['alice', 'bob'], versions: ['1.0.0'] });
    server.addGem('bobs', { owners: ['bob'], versions: ['1.0.0'] });
    server.addGem('pair', { owners: ['carol', 'dave'], versions: ['1.0.0'] });

    async function keyOwnerAmong(key: string, gem: string): Promise<string[] | 'unknown'> {
      const mine = await myGems(key);
      if (mine.status !== 200) return 'unknown';
      const owners = JSON.parse((await get(`/api/v1/gems/${gem}/owners.json`)).body) as Array<{ handle: string }>;
      const matching = [];
      for (const { handle } of owners) if (JSON.stringify(names(await ownerGems(handle))) === JSON.stringify(names(mine))) matching.push(handle);
      return matching;
    }

    expect(await keyOwnerAmong(aliceKey, 'shared')).toEqual(['alice']);
    expect(await keyOwnerAmong(bobKey, 'shared')).toEqual(['bob']);
    // carol and dave own exactly the same gems: their keys cannot be told apart by these reads.
    expect(await keyOwnerAmong(daveKey, 'pair')).toEqual(['carol', 'dave']);
    // A key without index_rubygems cannot list its gems at all.
    expect(await keyOwnerAmong(server.addApiKey('alice', { scopes: ['remove_owner'] }), 'shared')).toBe('unknown');
  });

  // No read gives a key holder its MFA level, scopes or expiry:
  // - routes.rb keeps `resource :multifactor_auth, only: :show` but Api::V1::MultifactorAuthsController was
  //   deleted in abb5383c9 (2018): the route ends in a 404 (Rails' PublicExceptions; production body unverified).
  // - Api::V1::ProfilesController#me (the only read with mfa_level, as "mfa") takes HTTP Basic email and
  //   password only: a raw key is no Basic header, so 401 "HTTP Basic: Access denied.".
  // - Api::V1::ApiKeysController#show: 410, retired.
  // - Api::V1::OIDC::ApiKeyRolesController#index: any user key, no scope check: the user's roles (none here).
  it('readiness: no multifactor_auth read (404), profile/me wants a password (401), GET api_key is retired (410), api_key_roles needs no scope', async () => {
    for (const path of ['/api/v1/multifactor_auth.json', '/api/v1/multifactor_auth']) {
      const r = await get(path, { authorization: aliceKey });
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body).not.toMatch(/mfa/);
    }
    expect(JSON.parse((await get('/api/v1/multifactor_auth.json')).body)).toEqual({ status: 404, error: 'Not Found' });

    for (const path of ['/api/v1/profile/me.json', '/api/v1/profile/me']) {
      const r = await get(path, { authorization: aliceKey });
      expect([path, r.status, r.body, r.headers.get('www-authenticate')]).toEqual([path, 401, READ_TEXT.basicDenied, 'Basic realm="Application"']);
    }
    const basic = `Basic ${Buffer.from('alice@example.com:not-the-password').toString('base64')}`;
    const wrong = await get('/api/v1/profile/me.json', { authorization: basic });
    expect([wrong.status, wrong.type, JSON.parse(wrong.body)]).toEqual([401, JSON_TYPE, { error: 'Invalid credentials', code: 401 }]);

    const retired = await get('/api/v1/api_key', { authorization: aliceKey });
    expect([retired.status, retired.type, retired.body]).toEqual([410, TEXT_TYPE, READ_TEXT.apiKeyRetired]);
    expect(retired.body).toMatch(/^This endpoint has been retired\. `gem signin` \(GET \/api\/v1\/api_key\) is no longer supported\./);

    const pushOnly = server.addApiKey('alice', { scopes: ['push_rubygem'] });
    for (const path of ['/api/v1/oidc/api_key_roles', '/api/v1/oidc/api_key_roles.json']) {
      const r = await get(path, { authorization: pushOnly });
      expect([path, r.status, r.type, r.body]).toEqual([path, 200, JSON_TYPE, '[]']);
    }
    expect(await get('/api/v1/oidc/api_key_roles', { authorization: 'nope' })).toMatchObject({ status: 401, body: READ_TEXT.badKey });
    expect(server.requests().map((r) => [r.path, r.status])).toEqual([
      ['/api/v1/multifactor_auth.json', 404],
      ['/api/v1/multifactor_auth', 404],
      ['/api/v1/multifactor_auth.json', 404],
      ['/api/v1/profile/me.json', 401],
      ['/api/v1/profile/me', 401],
      ['/api/v1/profile/me.json', 401],
      ['/api/v1/api_key', 410],
      ['/api/v1/oidc/api_key_roles', 200],
      ['/api/v1/oidc/api_key_roles.json', 200],
      ['/api/v1/oidc/api_key_roles', 401],
    ]);
  });

  // Api::V1::OIDC::RubygemTrustedPublishersController#index: authenticate_with_api_key, verify_user_api_key,
  // find_rubygem (plain 404) with authorize configure_trusted_publishers? (Api::RubygemPolicy: the gem's MFA
  // requirement, api_key_scope?(:configure_trusted_publishers, gem), RubygemPolicy: role owner), then
  // verify_with_otp; payload OIDC::RubygemTrustedPublisher#payload + GitHubAction#payload.
  it('GET /api/v1/gems/<gem>/trusted_publishers: owner with configure_trusted_publishers, OTP at "UI and API", checks in order', async () => {
    server.addGem('tp', { owners: ['alice', 'bob', { handle: 'carol', role: 'maintainer' }], versions: ['1.0.0'] });
    server.addGem('other', { owners: ['bob'], versions: ['1.0.0'] });
    server.addGem('strict', { owners: ['bob'], versions: [{ number: '1.0.0', metadata: { rubygems_mfa_required: 'true' } }] });
    const job = 'octo-org/octo-repo/.github/workflows/release.yml';
    server.addTrustedPublisher('tp', { repository: 'octo-org/octo-repo', repository_owner_id: '200002', job_workflow_ref: job });
    server.addTrustedPublisher('other', {
      repository: 'octo-org/other',
      repository_owner_id: '200002',
      job_workflow_ref: 'octo-org/other/.github/workflows/release.yml',
    });
    server.addTrustedPublisher('tp', {
      repository: 'octo-org/octo-repo',
      repository_owner_id: '200002',
      job_workflow_ref: 'shared-org/shared-workflows/.github/workflows/shared-release.yml',
      environment: 'release',
    });
    const expected = [
      {
        id: 1,
        trusted_publisher_type: 'OIDC::TrustedPublisher::GitHubAction',
        trusted_publisher: {
          name: 'GitHub Actions octo-org/octo-repo @ .github/workflows/release.yml',
          repository_owner: 'octo-org',
          repository_name: 'octo-repo',
          repository_owner_id: '200002',
          workflow_filename: 'release.yml',
          environment: null,
          workflow_repository_owner: null,
          workflow_repository_name: null,
        },
      },
      {
        id: 3,
        trusted_publisher_type: 'OIDC::TrustedPublisher::GitHubAction',
        trusted_publisher: {
          name: 'GitHub Actions octo-org/octo-repo @ .github/workflows/shared-release.yml (release)',
          repository_owner: 'octo-org',
          repository_name: 'octo-repo',
          repository_owner_id: '200002',
          workflow_filename: 'shared-release.yml',
          environment: 'release',
          workflow_repository_owner: 'shared-org',
          workflow_repository_name: 'shared-workflows',
        },
      },
    ];
    const tp = (key: string, headers: Record<string, string> = {}, ext = '') =>
      get(`/api/v1/gems/tp/trusted_publishers${ext}`, { authorization: key, ...headers });

    // bob has no MFA: no code needed.
    const bob = await tp(bobKey, {}, '.json');
    expect([bob.status, bob.type, JSON.parse(bob.body)]).toEqual([200, JSON_TYPE, expected]);
    expect(bob.headers.get('cache-control')).toBe('private, no-store');
    // alice is at "UI and API": this read needs a code, like a write.
    expect(await tp(aliceKey)).toMatchObject({ status: 401, body: READ_TEXT.otpMissing });
    expect(await tp(aliceKey, { otp: code(T0 + 60_000) })).toMatchObject({ status: 401, body: READ_TEXT.otpIncorrect });
    expect(JSON.parse((await tp(aliceKey, { otp: code() })).body)).toEqual(expected);

    // Authorization comes before the OTP check: these 403s need no code even for alice.
    const pushOnly = server.addApiKey('alice', { scopes: ['push_rubygem'] });
    expect(await tp(pushOnly)).toMatchObject({ status: 403, type: TEXT_TYPE, body: READ_TEXT.insufficientScope });
    const asJson = await tp(pushOnly, {}, '.json');
    expect([asJson.status, asJson.type, JSON.parse(asJson.body)]).toEqual([403, JSON_TYPE, { error: READ_TEXT.insufficientScope }]);
    const scopedElsewhere = server.addApiKey('bob', { gem: 'other' });
    expect(await tp(scopedElsewhere)).toMatchObject({ status: 403, body: READ_TEXT.insufficientScope });
    expect(await tp(carolKey)).toMatchObject({ status: 403, body: READ_TEXT.forbidden }); // a maintainer
    expect(await tp(daveKey)).toMatchObject({ status: 403, body: READ_TEXT.forbidden }); // not an owner
    const strict = await get('/api/v1/gems/strict/trusted_publishers', { authorization: bobKey });
    expect([strict.status, strict.body]).toEqual([403, READ_TEXT.mfaRequiredByGem]);
    expect(await get('/api/v1/gems/nope/trusted_publishers', { authorization: bobKey })).toMatchObject({
      status: 404,
      type: TEXT_TYPE,
      body: READ_TEXT.gemNotFound,
    });
    expect(await tp('nope')).toMatchObject({ status: 401, body: READ_TEXT.badKey });
    expect(JSON.parse((await get('/api/v1/gems/other/trusted_publishers', { authorization: bobKey })).body)).toMatchObject([{ id: 2 }]);

    expect(server.requests().slice(0, 4)).toMatchObject([
      { method: 'GET', path: '/api/v1/gems/tp/trusted_publishers.json', authorization: bobKey, otp: null, status: 200 },
      { path: '/api/v1/gems/tp/trusted_publishers', authorization: aliceKey, otp: null, status: 401 },
      { path: '/api/v1/gems/tp/trusted_publishers', otp: code(T0 + 60_000), status: 401 },
      { path: '/api/v1/gems/tp/trusted_publishers', otp: code(), status: 200 },
    ]);
  });

  // verify_user_api_key: a trusted publisher's key has no user: 403 "The API key doesn't have access"
  // (JSON for the json format: gems index and api_key_roles; plain text for the extensionless read).
  it('a trusted-publishing key reads nothing of an account: 403 "The API key doesn\'t have access"', async () => {
    server.addGem('tp', { owners: ['alice'], versions: ['1.0.0'] });
    const { key, stop } = await exchangeTrustedKey(server, 'tp');
    try {
      const gems = await myGems(key);
      expect([gems.status, gems.type, JSON.parse(gems.body)]).toEqual([403, JSON_TYPE, { error: READ_TEXT.keyForbidden }]);
      const roles = await get('/api/v1/oidc/api_key_roles', { authorization: key });
      expect([roles.status, JSON.parse(roles.body)]).toEqual([403, { error: READ_TEXT.keyForbidden }]);
      const publishers = await get('/api/v1/gems/tp/trusted_publishers', { authorization: key });
      expect([publishers.status, publishers.type, publishers.body]).toEqual([403, TEXT_TYPE, READ_TEXT.keyForbidden]);
    } finally {
      await stop();
    }
  });

  // Rubygem#payload's "metadata" is version.metadata as stored from the pushed gemspec (strings; "false"
  // stays "false"), for the version the double shows: the newest indexed push.
  it.skipIf(!GEM_VERSION)('a gem pushed by `gem push`: GET gems.json and gems/<gem>.json carry its metadata as the gemspec gave it', async () => {
    const push = async (version: string, metadata: Record<string, string>) => {
      const file = await buildGem(writeGemspec(join(server.dir, `src-${version}`), { name: 'meta', version, metadata }), gemEnv(server));
      const env = gemEnv(server, aliceKey, { GEM_HOST_OTP_CODE: code() });
      return runGem(['push', file, '--host', server.url], { cwd: server.dir, env, timeoutMs: 20_000 });
    };
    const first = { rubygems_mfa_required: 'true', source_code_uri: 'https://example.com/meta' };
    expect(await push('1.0.0', first)).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('Successfully registered gem: meta (1.0.0)') });
    const [listed] = JSON.parse((await myGems(aliceKey)).body) as Array<Record<string, unknown>>;
    expect(listed).toMatchObject({ name: 'meta', version: '1.0.0', metadata: first });
    expect(listed).toEqual(JSON.parse((await get('/api/v1/gems/meta.json')).body));

    expect(await push('1.0.1', { rubygems_mfa_required: 'false' })).toMatchObject({ exitCode: 0 });
    const show = JSON.parse((await get('/api/v1/gems/meta.json')).body) as Record<string, unknown>;
    expect(show).toMatchObject({ version: '1.0.1', metadata: { rubygems_mfa_required: 'false' } });
    expect(JSON.parse((await ownerGems('alice')).body)).toEqual([show]);
  });
});
