// Trusted publishing (OIDC) doubles: the GitHub Actions token service, npm's token exchange in the
// Verdaccio gate and rubygems.org's exchange_token, driven by the real npm and gem CLIs.
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { join } from 'node:path';
import { startGitHubOidc, verifyGitHubJwt, GITHUB_ISSUER, type GitHubOidc } from '../../test-support/oidc/github-oidc.js';
import { npmEnv, runNpm, startRegistry, writePackage, type GateOidcConfig, type Registry } from '../../test-support/registry.js';
import { startGemServer, GEM_TEXT, type GemServer, type GemTrustedPublisher } from '../../test-support/rubygems/server.js';
import { buildGem, gemEnv, runGem, writeGemspec } from '../../test-support/rubygems/cli.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';

requireGemUnlessLocal('oidc-doubles.test');

const SECRET = 'JBSWY3DPEHPK3PXP'; // the gate demands OTPs: trusted publishing must not need one
const REPO = 'octo-org/octo-repo';
const NPM_AUD = 'npm:127.0.0.1';
const NOT_FOUND = 'OIDC token exchange error - package not found';

let gh: GitHubOidc;
let stranger: GitHubOidc; // another key pair: its tokens have a signature gh's JWKS does not verify

beforeAll(async () => {
  gh = await startGitHubOidc({ repository: REPO });
  stranger = await startGitHubOidc({ repository: REPO });
});
afterAll(async () => {
  await gh?.stop();
  await stranger?.stop();
});

/** What a job's `core.getIDToken(audience)` does. */
async function requestIdToken(audience: string, requestToken = gh.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN): Promise<Response> {
  const url = `${gh.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`;
  return fetch(url, { headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' } });
}

describe('GitHub Actions OIDC double', () => {
  afterEach(() => gh.configure({ environment: undefined, iss: undefined }));

  it('mints a verifiable ID token for the right request token', async () => {
    const res = await requestIdToken(NPM_AUD);
    expect(res.status).toBe(200);
    const { value } = (await res.json()) as { value: string };
    const claims = await verifyGitHubJwt(value, { jwks: gh.jwks, issuer: gh.url, audience: NPM_AUD });
    expect(claims).toMatchObject({
      iss: gh.url,
      aud: NPM_AUD,
      sub: `repo:${REPO}:ref:refs/tags/v1`,
      repository: REPO,
      repository_owner: 'octo-org',
      repository_visibility: 'private',
      workflow_ref: `${REPO}/.github/workflows/release.yml@refs/tags/v1`,
      job_workflow_ref: `${REPO}/.github/workflows/release.yml@refs/tags/v1`,
      ref: 'refs/tags/v1',
    });
    expect(claims.exp - claims.iat).toBe(300);
    expect(gh.requests().at(-1)).toMatchObject({ audience: NPM_AUD, status: 200 });
  });

  it('refuses a wrong request token with 401', async () => {
    const res = await requestIdToken(NPM_AUD, 'wrong');
    expect(res.status).toBe(401);
    expect(gh.requests().at(-1)).toMatchObject({ audience: NPM_AUD, status: 401 });
  });

  it('puts the environment into sub, and can claim the real issuer', async () => {
    gh.configure({ environment: 'release', iss: GITHUB_ISSUER });
    const claims = await verifyGitHubJwt(await gh.mint('x'), { publicJwk: gh.publicJwk, issuer: GITHUB_ISSUER, audience: 'x' });
    expect(claims).toMatchObject({ sub: `repo:${REPO}:environment:release`, environment: 'release', iss: GITHUB_ISSUER });
  });

  it('serves its discovery document and JWKS', async () => {
    const config = (await (await fetch(`${gh.url}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({ issuer: gh.url, jwks_uri: `${gh.url}/.well-known/jwks` });
    expect(await (await fetch(`${gh.url}/.well-known/jwks`)).json()).toEqual(gh.jwks);
  });

  it('verifyGitHubJwt rejects a foreign signature, a wrong audience and an expired token', async () => {
    const trust = { jwks: gh.jwks, issuer: gh.url, audience: 'x' };
    await expect(verifyGitHubJwt(await stranger.mint('x', { iss: gh.url }), trust)).rejects.toThrow();
    await expect(verifyGitHubJwt(await gh.mint('y'), trust)).rejects.toThrow(/aud/);
    await expect(verifyGitHubJwt(await gh.mint('x', { exp: 1_000 }), trust)).rejects.toThrow(/exp/);
  });
});

describe('npm trusted publishing against the Verdaccio gate', () => {
  let registry: Registry;
  const PKG = '@octo/oidc-demo';
  const publishers: GateOidcConfig['trustedPublishers'] = {
    [PKG]: { repository: REPO, workflow: 'release.yml' },
    'oidc-plain': { repository: REPO, workflow: 'release.yml' },
    'oidc-env': { repository: REPO, workflow: 'release.yml', environment: 'release' },
  };

  beforeAll(async () => {
    registry = await startRegistry({ gate: { secret: SECRET } });
    await registry.gate.configure({ oidc: { issuer: gh.issuer, jwks: gh.jwks, trustedPublishers: publishers } });
  });
  afterAll(async () => registry?.stop());

  const exchangeUrl = (escaped: string) => `${registry.url}-/npm/v1/oidc/token/exchange/package/${escaped}`;
  async function exchange(escaped: string, jwt: string): Promise<{ status: number; body: any }> {
    const res = await fetch(exchangeUrl(escaped), { method: 'POST', headers: { authorization: `Bearer ${jwt}` } });
    return { status: res.status, body: await res.json() };
  }
  function publish(name: string, version: string, token: string | undefined, extra: Record<string, string> = {}) {
    const cwd = writePackage(join(registry.dir, 'packages', `${name.replace('/', '+')}@${version}`), { name, version });
    const args = ['publish', '--registry', registry.url, '--fetch-retries=0', '--no-update-notifier', '--provenance=false'];
    return runNpm(args, { cwd, env: npmEnv(registry, token, extra) });
  }

  it('exchanges an ID token for a token that publishes that package without OTP, and no other', async () => {
    const { status, body } = await exchange('@octo%2foidc-demo', await gh.mint(NPM_AUD));
    expect(status).toBe(201);
    expect(body.token).toMatch(/^npm_/);

    const r = await publish(PKG, '1.0.0', body.token);
    expect(r.stderr).not.toContain('EOTP');
    expect(r).toMatchObject({ exitCode: 0 });
    expect(r.stdout).toContain(`+ ${PKG}@1.0.0`);
    expect((await registry.packument(PKG))['dist-tags']).toEqual({ latest: '1.0.0' });

    const other = await publish('oidc-plain', '1.0.0', body.token);
    expect(other.exitCode).toBe(1);
    expect(other.stderr).toContain('403');
    expect(await registry.packument('oidc-plain')).toBeUndefined();
    const attempts = await registry.gate.attempts();
    expect(attempts.map((a) => [a.package, a.otp, a.outcome])).toEqual([
      [PKG, null, 'oidc'],
      ['oidc-plain', null, 'oidc-wrong-package'],
    ]);
  });

  it('an exchanged token expires: a publish with it after its lifetime is refused, and nothing is stored', async () => {
    await registry.gate.configure({ oidc: { issuer: gh.issuer, jwks: gh.jwks, trustedPublishers: publishers, tokenTtlMs: 200 } });
    try {
      const { status, body } = await exchange('oidc-plain', await gh.mint(NPM_AUD));
      expect(status).toBe(201);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const late = await publish('oidc-plain', '3.0.0', body.token);
      expect(late.exitCode).toBe(1);
      expect(`${late.stdout}${late.stderr}`).toMatch(/E401|ENEEDAUTH|401/);
      expect((await registry.packument('oidc-plain'))?.versions?.['3.0.0']).toBeUndefined();
    } finally {
      await registry.gate.configure({ oidc: { issuer: gh.issuer, jwks: gh.jwks, trustedPublishers: publishers } });
    }
  });

  it('accepts the %40scope%2Fname spelling too', async () => {
    expect((await exchange('%40octo%2Foidc-demo', await gh.mint(NPM_AUD))).status).toBe(201);
    expect((await registry.gate.exchanges()).at(-1)).toMatchObject({ package: PKG, status: 201, message: null });
  });

  it("answers 404 with npm's message for a package without a trusted publisher", async () => {
    expect(await exchange('unconfigured', await gh.mint(NPM_AUD))).toEqual({ status: 404, body: { message: NOT_FOUND } });
  });

  it('refuses tokens whose signature, audience, expiry or claims do not fit, with 401', async () => {
    const refusals = {
      repository: await gh.mint(NPM_AUD, { repository: 'evil/repo' }),
      workflow: await gh.mint(NPM_AUD, { workflow_ref: `${REPO}/.github/workflows/other.yml@refs/tags/v1` }),
      audience: await gh.mint('npm:registry.npmjs.org'),
      expired: await gh.mint(NPM_AUD, { exp: Math.floor(Date.now() / 1000) - 60 }),
      signature: await stranger.mint(NPM_AUD, { iss: gh.issuer }),
    };
    for (const [what, jwt] of Object.entries(refusals)) {
      const { status, body } = await exchange('oidc-plain', jwt);
      expect([what, status]).toEqual([what, 401]);
      expect(body.message).toMatch(/^OIDC token exchange error - /);
    }
    expect((await exchange('oidc-plain', await gh.mint(NPM_AUD, { repository: 'evil/repo' }))).body.message).toContain('repository "evil/repo"');
    expect((await exchange('oidc-env', await gh.mint(NPM_AUD))).status).toBe(401); // publisher wants environment 'release'
    expect((await exchange('oidc-env', await gh.mint(NPM_AUD, { environment: 'release' }))).status).toBe(201);
  });

  it('answers the visibility question with private', async () => {
    const res = await fetch(`${registry.url}-/package/@octo%2foidc-demo/visibility`);
    expect(await res.json()).toEqual({ public: false });
  });

  it('lets npm itself run the whole flow when it sees GitHub Actions and the id-token variables', async () => {
    const before = gh.requests().length;
    const env = { GITHUB_ACTIONS: 'true', ...gh.env };
    const r = await publish('oidc-plain', '2.0.0', undefined, env); // no _authToken at all
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('+ oidc-plain@2.0.0');
    expect(gh.requests().slice(before)).toMatchObject([{ audience: NPM_AUD, status: 200 }]);
    expect((await registry.gate.exchanges()).at(-1)).toMatchObject({ package: 'oidc-plain', status: 201 });
    expect((await registry.gate.attempts()).at(-1)).toMatchObject({ package: 'oidc-plain', otp: null, outcome: 'oidc' });
  });
});

describe('RubyGems trusted publishing against the rubygems.org double', () => {
  let server: GemServer;
  const publisher: GemTrustedPublisher = {
    repository: REPO,
    repository_owner_id: '200002',
    job_workflow_ref: `${REPO}/.github/workflows/release.yml`,
  };

  beforeAll(async () => {
    server = await startGemServer();
    server.configure({ oidc: { issuer: gh.issuer, jwks: gh.jwks } }); // audience: the host, 127.0.0.1
    server.addTrustedPublisher('oidc-gem', publisher);
    server.addTrustedPublisher('oidc-env-gem', { ...publisher, environment: 'release' });
  });
  afterAll(async () => server?.stop());

  async function exchange(body: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${server.url}/api/v1/oidc/trusted_publisher/exchange_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }

  it('exchanges a token for a 15-minute push_rubygem key', async () => {
    const { status, body } = await exchange({ jwt: await gh.mint('127.0.0.1') });
    expect(status).toBe(201);
    expect(body).toEqual({
      rubygems_api_key: expect.stringMatching(/^rubygems_[0-9a-f]{48}$/),
      name: expect.stringMatching(new RegExp(`^GitHub Actions ${REPO} @ \\.github/workflows/release\\.yml \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$`)),
      scopes: ['push_rubygem'],
      expires_at: expect.any(String),
    });
    expect(Date.parse(body.expires_at) - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(Date.parse(body.expires_at) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it('answers 400 for a malformed JWT or missing/invalid nbf, iat, exp, iss, jti', async () => {
    const cases: Array<[unknown, string]> = [
      ['not json', 'Error occurred while parsing request parameters'],
      [{}, 'param is missing or the value is empty: jwt'],
      [{ jwt: 'abc.def' }, ''],
      [{ jwt: await gh.mint('127.0.0.1', { nbf: undefined }) }, 'Missing/invalid nbf'],
      [{ jwt: await gh.mint('127.0.0.1', { exp: '2000000000' }) }, 'Missing/invalid exp'],
      [{ jwt: await gh.mint('127.0.0.1', { iat: 1.5 }) }, 'Missing/invalid iat'],
      [{ jwt: await gh.mint('127.0.0.1', { iss: 7 }) }, 'Missing/invalid iss'],
      [{ jwt: await gh.mint('127.0.0.1', { jti: undefined }) }, 'Missing/invalid jti'],
    ];
    for (const [body, error] of cases) {
      const r = await exchange(body);
      expect(r.status).toBe(400);
      if (error) expect(r.body).toEqual({ error });
      else expect(r.body.error).toEqual(expect.any(String));
    }
  });

  it('answers 404 for an unknown issuer, bad signature, wrong time or audience and unmatched claims', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases = {
      issuer: await gh.mint('127.0.0.1', { iss: GITHUB_ISSUER }),
      signature: await stranger.mint('127.0.0.1', { iss: gh.issuer }),
      expired: await gh.mint('127.0.0.1', { exp: now - 1 }),
      'not yet valid': await gh.mint('127.0.0.1', { nbf: now + 600 }),
      audience: await gh.mint('rubygems.org'),
      repository: await gh.mint('127.0.0.1', { repository: 'evil/repo' }),
      'owner id': await gh.mint('127.0.0.1', { repository_owner_id: '999' }),
      // workflow_ref does not count, job_workflow_ref does:
      'job workflow': await gh.mint('127.0.0.1', { job_workflow_ref: `${REPO}/.github/workflows/other.yml@refs/tags/v1` }),
      'job workflow ref': await gh.mint('127.0.0.1', { job_workflow_ref: `${REPO}/.github/workflows/release.yml@refs/heads/x` }),
    };
    for (const [what, jwt] of Object.entries(cases)) {
      const r = await exchange({ jwt });
      expect([what, r.status]).toEqual([what, 404]);
    }
    const reusable = await gh.mint('127.0.0.1', { workflow_ref: `${REPO}/.github/workflows/caller.yml@refs/tags/v1` });
    expect((await exchange({ jwt: reusable })).status).toBe(201);
    expect(server.exchanges().map((e) => e.status)).toContain(404);
  });

  it('matches an environment publisher only with that environment', async () => {
    gh.configure({ environment: 'release' });
    try {
      const { status } = await exchange({ jwt: await gh.mint('127.0.0.1') });
      expect(status).toBe(201);
      expect(server.exchanges().at(-1)?.gems.sort()).toEqual(['oidc-env-gem', 'oidc-gem']);
    } finally {
      gh.configure({ environment: undefined });
    }
    await exchange({ jwt: await gh.mint('127.0.0.1') });
    expect(server.exchanges().at(-1)?.gems).toEqual(['oidc-gem']);
  });

  describe.skipIf(!GEM_VERSION)(`with the real gem ${GEM_VERSION ?? '(missing)'}`, () => {
    let gemCount = 0;
    async function gemFile(name: string, version = '1.0.0'): Promise<string> {
      const dir = writeGemspec(join(server.dir, `src-${++gemCount}`), { name, version, metadata: { rubygems_mfa_required: 'true' } });
      return buildGem(dir, gemEnv(server));
    }
    const push = (file: string, key: string) => runGem(['push', file, '--host', server.url], { cwd: server.dir, env: gemEnv(server, key), timeoutMs: 20_000 });

    it("pushes the publisher's gem with the exchanged key and no OTP, and nothing else", async () => {
      const { body } = await exchange({ jwt: await gh.mint('127.0.0.1') });
      const ok = await push(await gemFile('oidc-gem'), body.rubygems_api_key);
      expect(ok.stdout).toContain('Successfully registered gem: oidc-gem (1.0.0)');
      expect(ok.exitCode).toBe(0);
      expect(server.attempts().at(-1)).toMatchObject({ gem: 'oidc-gem', otp: null, outcome: 'accepted', user: body.name });

      const other = await push(await gemFile('other-gem'), body.rubygems_api_key);
      expect(other.exitCode).toBe(1);
      expect(other.stdout).toContain(GEM_TEXT.notAllowed);
    });

    it('stops accepting the key after 15 minutes', async () => {
      const { body } = await exchange({ jwt: await gh.mint('127.0.0.1') });
      const file = await gemFile('oidc-gem', '1.0.1');
      server.configure({ clockOffsetMs: 15 * 60_000 + 1_000 });
      try {
        const r = await push(file, body.rubygems_api_key);
        expect(r.exitCode).toBe(1);
        expect(r.stdout).toContain(GEM_TEXT.badKey);
      } finally {
        server.configure({ clockOffsetMs: 0 });
      }
    });
  });
});
