// Package administration on the Verdaccio gate (verdaccio-otp-gate/admin.js), proved against the real
// `npm dist-tag`, `npm owner`, `npm deprecate` and `npm access` of npm 11 (on PATH) and npm 12 (from
// test-support/clients, on Node 24): every write needs a code as on npmjs (EOTP without one or with a
// wrong one), lands with a right one and shows in the next read; reads spend no code; the owners are
// the packument's maintainers; "require 2FA and disallow tokens" refuses every token publish. Each
// test pins the requests npm sent (method, path, body, headers), which the action will send itself.
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientPath, clientVersion } from '../../test-support/clients.js';
import { startGitHubOidc, type GitHubOidc } from '../../test-support/oidc/github-oidc.js';
import { npmEnv, runNpm, startRegistry, writePackage, type Attempt, type AttemptKind, type Read, type Registry } from '../../test-support/registry.js';
import { codeNow, wrongCode as wrongCodeOf } from '../../test-support/totp.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const REPO = 'octo-org/octo-repo';
const EOTP = 'npm error code EOTP';
const code = () => codeNow(SECRET);
const wrongCode = () => wrongCodeOf(SECRET);
/** A package name as npm puts it in a path (`@scope%2fname`). */
const esc = (name: string) => name.replace('/', '%2f');
const email = (user: string) => `${user}@example.com`;

let registry: Registry;
let gh: GitHubOidc;
const tokens: Record<'alice' | 'bob' | 'carol' | 'bot', string> = { alice: '', bob: '', carol: '', bot: '' };
let count = 0;

beforeAll(async () => {
  // ±1 step, so that a code made just before a 30 s boundary still passes.
  [registry, gh] = await Promise.all([
    startRegistry({ gate: { secret: SECRET, toleranceSteps: 1, bypassUsers: ['bot'] } }),
    startGitHubOidc({ repository: REPO }),
  ]);
  for (const user of Object.keys(tokens) as Array<keyof typeof tokens>) tokens[user] = await registry.addUser(user);
});
afterAll(async () => Promise.all([registry?.stop(), gh?.stop()]));
beforeEach(() => registry.gate.reset());

/** Publishes name@version with a code over plain HTTP (npm's publish body, a stand-in tarball); the attempt is cleared. */
async function seed(name: string, version: string, { tag = 'latest', token = tokens.alice } = {}): Promise<void> {
  const tgz = `${name}-${version}.tgz`;
  const tarball = Buffer.from(`stand-in tarball of ${name}@${version}`);
  const body = {
    _id: name,
    name,
    'dist-tags': { [tag]: version },
    versions: { [version]: { name, version, _id: `${name}@${version}`, dist: { tarball: `${registry.url}${name}/-/${tgz}` } } },
    _attachments: { [tgz]: { content_type: 'application/octet-stream', data: tarball.toString('base64'), length: tarball.length } },
  };
  const res = await fetch(`${registry.url}${esc(name)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'npm-otp': code() },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.text()).toBe(201);
  await registry.gate.reset();
}

/** The requests of one kind of write, as the gate recorded them. */
async function writes(kind: AttemptKind) {
  return (await registry.gate.attempts())
    .filter((attempt) => attempt.kind === kind)
    .map(({ method, path, user, otp, outcome, command, authType, contentType, body }: Attempt) => ({
      method,
      path,
      user,
      otp,
      outcome,
      command,
      authType,
      contentType,
      body,
    }));
}

/** The reads npm made (those with an npm-command header) since the last reset: [kind, path, npm-otp]. */
async function npmReads(): Promise<Array<[Read['kind'], string, string | null]>> {
  return (await registry.gate.reads()).flatMap((read) => (read.command ? [[read.kind, read.path, read.otp] as [Read['kind'], string, string | null]] : []));
}

async function exchange(name: string): Promise<string> {
  await registry.gate.configure({ oidc: { issuer: gh.issuer, jwks: gh.jwks, trustedPublishers: { [name]: { repository: REPO, workflow: 'release.yml' } } } });
  const res = await fetch(`${registry.url}-/npm/v1/oidc/token/exchange/package/${esc(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await gh.mint('npm:127.0.0.1')}` },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

describe.each([11, 12] as const)('npm %i against the administration double', (major) => {
  const scope = `@admin${major}`;
  /** Runs npm (npm 12: from test-support/clients on Node 24) without a TTY; `otp` as --otp. */
  function npm(args: string[], opts: { token?: string; otp?: string; cwd?: string; env?: Record<string, string> } = {}) {
    const env = npmEnv(registry, opts.token ?? tokens.alice, opts.env);
    if (major === 12) env.PATH = clientPath({ npm: 12 });
    const flags = ['--registry', registry.url, '--no-update-notifier', '--fetch-retries=0', ...(opts.otp ? [`--otp=${opts.otp}`] : [])];
    return runNpm([...args, ...flags], { cwd: opts.cwd ?? registry.dir, env });
  }

  it(`is npm ${major}`, async () => {
    const version = (await npm(['--version'])).stdout.trim();
    expect(version).toEqual(major === 12 ? clientVersion('npm') : expect.stringMatching(/^11\./));
  });

  it('dist-tag add and rm need a code (EOTP without one or with a wrong one); the tags read before each write and by ls spend none', async () => {
    const name = `${scope}/tags`;
    await seed(name, '1.0.0');
    await seed(name, '1.1.0', { tag: 'next' });
    const [good, wrong] = [code(), wrongCode()];
    const add = ['dist-tag', 'add', `${name}@1.1.0`, 'beta'];

    const none = await npm(add);
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toContain(EOTP);
    expect((await npm(add, { otp: wrong })).stderr).toContain(EOTP);
    expect((await registry.packument(name))['dist-tags']).toEqual({ latest: '1.0.0', next: '1.1.0' });
    const added = await npm(add, { otp: good });
    expect(added.exitCode, added.stderr).toBe(0);
    expect(added.stdout.trim()).toBe(`+beta: ${name}@1.1.0`);
    const ls = await npm(['dist-tag', 'ls', name]);
    expect(ls.stdout.trim()).toBe('beta: 1.1.0\nlatest: 1.0.0\nnext: 1.1.0');

    // PUT /-/package/<esc>/dist-tags/<tag>, the version as a JSON string; npm-auth-type legacy once a code is set.
    const put = {
      method: 'PUT',
      path: `/-/package/${esc(name)}/dist-tags/beta`,
      user: 'alice',
      command: 'dist-tag',
      contentType: 'application/json',
      body: '1.1.0',
    };
    expect(await writes('dist-tag')).toEqual([
      { ...put, otp: null, outcome: 'missing', authType: 'web' },
      { ...put, otp: wrong, outcome: 'invalid', authType: 'legacy' },
      { ...put, otp: good, outcome: 'accepted', authType: 'legacy' },
    ]);
    // Each command read the tags first (with the code it had), and nothing else.
    const tags = `/-/package/${esc(name)}/dist-tags`;
    expect(await npmReads()).toEqual([
      ['dist-tags', tags, null],
      ['dist-tags', tags, wrong],
      ['dist-tags', tags, good],
      ['dist-tags', tags, null],
    ]);

    await registry.gate.reset();
    // Already there: npm writes nothing. A version the registry lacks: the code is spent, then 404.
    expect((await npm(add, { otp: good })).stderr).toContain('beta is already set to version 1.1.0');
    const missing = await npm(['dist-tag', 'add', `${name}@9.9.9`, 'gamma'], { otp: good });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain(`404 Not Found - PUT ${registry.url}-/package/${esc(name)}/dist-tags/gamma - this version doesn't exist`);
    expect((await writes('dist-tag')).map((write) => [write.path, write.outcome])).toEqual([[`${tags}/gamma`, 'accepted']]);

    await registry.gate.reset();
    const rm = ['dist-tag', 'rm', name, 'beta'];
    expect((await npm(rm)).stderr).toContain(EOTP);
    const removed = await npm(rm, { otp: good });
    expect(removed.exitCode, removed.stderr).toBe(0);
    expect(removed.stdout.trim()).toBe(`-beta: ${name}@1.1.0`);
    expect((await npm(['dist-tag', 'rm', name, 'nope'], { otp: good })).stderr).toContain(`nope is not a dist-tag on ${name}`);
    expect((await npm(['dist-tag', 'ls', name])).stdout.trim()).toBe('latest: 1.0.0\nnext: 1.1.0');
    const del = { method: 'DELETE', path: `${tags}/beta`, user: 'alice', command: 'dist-tag', contentType: null, body: null };
    expect(await writes('dist-tag')).toEqual([
      { ...del, otp: null, outcome: 'missing', authType: 'web' },
      { ...del, otp: good, outcome: 'accepted', authType: 'legacy' },
    ]);
  });

  it('owner ls/add/rm: the owners are the maintainers of the packument; writes need a code; unknown users, non-owners and the last owner are refused', async () => {
    const name = `${scope}/owners`;
    await seed(name, '1.0.0');
    expect((await registry.gate.owners())[name]).toEqual([{ name: 'alice', email: email('alice') }]);
    expect((await npm(['owner', 'ls', name])).stdout.trim()).toBe(`alice <${email('alice')}>`);
    await registry.gate.reset();
    const [good, wrong] = [code(), wrongCode()];
    const rev = (await registry.packument(name))._rev as string;

    // npm reports a refused owner write as EOWNERMUTATE, with npm-registry-fetch's EOTP message.
    for (const otp of [undefined, wrong]) {
      const refused = await npm(['owner', 'add', 'bob', name], { otp });
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toContain('npm error code EOWNERMUTATE');
      expect(refused.stderr).toContain('Failed to update package: "OTP required for authentication"');
    }
    expect((await registry.packument(name)).maintainers).toEqual([{ name: 'alice', email: email('alice') }]);
    const add = await npm(['owner', 'add', 'bob', name], { otp: good });
    expect(add.exitCode, add.stderr).toBe(0);
    expect(add.stdout.trim()).toBe(`+ bob (${name})`);
    expect((await npm(['owner', 'ls', name])).stdout.trim()).toBe(`alice <${email('alice')}>\nbob <${email('bob')}>`);

    // PUT /<esc>/-rev/<_rev> with {_id, _rev, maintainers}: the owners npm read, plus the user it looked up.
    const maintainers = [
      { name: 'alice', email: email('alice') },
      { name: 'bob', email: email('bob') },
    ];
    const put = {
      method: 'PUT',
      path: `/${esc(name)}/-rev/${rev}`,
      user: 'alice',
      command: 'owner',
      contentType: 'application/json',
      body: { _id: name, _rev: rev, maintainers },
    };
    expect(await writes('owner')).toEqual([
      { ...put, otp: null, outcome: 'missing', authType: 'web' },
      { ...put, otp: wrong, outcome: 'invalid', authType: 'legacy' },
      { ...put, otp: good, outcome: 'accepted', authType: 'legacy' },
    ]);
    // Each add looked the user up, then read the packument (revalidating npm's cache), the code on both when set.
    const user = '/-/user/org.couchdb.user:bob';
    expect(await npmReads()).toEqual([
      ...[null, wrong, good].flatMap((otp) => [
        ['user', user, otp],
        ['packument', `/${esc(name)}`, otp],
      ]),
      ['packument', `/${esc(name)}`, null],
    ]);

    await registry.gate.reset();
    const unknown = await npm(['owner', 'add', 'nobody', name], { otp: good });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('Error getting user data for nobody');
    expect(unknown.stderr).toContain(`404 Not Found - GET ${registry.url}-/user/org.couchdb.user:nobody`);
    expect((await npm(['owner', 'add', 'bob', name], { otp: good })).exitCode).toBe(0); // already an owner: nothing written
    const stranger = await npm(['owner', 'add', 'carol', name], { token: tokens.carol, otp: good });
    expect(stranger.exitCode).toBe(1);
    expect(stranger.stderr).toContain('npm error code EOWNERMUTATE');
    expect(stranger.stderr).toContain(`403 Forbidden - PUT ${registry.url}${esc(name)}/-rev/${rev} - carol is not an owner of ${name}`);
    expect((await writes('owner')).map((write) => [write.user, write.otp, write.outcome])).toEqual([['carol', good, 'not-owner']]);

    const rm = await npm(['owner', 'rm', 'alice', name], { otp: good });
    expect(rm.exitCode, rm.stderr).toBe(0);
    expect(rm.stdout.trim()).toBe(`- alice (${name})`);
    expect((await npm(['owner', 'ls', name])).stdout.trim()).toBe(`bob <${email('bob')}>`);
    expect((await registry.gate.owners())[name]).toEqual([{ name: 'bob', email: email('bob') }]);
    const last = await npm(['owner', 'rm', 'bob', name], { token: tokens.bob, otp: good });
    expect(last.exitCode).toBe(1);
    expect(last.stderr).toContain('npm error code EOWNERRM');
    expect(last.stderr).toContain('Cannot remove all owners of a package. Add someone else first.');
    // alice is no owner any more: her dist-tag write is refused before her code is judged.
    const tag = await npm(['dist-tag', 'add', `${name}@1.0.0`, 'stable'], { otp: good });
    expect(tag.stderr).toContain(`403 Forbidden - PUT ${registry.url}-/package/${esc(name)}/dist-tags/stable - alice is not an owner of ${name}`);
    const after = await registry.gate.attempts();
    expect(after.map((attempt) => [attempt.kind, attempt.user, attempt.outcome])).toEqual([
      ['owner', 'carol', 'not-owner'],
      ['owner', 'alice', 'accepted'],
      ['dist-tag', 'alice', 'not-owner'],
    ]);
    expect(after[1]!.body).toEqual({ _id: name, _rev: rev, maintainers: [{ name: 'bob', email: email('bob') }] });
  });

  it('deprecate: a range (prereleases too) needs a code; npm view shows it; "" un-deprecates; no match writes nothing', async () => {
    const name = `${scope}/old`;
    await seed(name, '1.0.0');
    await seed(name, '1.1.0-beta.1', { tag: 'next' });
    await seed(name, '2.0.0');
    const [good, wrong] = [code(), wrongCode()];
    const deprecate = ['deprecate', `${name}@<2`, 'use 2'];
    expect((await npm(deprecate)).stderr).toContain(EOTP);
    expect((await npm(deprecate, { otp: wrong })).stderr).toContain(EOTP);
    expect((await registry.packument(name)).versions['1.0.0'].deprecated).toBeUndefined();
    const done = await npm(deprecate, { otp: good });
    expect(done.exitCode, done.stderr).toBe(0);
    expect(done.stderr).toContain(`deprecating ${name}@1.1.0-beta.1 with message "use 2"`);
    expect((await npm(['view', `${name}@1.0.0`, 'deprecated'])).stdout.trim()).toBe('use 2');
    const versions = (await registry.packument(name)).versions;
    expect([versions['1.0.0'].deprecated, versions['1.1.0-beta.1'].deprecated, versions['2.0.0'].deprecated]).toEqual(['use 2', 'use 2', undefined]);

    // PUT /<esc> (no -rev) with the whole document: every version, the matching ones deprecated, no attachments.
    const body = { versions: ['1.0.0', '1.1.0-beta.1', '2.0.0'], deprecated: { '1.0.0': 'use 2', '1.1.0-beta.1': 'use 2' }, _attachments: {} };
    const put = { method: 'PUT', path: `/${esc(name)}`, user: 'alice', command: 'deprecate', contentType: 'application/json', body };
    expect(await writes('deprecate')).toEqual([
      { ...put, otp: null, outcome: 'missing', authType: 'web' },
      { ...put, otp: wrong, outcome: 'invalid', authType: 'legacy' },
      { ...put, otp: good, outcome: 'accepted', authType: 'legacy' },
    ]);
    const doc = `/${esc(name)}?write=true`;
    expect(await npmReads()).toEqual([
      ['packument', doc, null],
      ['packument', doc, wrong],
      ['packument', doc, good],
      ['packument', `/${esc(name)}`, null], // npm view
    ]);

    await registry.gate.reset();
    const undo = await npm(['deprecate', `${name}@1.0.0`, ''], { otp: good });
    expect(undo.exitCode, undo.stderr).toBe(0);
    expect((await npm(['view', `${name}@1.0.0`, 'deprecated'])).stdout.trim()).toBe('');
    expect((await npm(['view', `${name}@1.1.0-beta.1`, 'deprecated'])).stdout.trim()).toBe('use 2');
    expect('deprecated' in (await registry.packument(name)).versions['1.0.0']).toBe(false); // Verdaccio drops ""
    const nothing = await npm(['deprecate', `${name}@9`, 'gone'], { otp: good });
    expect(nothing.exitCode).toBe(0);
    expect(nothing.stderr).toContain('No version found for 9');
    const stranger = await npm(['deprecate', `${name}@2.0.0`, 'mine now'], { token: tokens.bob, otp: good });
    expect(stranger.stderr).toContain(`403 Forbidden - PUT ${registry.url}${esc(name)} - bob is not an owner of ${name}`);
    expect((await writes('deprecate')).map((write) => [write.user, write.outcome, write.body])).toEqual([
      ['alice', 'accepted', { ...body, deprecated: { '1.0.0': '', '1.1.0-beta.1': 'use 2' } }],
      ['bob', 'not-owner', { ...body, deprecated: { '1.1.0-beta.1': 'use 2', '2.0.0': 'mine now' } }],
    ]);
  });

  it('access set status=public|private and mfa=none|publish|automation need a code; get status reads the visibility without one', async () => {
    const name = `${scope}/access`;
    await seed(name, '1.0.0');
    const [good, wrong] = [code(), wrongCode()];
    expect((await npm(['access', 'get', 'status', name])).stdout.trim()).toBe(`${name}: private`);
    const open = ['access', 'set', 'status=public', name];
    expect((await npm(open)).stderr).toContain(EOTP);
    const opened = await npm(open, { otp: good });
    expect(opened.exitCode, opened.stderr).toBe(0);
    expect(opened.stdout.trim()).toBe(`${name}: public`); // npm reads the status back
    expect((await npm(['access', 'get', 'status', name])).stdout.trim()).toBe(`${name}: public`);

    const mfa = (level: string) => ['access', 'set', `mfa=${level}`, name];
    expect((await npm(mfa('publish'))).stderr).toContain(EOTP);
    expect((await npm(mfa('publish'), { otp: wrong })).stderr).toContain(EOTP);
    expect((await registry.gate.settings())[name]).toEqual({ publicAccess: true, requireTfa: false, tokensOverrideTfa: true });
    for (const [level, settings] of [
      ['publish', { requireTfa: true, tokensOverrideTfa: false }],
      ['automation', { requireTfa: true, tokensOverrideTfa: true }],
      ['none', { requireTfa: false, tokensOverrideTfa: true }],
    ] as const) {
      const set = await npm(mfa(level), { otp: good });
      expect(set.exitCode, `${level}: ${set.stderr}`).toBe(0);
      expect((await registry.gate.settings())[name]).toEqual({ publicAccess: true, ...settings });
    }
    const closed = await npm(['access', 'set', 'status=private', name], { otp: good });
    expect(closed.stdout.trim()).toBe(`${name}: private`);

    // POST /-/package/<esc>/access with a JSON body; private is sent as restricted.
    const post = { method: 'POST', path: `/-/package/${esc(name)}/access`, user: 'alice', command: 'access', contentType: 'application/json' };
    const legacy = { ...post, authType: 'legacy' };
    expect(await writes('access')).toEqual([
      { ...post, otp: null, outcome: 'missing', authType: 'web', body: { access: 'public' } },
      { ...legacy, otp: good, outcome: 'accepted', body: { access: 'public' } },
      { ...post, otp: null, outcome: 'missing', authType: 'web', body: { publish_requires_tfa: true, automation_token_overrides_tfa: false } },
      { ...legacy, otp: wrong, outcome: 'invalid', body: { publish_requires_tfa: true, automation_token_overrides_tfa: false } },
      { ...legacy, otp: good, outcome: 'accepted', body: { publish_requires_tfa: true, automation_token_overrides_tfa: false } },
      { ...legacy, otp: good, outcome: 'accepted', body: { publish_requires_tfa: true, automation_token_overrides_tfa: true } },
      { ...legacy, otp: good, outcome: 'accepted', body: { publish_requires_tfa: false } },
      { ...legacy, otp: good, outcome: 'accepted', body: { access: 'restricted' } },
    ]);
    // The status is read from the visibility route: by get, and after each status write (with its code).
    const visibility = `/-/package/${esc(name)}/visibility`;
    expect(await npmReads()).toEqual([
      ['visibility', visibility, null],
      ['visibility', visibility, good],
      ['visibility', visibility, null],
      ['visibility', visibility, good],
    ]);
  });

  it('"require 2FA and disallow tokens" (mfa=publish) refuses a token publish with a right code, and a bypass token; trusted publishing and staging still publish', async () => {
    const name = `${scope}/locked`;
    await seed(name, '1.0.0');
    expect((await npm(['access', 'set', 'mfa=publish', name], { otp: code() })).exitCode).toBe(0);
    await registry.gate.reset();
    const publish = (version: string, opts: { token?: string; otp?: string; stage?: boolean } = {}) => {
      const cwd = writePackage(join(registry.dir, 'locked-src', `${++count}`), { name, version });
      return npm([...(opts.stage ? ['stage'] : []), 'publish', '--provenance=false'], { ...opts, cwd });
    };
    const good = code();
    const withCode = await publish('1.1.0', { otp: good });
    expect(withCode.exitCode).toBe(1);
    expect(withCode.stderr).toContain('npm error code E403');
    expect(withCode.stderr).toContain(`${name} requires two-factor authentication and disallows tokens: publish it with trusted publishing`);
    const bypass = await publish('1.1.0', { token: tokens.bot });
    expect(bypass.stderr).toContain('npm error code E403');
    expect((await registry.packument(name)).versions['1.1.0']).toBeUndefined();

    const staged = await publish('1.1.0', { stage: true });
    expect(staged.exitCode, staged.stderr).toBe(0);
    expect(staged.stdout).toContain(`+ ${name}@1.1.0 (staged with id`);
    const trusted = await publish('1.2.0', { token: await exchange(name) });
    expect(trusted.exitCode, trusted.stderr).toBe(0);
    expect((await registry.packument(name)).versions['1.2.0'].version).toBe('1.2.0');
    expect((await registry.gate.attempts()).map((attempt) => [attempt.kind, attempt.user, attempt.otp, attempt.outcome])).toEqual([
      ['publish', 'alice', good, 'tokens-disallowed'],
      ['publish', 'bot', null, 'tokens-disallowed'],
      ['stage', 'alice', null, 'staged'],
      ['publish', 'oidc-trusted-publisher', null, 'oidc'],
    ]);

    // Tokens may publish again with mfa=automation: a code, or a bypass token.
    expect((await npm(['access', 'set', 'mfa=automation', name], { otp: code() })).exitCode).toBe(0);
    expect((await publish('1.3.0', { otp: code() })).exitCode).toBe(0);
    expect((await publish('1.4.0', { token: tokens.bot })).exitCode).toBe(0);
    expect(Object.keys((await registry.packument(name)).versions)).toEqual(['1.0.0', '1.2.0', '1.3.0', '1.4.0']);
  });

  it(`dist-tag in CI with an ID token: ${major === 12 ? 'npm 12 exchanges it first and moves the tag with the exchanged token, no code' : 'npm 11 does not exchange, and needs a code'}`, async () => {
    const name = `${scope}/ci-tags`;
    await seed(name, '1.0.0');
    await seed(name, '1.1.0', { tag: 'next' });
    await exchange(name); // configures the trusted publisher
    await registry.gate.reset();
    const ci = await npm(['dist-tag', 'add', `${name}@1.1.0`, 'beta'], { env: { GITHUB_ACTIONS: 'true', ...gh.env } });
    const exchanges = (await registry.gate.exchanges()).map((entry) => [entry.package, entry.status]);
    const tagWrites = (await writes('dist-tag')).map((write) => [write.user, write.otp, write.outcome]);
    if (major === 12) {
      expect(ci.exitCode, ci.stderr).toBe(0);
      expect(exchanges).toEqual([[name, 201]]);
      expect(tagWrites).toEqual([['oidc-trusted-publisher', null, 'oidc']]);
      expect((await registry.packument(name))['dist-tags'].beta).toBe('1.1.0');
    } else {
      expect(ci.stderr).toContain(EOTP);
      expect(exchanges).toEqual([]);
      expect(tagWrites).toEqual([['alice', null, 'missing']]);
    }
  });
});

describe('the administration double over plain HTTP', () => {
  const call = (method: string, path: string, token: string, body?: unknown, otp = code()) =>
    fetch(registry.url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'npm-otp': otp },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('owner writes: a stale _rev is 409, an unknown user 404, no owner 400; a trusted-publishing token and a bypass token cannot change owners', async () => {
    const name = '@admin-http/owners';
    await seed(name, '1.0.0');
    const { _rev } = await registry.packument(name);
    const path = `${esc(name)}/-rev/${_rev}`;
    const owners = (...names: string[]) => ({ _id: name, _rev, maintainers: names.map((user) => ({ name: user, email: email(user) })) });
    expect((await call('PUT', path, tokens.alice, { ...owners('alice', 'bob'), _rev: '1-stale' })).status).toBe(409);
    expect((await call('PUT', path, tokens.alice, owners('alice', 'nobody'))).status).toBe(404);
    expect((await call('PUT', path, tokens.alice, owners())).status).toBe(400);
    const oidc = await call('PUT', path, await exchange(name), owners('alice', 'bob'));
    expect(oidc.status).toBe(403);
    expect((await call('PUT', path, tokens.bot, owners('bot'))).status).toBe(403);
    expect((await registry.gate.owners())[name]).toEqual([{ name: 'alice', email: email('alice') }]);
    expect((await registry.gate.attempts()).map((attempt) => attempt.outcome)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'oidc-not-allowed',
      'bypass-not-allowed',
    ]);
    // Verdaccio itself would answer this body 422 and keeps no maintainers: the packument's come from the gate.
    expect((await call('PUT', path, tokens.alice, owners('carol'))).status).toBe(200);
    expect((await registry.packument(name)).maintainers).toEqual([{ name: 'carol', email: email('carol') }]);
  });

  it('access: packageSettings and publicPackages give the initial state; bad bodies are 400, unknown packages 404', async () => {
    const name = '@admin-http/seeded';
    await seed(name, '1.0.0');
    const visibility = async (pkg: string) => ((await (await fetch(`${registry.url}-/package/${esc(pkg)}/visibility`)).json()) as { public: boolean }).public;
    await registry.gate.configure({ publicPackages: [name] });
    expect(await visibility(name)).toBe(true);
    await registry.gate.configure({ publicPackages: [], packageSettings: { [name]: { requireTfa: true, tokensOverrideTfa: false } } });
    expect(await visibility(name)).toBe(false);
    const refused = await call('PUT', esc(name), tokens.alice, { name, versions: { '1.1.0': { name, version: '1.1.0' } }, _attachments: { x: { data: '' } } });
    expect(refused.status).toBe(403);
    expect((await registry.gate.attempts()).map((attempt) => [attempt.kind, attempt.outcome])).toEqual([['publish', 'tokens-disallowed']]);
    await expect(registry.gate.configure({ packageSettings: { [name]: { requireTfa: 'yes' } as never } })).rejects.toThrow(/packageSettings/);

    const access = `-/package/${esc(name)}/access`;
    expect((await call('POST', access, tokens.alice, { access: 'secret' })).status).toBe(400);
    expect((await call('POST', access, tokens.alice, {})).status).toBe(400);
    expect((await call('POST', `-/package/${esc('@admin-http/none')}/access`, tokens.alice, { access: 'public' })).status).toBe(404);
    expect((await call('POST', access, tokens.alice, { access: 'public' }, '')).status).toBe(401);
    expect((await call('POST', access, tokens.alice, { access: 'public' })).status).toBe(200);
    expect((await registry.gate.settings())[name]).toEqual({ publicAccess: true, requireTfa: true, tokensOverrideTfa: false });
    await registry.gate.configure({ packageSettings: {} });
  });

  it('reads are listed apart from the attempts, with the code they carried, and cleared by reset', async () => {
    const name = '@admin-http/reads';
    await seed(name, '1.0.0');
    await fetch(`${registry.url}${esc(name)}`, { headers: { 'npm-otp': '123456' } });
    await fetch(`${registry.url}${esc(name)}/-/${name}-1.0.0.tgz`); // a tarball is not a document
    await fetch(`${registry.url}-/package/${esc(name)}/dist-tags`);
    await fetch(`${registry.url}-/user/org.couchdb.user:alice`);
    expect((await registry.gate.reads()).map((read) => [read.kind, read.path, read.otp])).toEqual([
      ['packument', `/${esc(name)}`, '123456'],
      ['dist-tags', `/-/package/${esc(name)}/dist-tags`, null],
      ['user', '/-/user/org.couchdb.user:alice', null],
    ]);
    expect(await registry.gate.attempts()).toEqual([]);
    await registry.gate.reset();
    expect(await registry.gate.reads()).toEqual([]);
  });
});
