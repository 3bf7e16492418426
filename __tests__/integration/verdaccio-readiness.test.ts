// The account reads of a readiness audit on the Verdaccio gate (verdaccio-otp-gate/readiness.js), proved against
// the real `npm whoami`, `npm token list`, `npm profile get`, `npm access get status` and `npm trust list` of npm 11
// (on PATH) and npm 12 (from test-support/clients, on Node 24): what each command prints from the double's answers
// (the shapes the action's parser will read), the requests it sent, that none but trust asks for or spends a code,
// that an expired token is refused as npmjs refuses it, and how a security-key-only account looks.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientPath, clientVersion } from '../../test-support/clients.js';
import { startGitHubOidc, type GitHubOidc } from '../../test-support/oidc/github-oidc.js';
import { npmEnv, runNpm, startRegistry, writePackage, type NpmGranularToken, type NpmProfile, type Read, type Registry } from '../../test-support/registry.js';
import { codeNow, wrongCode as wrongCodeOf } from '../../test-support/totp.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const REPO = 'octo-org/octo-repo';
const EOTP = 'npm error code EOTP';
const EXPIRED_NOTICE = 'npm notice Access token expired or revoked. Please try logging in again.';
const DAY_MS = 24 * 60 * 60 * 1000;
const code = () => codeNow(SECRET);
const wrongCode = () => wrongCodeOf(SECRET);
const esc = (name: string) => name.replace('/', '%2f');
const email = (user: string) => `${user}@example.com`;
const sha512 = (text: string) => createHash('sha512').update(text).digest('hex');
/** How the double (like npmjs) shows a listed token. */
const truncated = (token: string) => `${token.slice(0, 8)}...${token.slice(-4)}`;
const lines = (text: string) => text.split('\n').map((line) => line.trimEnd());

let registry: Registry;
let gh: GitHubOidc;
/** Per npm major: its own users, so that token lists of the two runs do not mix. */
const users = ['maint', 'other', 'bot', 'key'] as const;
type Role = (typeof users)[number];
const tokens: Record<string, string> = {};
let count = 0;

beforeAll(async () => {
  [registry, gh] = await Promise.all([
    startRegistry({ gate: { secret: SECRET, toleranceSteps: 1, bypassUsers: ['bot11', 'bot12'] } }),
    startGitHubOidc({ repository: REPO }),
  ]);
  for (const major of [11, 12]) for (const role of users) tokens[`${role}${major}`] = await registry.addUser(`${role}${major}`);
});
afterAll(async () => Promise.all([registry?.stop(), gh?.stop()]));
beforeEach(() => registry.gate.reset());

/** Publishes name@version over plain HTTP with `otp` (npm's publish body, a stand-in tarball): the status. */
async function put(name: string, version: string, token: string, otp: string): Promise<number> {
  const tgz = `${name}-${version}.tgz`;
  const tarball = Buffer.from(`stand-in tarball of ${name}@${version}`);
  const body = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: { [version]: { name, version, _id: `${name}@${version}`, dist: { tarball: `${registry.url}${name}/-/${tgz}` } } },
    _attachments: { [tgz]: { content_type: 'application/octet-stream', data: tarball.toString('base64'), length: tarball.length } },
  };
  const res = await fetch(`${registry.url}${esc(name)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'npm-otp': otp },
    body: JSON.stringify(body),
  });
  await res.text();
  return res.status;
}

/** Publishes name@version with a fresh code; the attempt is cleared. */
async function seed(name: string, version: string, token: string): Promise<void> {
  expect(await put(name, version, token, code())).toBe(201);
  await registry.gate.reset();
}

/** The reads npm made since the last reset: [kind, path, npm-command, npm-otp, user, status]. */
async function npmReads(): Promise<Array<[Read['kind'], string, string | null, string | null, string | null, number | null]>> {
  return (await registry.gate.reads()).flatMap((read) =>
    read.command ? [[read.kind, read.path, read.command, read.otp, read.user, read.status] as const] : [],
  ) as never;
}

describe.each([11, 12] as const)('npm %i against the readiness reads', (major) => {
  const user = (role: Role) => `${role}${major}`;
  const tokenOf = (role: Role) => tokens[user(role)]!;
  const scope = `@ready${major}`;
  /** Runs npm (npm 12: from test-support/clients on Node 24) without a TTY, as `role` (or with `token`). */
  function npm(args: string[], opts: { as?: Role; token?: string; otp?: string; env?: Record<string, string> } = {}) {
    const env = npmEnv(registry, opts.token ?? tokenOf(opts.as ?? 'maint'), opts.env);
    if (major === 12) env.PATH = clientPath({ npm: 12 });
    const flags = ['--registry', registry.url, '--no-update-notifier', '--fetch-retries=0', ...(opts.otp ? [`--otp=${opts.otp}`] : [])];
    return runNpm([...args, ...flags], { cwd: registry.dir, env });
  }

  it(`is npm ${major}`, async () => {
    const version = (await npm(['--version'])).stdout.trim();
    expect(version).toEqual(major === 12 ? clientVersion('npm') : expect.stringMatching(/^11\./));
  });

  it('whoami: GET /-/whoami answers the token’s user (text and --json), an exchanged trusted-publishing token’s too; no code is asked or judged', async () => {
    const plain = await npm(['whoami']);
    expect(plain.exitCode, plain.stderr).toBe(0);
    expect(plain.stdout).toBe(`${user('maint')}\n`);
    const good = code();
    const json = await npm(['whoami', '--json'], { otp: good });
    expect(JSON.parse(json.stdout)).toBe(user('maint'));
    expect(await npmReads()).toEqual([
      ['whoami', '/-/whoami', 'whoami', null, user('maint'), 200],
      ['whoami', '/-/whoami', 'whoami', good, user('maint'), 200],
    ]);
    expect(await registry.gate.attempts()).toEqual([]);

    const name = `${scope}/whoami`;
    await seed(name, '1.0.0', tokenOf('maint'));
    await registry.gate.configure({ oidc: { issuer: gh.issuer, jwks: gh.jwks, trustedPublishers: { [name]: { repository: REPO, workflow: 'release.yml' } } } });
    const res = await fetch(`${registry.url}-/npm/v1/oidc/token/exchange/package/${esc(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await gh.mint('npm:127.0.0.1')}` },
    });
    expect(res.status).toBe(201);
    try {
      const oidc = await npm(['whoami'], { token: ((await res.json()) as { token: string }).token });
      expect(oidc.exitCode, oidc.stderr).toBe(0);
      expect(oidc.stdout.trim()).toBe('oidc-trusted-publisher');
    } finally {
      await registry.gate.configure({ oidc: null });
    }
  });

  it('token list: GET /-/npm/v1/tokens page by page, every token of the caller as npmjs lists it (human, --json, --parseable), expired ones included; no code spent', async () => {
    const first = tokenOf('maint');
    const second = await registry.login(user('maint'), first);
    const third = await registry.login(user('maint'), first);
    const soon = new Date(Date.now() + 30 * DAY_MS).toISOString();
    const past = '2026-01-02T03:04:05.000Z';
    await registry.gate.configure({
      tokensPerPage: 2,
      userTokens: {
        [user('maint')]: { name: 'ci-publish', description: 'Publish from CI', expires: soon, packages: [`${scope}/a`] },
        [second]: { expires: null, readonly: true, name: 'read-only' },
        [third]: { expires: past },
      },
    });

    const json = await npm(['token', 'list', '--json']);
    expect(json.exitCode, json.stderr).toBe(0);
    const listed = JSON.parse(json.stdout) as Array<NpmGranularToken & { id: string }>;
    const base = { description: 'Publish from CI', cidr: [], bypass_2fa: false, revoked: null, scopes: [{ name: `${scope}/a`, type: 'package' }] };
    const write = [{ name: 'package', action: 'write' }];
    expect(listed.map(({ id, created, updated, accessed, ...rest }) => rest)).toEqual([
      { ...base, name: 'ci-publish', key: sha512(first), token: truncated(first), expiry: soon, permissions: write },
      { ...base, name: 'read-only', key: sha512(second), token: truncated(second), expiry: null, permissions: [{ name: 'package', action: 'read' }] },
      { ...base, name: 'ci-publish', key: sha512(third), token: truncated(third), expiry: past, permissions: write },
    ]);
    // npm adds `id`: the shortest unique prefix of `key`, at least 6 characters.
    for (const entry of listed) expect(entry.key.startsWith(entry.id) && entry.id.length >= 6).toBe(true);
    expect(new Set(listed.map((entry) => entry.id)).size).toBe(3);
    expect(listed[0]!.accessed).not.toBeNull(); // the token npm just used
    expect(listed[2]!.accessed).toBeNull(); // the expired one was never used
    for (const entry of listed) expect(Date.parse(entry.created)).toBeLessThanOrEqual(Date.now());

    const human = await npm(['token', 'list']);
    expect(lines(human.stdout)).toEqual([
      ...listed.flatMap((entry) => [`Token ${entry.token}… with id ${entry.id} name ${entry.name} created ${entry.created.slice(0, 10)}`, '']),
      '',
    ]);
    const parseable = await npm(['token', 'list', '--parseable']);
    expect(lines(parseable.stdout)).toEqual([
      'key\ttoken\tid\tname\tcreated\treadonly\tCIDR whitelist',
      // granular tokens carry no `readonly` or `cidr_whitelist`: npm prints false and nothing
      ...listed.map((entry) => `${entry.key}\t${entry.token}\t${entry.id}\t${entry.name}\t${entry.created}\tfalse`),
      '',
    ]);

    // Two pages of two each time (npm follows urls.next); no code asked; the reads carried none.
    const page = ['tokens', '/-/npm/v1/tokens', 'token', null, user('maint'), 200];
    const next = ['tokens', '/-/npm/v1/tokens?page=1&perPage=2', 'token', null, user('maint'), 200];
    expect(await npmReads()).toEqual([page, next, page, next, page, next]);

    // A code given to token list is sent but not spent: with reuse refused, a write can still use it.
    await registry.gate.configure({ allowReuse: false });
    try {
      await registry.gate.reset();
      const good = code();
      expect((await npm(['token', 'list', '--json'], { otp: good })).exitCode).toBe(0);
      expect((await npmReads()).map(([kind, , , otp]) => [kind, otp])).toEqual([
        ['tokens', good],
        ['tokens', good],
      ]);
      expect(await put(`${scope}/after-list`, '1.0.0', first, good)).toBe(201);
      expect((await registry.gate.attempts()).map((attempt) => [attempt.otp, attempt.outcome])).toEqual([[good, 'accepted']]);
    } finally {
      await registry.gate.configure({ allowReuse: true, userTokens: {}, tokensPerPage: 10 });
    }
  });

  it('token list: a bypass-2FA token says bypass_2fa; a classic-shaped token prints its read-only flag and IP whitelist', async () => {
    await registry.gate.configure({ userTokens: { [user('other')]: { shape: 'classic', readonly: true, cidr: ['10.0.0.0/8'] } } });
    try {
      const bot = JSON.parse((await npm(['token', 'list', '--json'], { as: 'bot' })).stdout) as NpmGranularToken[];
      expect(bot.map((entry) => [entry.token, entry.bypass_2fa])).toEqual([[truncated(tokenOf('bot')), true]]);

      const classic = await npm(['token', 'list', '--json'], { as: 'other' });
      const [entry] = JSON.parse(classic.stdout) as Array<Record<string, unknown>>;
      expect(entry).toEqual({
        key: sha512(tokenOf('other')),
        token: truncated(tokenOf('other')),
        cidr_whitelist: ['10.0.0.0/8'],
        readonly: true,
        created: expect.any(String),
        updated: expect.any(String),
        id: expect.any(String),
      });
      const human = await npm(['token', 'list'], { as: 'other' });
      expect(lines(human.stdout)).toEqual([
        `Token ${truncated(tokenOf('other'))}… with id ${entry!.id} name undefined created ${String(entry!.created).slice(0, 10)}`,
        'with IP whitelist: 10.0.0.0/8',
        '',
        '',
      ]);
    } finally {
      await registry.gate.configure({ userTokens: {} });
    }
  });

  it('an expired token is refused as npmjs refuses it: an npm notice on every answer, 401 for account reads, 404 for a publish, public reads still served', async () => {
    const name = `${scope}/expiring`;
    await seed(name, '1.0.0', tokenOf('maint'));
    const expired = await registry.login(user('maint'), tokenOf('maint'));
    await registry.gate.configure({ userTokens: { [expired]: { expires: new Date(Date.now() - 60_000).toISOString() } } });
    try {
      for (const [args, path] of [
        [['whoami'], '-/whoami'],
        [['token', 'list'], '-/npm/v1/tokens'],
        [['profile', 'get'], '-/npm/v1/user'],
      ] as const) {
        const refused = await npm([...args], { token: expired });
        expect(refused.exitCode, args.join(' ')).toBe(1);
        expect(refused.stderr).toContain(EXPIRED_NOTICE);
        expect(refused.stderr).toContain('npm error code E401');
        expect(refused.stderr).toContain(`npm error 401 Unauthorized - GET ${registry.url}${path}`);
      }
      expect((await npmReads()).map(([kind, , , , who, status]) => [kind, who, status])).toEqual([
        ['whoami', null, 401],
        ['tokens', null, 401],
        ['profile', null, 401],
      ]);

      const view = await npm(['view', name, 'version'], { token: expired });
      expect(view.exitCode, view.stderr).toBe(0);
      expect(view.stdout.trim()).toBe('1.0.0');
      // The answer carries the notice too, but npm prints none for a response it stores in its cache.
      const raw = await fetch(`${registry.url}${esc(name)}`, { headers: { authorization: `Bearer ${expired}` } });
      expect([raw.status, raw.headers.get('npm-notice')]).toEqual([200, EXPIRED_NOTICE.replace('npm notice ', '')]);

      const cwd = writePackage(join(registry.dir, 'expiring', `${++count}`), { name, version: '1.1.0' });
      const publish = await runNpm(['publish', '--registry', registry.url, '--no-update-notifier', '--fetch-retries=0', `--otp=${code()}`], {
        cwd,
        env: { ...npmEnv(registry, expired), ...(major === 12 ? { PATH: clientPath({ npm: 12 }) } : {}) },
      });
      expect(publish.exitCode).toBe(1);
      expect(publish.stderr).toContain(EXPIRED_NOTICE);
      expect(publish.stderr).toContain('npm error code E404');
      expect(publish.stderr).toContain(`npm error 404 Not Found - PUT ${registry.url}${esc(name)} - Not found`);
      expect(Object.keys((await registry.packument(name)).versions)).toEqual(['1.0.0']);
      expect(await registry.gate.attempts()).toEqual([]); // refused before the gate judged anything

      // The user's live token still works, and lists the expired one with its expiry.
      const listed = JSON.parse((await npm(['token', 'list', '--json'])).stdout) as NpmGranularToken[];
      const entry = listed.find((token) => token.key === sha512(expired));
      expect(Date.parse(entry!.expiry!)).toBeLessThan(Date.now());
    } finally {
      await registry.gate.configure({ userTokens: {} });
    }
  });

  it('profile get: GET /-/npm/v1/user, no code asked; tfa auth-and-writes, auth-only, pending and disabled as npm prints them; without 2FA only a bypass token publishes', async () => {
    await registry.gate.configure({ profiles: { [user('maint')]: { fullname: `Maintainer ${major}` } } });
    try {
      const json = await npm(['profile', 'get', '--json']);
      expect(json.exitCode, json.stderr).toBe(0);
      const profile = JSON.parse(json.stdout) as NpmProfile;
      // npm drops a null cidr_whitelist before printing.
      expect(profile).toEqual({
        tfa: { mode: 'auth-and-writes', pending: false },
        name: user('maint'),
        email: email(user('maint')),
        email_verified: true,
        created: expect.any(String),
        updated: expect.any(String),
        fullname: `Maintainer ${major}`,
      });
      const human = await npm(['profile', 'get']);
      // npm 12 no longer lists freenode and twitter.
      const social = major === 11 ? ['freenode: ', 'twitter: '] : [];
      expect(lines(human.stdout)).toEqual([
        `name: ${user('maint')}`,
        `email: ${email(user('maint'))} (verified)`,
        'two-factor auth: auth-and-writes',
        `fullname: Maintainer ${major}`,
        'homepage:',
        ...social.map((line) => line.trimEnd()),
        'github:',
        `created: ${profile.created}`,
        `updated: ${profile.updated}`,
        '',
      ]);
      const good = code();
      const tfa = await npm(['profile', 'get', 'two-factor auth'], { otp: good });
      expect(tfa.stdout).toBe('auth-and-writes\n');
      expect(await npmReads()).toEqual([
        ['profile', '/-/npm/v1/user', 'profile', null, user('maint'), 200],
        ['profile', '/-/npm/v1/user', 'profile', null, user('maint'), 200],
        ['profile', '/-/npm/v1/user', 'profile', good, user('maint'), 200],
      ]);
      expect(await registry.gate.attempts()).toEqual([]);

      for (const [setting, shown, tfaJson] of [
        ['auth-only', 'auth-only', { mode: 'auth-only', pending: false }],
        ['pending', 'disabled', { mode: 'auth-and-writes', pending: true }],
        [false, 'disabled', false],
      ] as const) {
        await registry.gate.configure({ profiles: { [user('other')]: { tfa: setting, emailVerified: false, cidrWhitelist: ['192.168.0.0/16'] } } });
        const got = JSON.parse((await npm(['profile', 'get', '--json'], { as: 'other' })).stdout) as NpmProfile;
        expect([got.tfa, got.email_verified, got.cidr_whitelist]).toEqual([tfaJson, false, ['192.168.0.0/16']]);
        const text = lines((await npm(['profile', 'get'], { as: 'other' })).stdout);
        expect(text).toContain(`two-factor auth: ${shown}`);
        expect(text).toContain(`email: ${email(user('other'))}(unverified)`); // sic: npm adds no space
        expect(text).toContain('cidr_whitelist: 192.168.0.0/16');
      }
      // Without 2FA (the profile above), npm refuses the publish of a token that does not bypass 2FA, in
      // npmjs's words; with 2FA for sign-in only, the same token publishes without a code.
      await registry.gate.reset();
      const env = { ...npmEnv(registry, tokenOf('other')), ...(major === 12 ? { PATH: clientPath({ npm: 12 }) } : {}) };
      const publish = () => {
        const cwd = writePackage(join(registry.dir, 'no-tfa', `${++count}`), { name: `${scope}/no-tfa`, version: '1.0.0' });
        return runNpm(['publish', '--registry', registry.url, '--no-update-notifier', '--fetch-retries=0'], { cwd, env });
      };
      const refused = await publish();
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toContain('npm error code E403');
      expect(refused.stderr).toContain('Two-factor authentication or granular access token with bypass 2fa enabled is required to publish packages.');
      await registry.gate.configure({ profiles: { [user('other')]: { tfa: 'auth-only' } } });
      const published = await publish();
      expect(published.exitCode, published.stderr).toBe(0);
      expect((await registry.gate.attempts()).map((attempt) => [attempt.kind, attempt.user, attempt.otp, attempt.outcome])).toEqual([
        ['publish', user('other'), null, 'tfa-required'],
        ['publish', user('other'), null, 'accepted'],
      ]);
    } finally {
      await registry.gate.configure({ profiles: {} });
    }
  });

  it('a security-key-only account: the profile reads like a TOTP one (auth-and-writes), but a write with a right TOTP code gets the browser challenge', async () => {
    await registry.gate.configure({ profiles: { [user('key')]: { tfa: 'security-key' } } });
    try {
      const profile = JSON.parse((await npm(['profile', 'get', '--json'], { as: 'key' })).stdout) as NpmProfile;
      expect(profile.tfa).toEqual({ mode: 'auth-and-writes', pending: false });
      const name = `${scope}/security-key`;
      const cwd = writePackage(join(registry.dir, 'security-key', `${++count}`), { name, version: '1.0.0' });
      const env = { ...npmEnv(registry, tokenOf('key')), ...(major === 12 ? { PATH: clientPath({ npm: 12 }) } : {}) };
      const good = code();
      const refused = await runNpm(['publish', '--registry', registry.url, '--no-update-notifier', '--fetch-retries=0', `--otp=${good}`], { cwd, env });
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toContain(EOTP);
      expect(refused.stderr).toContain('npm error This operation requires a one-time password.');
      expect(refused.stderr).toContain('npm error Open this URL in your browser to authenticate:');
      expect(refused.stderr).toContain(`npm error   ${registry.url}-/_test/auth/xyz`);
      expect((await registry.gate.attempts()).map((attempt) => [attempt.user, attempt.otp, attempt.outcome])).toEqual([[user('key'), good, 'webauthn']]);
      expect(await registry.packument(name)).toBeUndefined();
    } finally {
      await registry.gate.configure({ profiles: {} });
    }
  });

  it('access get status: GET /-/package/<esc>/visibility, no code; there is no read of the package’s 2FA setting', async () => {
    const name = `${scope}/status`;
    await seed(name, '1.0.0', tokenOf('maint'));
    const get = await npm(['access', 'get', 'status', name]);
    expect(get.exitCode, get.stderr).toBe(0);
    expect(get.stdout).toBe(`${name}: private\n`);
    await registry.gate.configure({ publicPackages: [name] });
    try {
      const json = await npm(['access', 'get', 'status', name, '--json'], { otp: code() });
      expect(JSON.parse(json.stdout)).toEqual({ [name]: 'public' });
    } finally {
      await registry.gate.configure({ publicPackages: [] });
    }
    expect((await npmReads()).map(([kind, path, command, , who, status]) => [kind, path, command, who, status])).toEqual([
      ['visibility', `/-/package/${esc(name)}/visibility`, 'access', user('maint'), 200],
      ['visibility', `/-/package/${esc(name)}/visibility`, 'access', user('maint'), 200],
    ]);
    const mfa = await npm(['access', 'get', 'mfa', name]);
    expect(mfa.exitCode).toBe(1);
    expect(mfa.stderr).toContain('get mfa is not a valid access command');
    expect(await registry.gate.attempts()).toEqual([]);
  });

  it('trust list: GET /-/package/<esc>/trust needs a code (EOTP without or with a wrong one), then prints the trusted publisher; refusals for bypass tokens, non-owners and security keys', async () => {
    const name = `${scope}/trusted`;
    const bare = `${scope}/untrusted`;
    await seed(name, '1.0.0', tokenOf('maint'));
    await seed(bare, '1.0.0', tokenOf('maint'));
    await registry.gate.configure({
      oidc: {
        issuer: gh.issuer,
        jwks: gh.jwks,
        trustedPublishers: { [name]: { repository: REPO, workflow: 'release.yml', environment: 'npm', allowStagePublish: true } },
      },
    });
    const [good, wrong] = [code(), wrongCode()];
    const list = ['trust', 'list', name];
    for (const otp of [undefined, wrong]) {
      const refused = await npm(list, { otp });
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toContain(EOTP);
      expect(refused.stderr).toContain('npm error This operation requires a one-time password from your authenticator.');
    }
    const listed = await npm(list, { otp: good });
    expect(listed.exitCode, listed.stderr).toBe(0);
    const id = /^id: (\S+)$/m.exec(listed.stdout)?.[1];
    expect(lines(listed.stdout)).toEqual([
      '',
      'type: github',
      `id: ${id}`,
      'file: release.yml',
      `repository: ${REPO}`,
      'environment: npm',
      'permissions: publish, stage publish',
      '',
      '',
    ]);
    const json = await npm([...list, '--json'], { otp: good });
    expect(JSON.parse(json.stdout)).toEqual({
      id,
      type: 'github',
      file: 'release.yml',
      repository: REPO,
      environment: 'npm',
      permissions: ['createPackage', 'createStagedPackage'],
    });
    const none = await npm(['trust', 'list', bare], { otp: good });
    expect(none.exitCode, none.stderr).toBe(0);
    expect(none.stdout).toBe(`No trust configurations found for package (${bare})\n`);

    const trust = `/-/package/${esc(name)}/trust`;
    expect((await registry.gate.reads()).map((read) => [read.kind, read.path, read.command, read.otp, read.status, read.outcome])).toEqual([
      ['trust', trust, 'trust', null, 401, 'missing'],
      ['trust', trust, 'trust', wrong, 401, 'invalid'],
      ['trust', trust, 'trust', good, 200, 'accepted'],
      ['trust', trust, 'trust', good, 200, 'accepted'],
      ['trust', `/-/package/${esc(bare)}/trust`, 'trust', good, 200, 'accepted'],
    ]);
    expect(await registry.gate.attempts()).toEqual([]); // reads: not write attempts

    const bypass = await npm(list, { as: 'bot', otp: good });
    expect(bypass.exitCode).toBe(1);
    expect(bypass.stderr).toContain(
      `npm error 403 403 Forbidden - GET ${registry.url}-/package/${esc(name)}/trust - granular access tokens that bypass two-factor authentication cannot manage trusted publishers`,
    );
    const stranger = await npm(list, { as: 'other', otp: good });
    expect(stranger.stderr).toContain(`403 Forbidden - GET ${registry.url}-/package/${esc(name)}/trust - ${user('other')} is not an owner of ${name}`);
    const missing = await npm(['trust', 'list', `${scope}/nothing`], { otp: good });
    expect(missing.stderr).toContain(`404 Not Found - GET ${registry.url}-/package/${esc(`${scope}/nothing`)}/trust - Not found`);

    await registry.gate.configure({ profiles: { [user('maint')]: { tfa: 'security-key' } } });
    try {
      const browser = await npm(list, { otp: good });
      expect(browser.exitCode).toBe(1);
      expect(browser.stderr).toContain('npm error This operation requires a one-time password.');
      expect(browser.stderr).toContain(`npm error   ${registry.url}-/_test/auth/xyz`);
    } finally {
      await registry.gate.configure({ profiles: {}, oidc: null });
    }
    expect((await registry.gate.reads()).slice(5).map((read) => [read.user, read.status, read.outcome])).toEqual([
      [user('bot'), 403, 'bypass-not-allowed'],
      [user('other'), 403, 'not-owner'],
      [user('maint'), 404, 'not-found'],
      [user('maint'), 401, 'webauthn'],
    ]);
  });
});

describe('the readiness double over plain HTTP', () => {
  const get = (path: string, token?: string) => fetch(registry.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('anonymous account reads are 401 {}; pages out of range or malformed are 400; bad options are refused', async () => {
    for (const path of ['-/whoami', '-/npm/v1/tokens', '-/npm/v1/user', `-/package/${esc('@ready11/trusted')}/trust`]) {
      const res = await get(path);
      expect([path, res.status, await res.json()]).toEqual([path, 401, {}]);
    }
    const token = tokens.maint11!;
    expect((await get('-/npm/v1/tokens?page=99', token)).status).toBe(400);
    expect((await get('-/npm/v1/tokens?perPage=0', token)).status).toBe(400);
    const page = (await (await get('-/npm/v1/tokens?page=0&perPage=1', token)).json()) as { objects: unknown[]; total: number; urls: { next?: string } };
    expect(page.objects).toHaveLength(1);
    expect(page.urls.next).toBe('/-/npm/v1/tokens?page=1&perPage=1');
    expect(page.total).toBeGreaterThanOrEqual(1);
    await expect(registry.gate.configure({ profiles: { x: { tfa: 'sms' as never } } })).rejects.toThrow(/profiles\.x\.tfa/);
    await expect(registry.gate.configure({ userTokens: { x: { expires: 'soon' } } })).rejects.toThrow(/userTokens\.x\.expires/);
    await expect(registry.gate.configure({ tokensPerPage: 0 })).rejects.toThrow(/tokensPerPage/);
  });

  it('an expired token follows the gate’s clock (clockOffsetMs)', async () => {
    const token = await registry.login('maint11', tokens.maint11!);
    await registry.gate.configure({ userTokens: { [token]: { expires: new Date(Date.now() + 3_600_000).toISOString() } } });
    try {
      expect((await get('-/whoami', token)).status).toBe(200);
      await registry.gate.configure({ clockOffsetMs: 2 * 3_600_000 });
      const late = await get('-/whoami', token);
      expect([late.status, late.headers.get('npm-notice')]).toEqual([401, 'Access token expired or revoked. Please try logging in again.']);
    } finally {
      await registry.gate.configure({ clockOffsetMs: 0, userTokens: {} });
    }
  });
});
