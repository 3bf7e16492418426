// The test doubles of owner audits, driven by real clients: @octokit/rest against the GitHub
// issues double, plain fetch against the npm registry read double.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { Octokit } from '@octokit/rest';
import { startGitHubServer, type GitHubServer } from '../../test-support/github/server.js';
import { startNpmReadServer, type NpmReadServer } from '../../test-support/npm-read/server.js';
import { retryingFetch } from '../../src/registries/http.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

const TOKEN = 'ghs_audit_test_token';
const repo = { owner: 'octo-org', repo: 'octo-repo' };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** The error an octokit call rejects with (a RequestError: status, response). */
async function failure(call: Promise<unknown>): Promise<{ status: number; message: string; response?: { headers: Record<string, string>; data: any } }> {
  try {
    await call;
  } catch (err) {
    return err as never;
  }
  throw new Error('expected the call to fail');
}

describe('GitHub issues double, through @octokit/rest', () => {
  let gh: GitHubServer;
  let octokit: Octokit;

  beforeAll(async () => {
    gh = await startGitHubServer({ token: TOKEN, repo: 'octo-org/octo-repo' });
    octokit = new Octokit({ auth: TOKEN, baseUrl: gh.url, log: quiet });
  });
  afterAll(async () => gh?.stop());
  beforeEach(() => gh.reset());

  it('runs an issue lifecycle: create with a new label, find by label, update, comment, close', async () => {
    const created = await octokit.rest.issues.create({ ...repo, title: 'Ownership drift', body: 'v1', labels: ['owner-audit'] });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 1, title: 'Ownership drift', body: 'v1', state: 'open', labels: [{ name: 'owner-audit' }] });
    expect(created.data.html_url).toBe('https://github.com/octo-org/octo-repo/issues/1');
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(gh.labels()).toEqual(['owner-audit']);
    await octokit.rest.issues.create({ ...repo, title: 'Unrelated', labels: ['bug'] });
    // Labels match regardless of case; the existing spelling is kept.
    await octokit.rest.issues.create({ ...repo, title: 'Both', labels: ['Owner-Audit', { name: 'bug' }] });
    expect(gh.labels()).toEqual(['owner-audit', 'bug']);

    const byLabel = await octokit.rest.issues.listForRepo({ ...repo, labels: 'owner-audit', state: 'open' });
    expect(byLabel.data.map((i) => i.number)).toEqual([3, 1]); // newest first
    const both = await octokit.rest.issues.listForRepo({ ...repo, labels: 'OWNER-AUDIT,bug' });
    expect(both.data.map((i) => i.number)).toEqual([3]);
    expect((await octokit.rest.issues.listForRepo({ ...repo, labels: 'nope' })).data).toEqual([]);

    const updated = await octokit.rest.issues.update({ ...repo, issue_number: 1, body: 'v2' });
    expect(updated.data).toMatchObject({ number: 1, body: 'v2', title: 'Ownership drift', state: 'open' });

    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'Drift is gone.' });
    expect(comment.status).toBe(201);
    expect(comment.data).toMatchObject({ body: 'Drift is gone.', user: { login: 'github-actions[bot]' } });
    expect(comment.data.html_url).toBe(`https://github.com/octo-org/octo-repo/issues/1#issuecomment-${comment.data.id}`);
    const comments = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 });
    expect(comments.data.map((c) => c.body)).toEqual(['Drift is gone.']);

    const closed = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    expect(closed.data.closed_at).not.toBeNull();
    const open = await octokit.rest.issues.listForRepo({ ...repo, labels: 'owner-audit' }); // state defaults to open
    expect(open.data.map((i) => i.number)).toEqual([3]);
    const closedList = await octokit.rest.issues.listForRepo({ ...repo, labels: 'owner-audit', state: 'closed' });
    expect(closedList.data.map((i) => i.number)).toEqual([1]);
    expect((await octokit.rest.issues.listForRepo({ ...repo, state: 'all' })).data).toHaveLength(3);

    const reopened = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });

    const [first] = gh.issues();
    expect(first).toMatchObject({ number: 1, body: 'v2', state: 'open', labels: ['owner-audit'], pull_request: false });
    expect(first?.comments.map((c) => c.body)).toEqual(['Drift is gone.']);
    expect(
      gh
        .requests()
        .slice(0, 2)
        .map(({ at: _at, ...request }) => request),
    ).toEqual([
      { method: 'POST', path: '/repos/octo-org/octo-repo/issues', status: 201 },
      { method: 'POST', path: '/repos/octo-org/octo-repo/issues', status: 201 },
    ]);
    expect(gh.requests().every((r) => r.status < 300)).toBe(true);
  });

  it('closes as not planned', async () => {
    await octokit.rest.issues.create({ ...repo, title: 't' });
    const { data } = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'not_planned' });
    expect(data.state_reason).toBe('not_planned');
  });

  it('lists pull requests among issues, with a pull_request key, as GitHub does', async () => {
    expect(gh.addPullRequest('Bump deps', ['owner-audit'])).toBe(1);
    await octokit.rest.issues.create({ ...repo, title: 'Drift', labels: ['owner-audit'] });
    const { data } = await octokit.rest.issues.listForRepo({ ...repo, labels: 'owner-audit' });
    expect(data.map((i) => [i.number, Boolean(i.pull_request)])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('paginates with a Link header that octokit.paginate follows', async () => {
    for (const title of ['a', 'b', 'c']) await octokit.rest.issues.create({ ...repo, title, labels: ['owner-audit'] });
    const first = await octokit.rest.issues.listForRepo({ ...repo, labels: 'owner-audit', per_page: 2 });
    expect(first.data).toHaveLength(2);
    // GitHub's page links name the repository by id.
    expect(first.headers.link).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/repositories\/\d+\/issues\?[^>]*page=2[^>]*>; rel="next", <[^>]*page=2[^>]*>; rel="last"$/,
    );
    const before = gh.requests().length;
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: 'owner-audit', state: 'all', per_page: 2 });
    expect(all.map((i) => i.title)).toEqual(['c', 'b', 'a']);
    const pages = gh.requests().slice(before);
    expect(pages).toHaveLength(2);
    expect(pages[1]?.path).toMatch(/^\/repositories\/\d+\/issues\?.*page=2/);
    // Past the end: an empty page (prev and first links only).
    const past = await octokit.rest.issues.listForRepo({ ...repo, per_page: 2, page: 3 });
    expect(past.data).toEqual([]);
    expect(past.headers.link).not.toMatch(/rel="next"/);
  });

  it('answers a bad or missing token 401 and an unknown repository or issue 404', async () => {
    const bad = new Octokit({ auth: 'ghs_wrong', baseUrl: gh.url, log: quiet });
    const denied = await failure(bad.rest.issues.listForRepo(repo));
    expect(denied.status).toBe(401);
    expect(denied.response?.data).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const anonymous = await failure(new Octokit({ baseUrl: gh.url, log: quiet }).rest.issues.create({ ...repo, title: 't' }));
    expect(anonymous.status).toBe(401);
    expect(anonymous.response?.data.message).toBe('Requires authentication');
    // Bearer works as well as token, and the repository name is not case-sensitive.
    const bearer = await fetch(`${gh.url}/repos/Octo-Org/OCTO-REPO/issues`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);

    const missing = await failure(octokit.rest.issues.listForRepo({ owner: 'octo-org', repo: 'other' }));
    expect(missing.status).toBe(404);
    expect(missing.response?.data.message).toBe('Not Found');
    expect((await failure(octokit.rest.issues.update({ ...repo, issue_number: 9, body: 'x' }))).status).toBe(404);
    expect(gh.issues()).toEqual([]);
  });

  it('rejects what GitHub rejects: a missing title, a body over 65536 characters', async () => {
    const noTitle = await failure(octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, body: 'x' } as never));
    expect(noTitle.status).toBe(422);
    const long = await failure(octokit.rest.issues.create({ ...repo, title: 't', body: 'x'.repeat(65537) }));
    expect(long.status).toBe(422);
    expect(long.response?.data.errors).toEqual([
      { resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
    ]);
    await octokit.rest.issues.create({ ...repo, title: 't', body: 'x'.repeat(65536) });
    const longComment = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(65537) }));
    expect(longComment.status).toBe(422);
    const badReason = await failure(octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'not-planned' as never }));
    expect(badReason.status).toBe(422);
    expect(gh.issues()).toHaveLength(1);
  });

  it('injects faults: 500, then a 403 rate limit with x-ratelimit-remaining 0', async () => {
    gh.configure({ failNext: 1, rateLimitNext: 1 });
    expect((await failure(octokit.rest.issues.listForRepo(repo))).status).toBe(500);
    const limited = await failure(octokit.rest.issues.listForRepo(repo));
    expect(limited.status).toBe(403);
    expect(limited.response?.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(limited.response?.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    expect(limited.message).toMatch(/API rate limit exceeded/);
    expect((await octokit.rest.issues.listForRepo(repo)).status).toBe(200);
    expect(gh.requests().map((r) => r.status)).toEqual([500, 403, 200]);
    expect(() => gh.configure({ nope: 1 } as never)).toThrow(/unknown/);
  });

  it("under the action's retry policy (retryingFetch): waits out GitHub's primary and secondary rate limits and a 500, as asked", async () => {
    const clock = new FakeClock(Date.now());
    const logger = new MemoryLogger();
    const retrying = new Octokit({ auth: TOKEN, baseUrl: gh.url, log: quiet, request: { fetch: retryingFetch({ clock, logger, capMs: 600_000 }) } });
    gh.configure({ rateLimitNext: 1, rateLimitResetSec: 40, secondaryLimitNext: 1, secondaryRetryAfterSec: 20, failNext: 1 });
    const created = await retrying.rest.issues.create({ ...repo, title: 'drift', body: 'b' });
    expect(created.status).toBe(201);
    expect(gh.requests().map((r) => r.status)).toEqual([500, 403, 403, 201]);
    expect(gh.issues()).toHaveLength(1);
    const [backoff, primary, secondary] = clock.sleeps;
    expect(backoff).toBeGreaterThanOrEqual(500);
    expect(backoff).toBeLessThanOrEqual(1_000);
    // x-ratelimit-reset is whole epoch seconds: 39-41 s from the fake clock's start.
    expect(primary).toBeGreaterThanOrEqual(39_000);
    expect(primary).toBeLessThanOrEqual(41_000);
    expect(secondary).toBe(20_000);
    expect(logger.lines).toContainEqual('waiting 20 s before calling the GitHub API again (its Retry-After, 403)');
  });

  it('under the retry policy: a rate limit longer than the cap is not waited for, and other answers come back as they are', async () => {
    const clock = new FakeClock(Date.now());
    const retrying = new Octokit({ auth: TOKEN, baseUrl: gh.url, log: quiet, request: { fetch: retryingFetch({ clock, capMs: 30_000 }) } });
    gh.configure({ rateLimitNext: 1, rateLimitResetSec: 3600 });
    await expect(retrying.rest.issues.listForRepo(repo)).rejects.toThrow(
      /answered 403 and asked to wait 36\d\d s before another attempt, longer than the timeout input allows \(30 s\)/,
    );
    const unknown = await failure(retrying.rest.issues.get({ ...repo, issue_number: 99 }));
    expect(unknown.status).toBe(404);
    expect(gh.requests().map((r) => r.status)).toEqual([403, 404]);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('npm registry read double, through fetch', () => {
  let npm: NpmReadServer;

  beforeAll(async () => {
    npm = await startNpmReadServer();
  });
  afterAll(async () => npm?.stop());
  beforeEach(() => npm.reset());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(npm.url + path, { headers });

  it('serves a packument with maintainers, _npmUser and time', async () => {
    npm.setPackage('demo', {
      maintainers: ['alice', 'bob'],
      versions: [
        { version: '1.0.0', publisher: 'alice' },
        { version: '1.1.0', publisher: 'bob' },
      ],
    });
    const res = await get('demo');
    expect(res.status).toBe(200);
    expect(res.headers.get('date')).toBeTruthy();
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as any;
    expect(doc).toMatchObject({
      name: 'demo',
      'dist-tags': { latest: '1.1.0' },
      maintainers: [
        { name: 'alice', email: 'alice@example.com' },
        { name: 'bob', email: 'bob@example.com' },
      ],
      versions: { '1.0.0': { name: 'demo', version: '1.0.0', _npmUser: { name: 'alice', email: 'alice@example.com' } } },
    });
    expect(doc.versions['1.1.0']._npmUser.name).toBe('bob');
    expect(Object.keys(doc.time)).toEqual(['created', 'modified', '1.0.0', '1.1.0']);
    expect(Date.parse(doc.time['1.1.0'])).toBeGreaterThan(Date.parse(doc.time['1.0.0']));
    expect(npm.requests()).toMatchObject([{ path: '/demo', status: 200 }]);
  });

  it('honours an explicit latest, and gives npm-style abbreviated documents without owners', async () => {
    npm.setPackage('demo', {
      maintainers: ['alice'],
      versions: [
        { version: '1.0.0', publisher: 'alice' },
        { version: '2.0.0-rc.1', publisher: 'alice' },
      ],
      latest: '1.0.0',
    });
    expect(((await (await get('demo')).json()) as any)['dist-tags']).toEqual({ latest: '1.0.0' });
    const short = await get('demo', { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*' });
    const doc = (await short.json()) as any;
    expect(doc.maintainers).toBeUndefined();
    expect(doc.versions['1.0.0']._npmUser).toBeUndefined();
    expect(() => npm.setPackage('demo', { maintainers: [], versions: [], latest: '9.9.9' })).toThrow(/latest/);
  });

  it('finds scoped packages under both escapings (and unescaped, as npmjs does); 404 for unknown ones', async () => {
    npm.setPackage('@acme/lib', { maintainers: ['alice'], versions: [{ version: '0.1.0', publisher: 'alice' }] });
    for (const path of ['@acme%2flib', '%40acme%2Flib', '@acme/lib']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(((await res.json()) as any).name).toBe('@acme/lib');
    }
    const unknown = await get('@acme%2fother');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'Not found' });
    expect((await get('nothing-here')).status).toBe(404);
    expect(npm.requests().map((r) => [r.path, r.status])).toEqual([
      ['/@acme%2flib', 200],
      ['/%40acme%2Flib', 200],
      ['/@acme/lib', 200],
      ['/@acme%2fother', 404],
      ['/nothing-here', 404],
    ]);
  });

  it('throttles with 429 + Retry-After, then fails with 503, then answers', async () => {
    npm.setPackage('demo', { maintainers: ['alice'], versions: [{ version: '1.0.0', publisher: 'alice' }] });
    npm.configure({ throttleNext: 1, retryAfterSec: 7, failNext: 1 });
    const throttled = await get('demo');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(throttled.headers.get('date')).toBeTruthy();
    const failed = await get('demo');
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ error: 'Service Unavailable' });
    expect((await get('demo')).status).toBe(200);
    expect(npm.requests().map((r) => r.status)).toEqual([429, 503, 200]);
  });

  it('measures how many requests are in flight at once', async () => {
    npm.setPackage('demo', { maintainers: ['alice'], versions: [{ version: '1.0.0', publisher: 'alice' }] });
    npm.configure({ delayMs: 100 });
    await Promise.all([get('demo'), get('demo'), get('demo')].map(async (r) => (await r).text()));
    expect(npm.maxConcurrent()).toBe(3);
    npm.reset();
    npm.setPackage('demo', { maintainers: ['alice'], versions: [{ version: '1.0.0', publisher: 'alice' }] });
    npm.configure({ delayMs: 20 });
    for (let i = 0; i < 3; i++) await (await get('demo')).text();
    expect(npm.maxConcurrent()).toBe(1);
  });
});
