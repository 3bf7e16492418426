// An in-process stand-in for the part of the GitHub REST API an issue lifecycle needs (list by
// label, create, update, comment), for tests driven by @octokit/rest with `baseUrl` = server.url.
// Shapes, texts and quirks follow api.github.com: pull requests are issues too (listed, with a
// `pull_request` key), `Link` pages point at `/repositories/<id>/...`, labels match regardless of
// case and unknown ones are created on use, bodies are capped at 65536 characters.
//
//   const gh = await startGitHubServer({ token: 'ghs_test', repo: 'octo-org/octo-repo' });
//   const octokit = new Octokit({ auth: 'ghs_test', baseUrl: gh.url });
//   await octokit.rest.issues.create({ owner: 'octo-org', repo: 'octo-repo', title: 't', labels: ['audit'] });
//   expect(gh.issues()[0]?.labels).toEqual(['audit']);
//   await gh.stop();
import { createServer, type IncomingMessage } from 'node:http';
import sodium from 'libsodium-wrappers';
import { listenOnLoopback } from '../loopback.js';

/** `user` is the author's login. */
export interface GitHubComment {
  id: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

/**
 * An issue as stored (its API JSON is built from this): `labels` are names, `user` is the author's
 * login, `pull_request` is true for one seeded with addPullRequest, `state_reason` is one of
 * 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null.
 */
export interface GitHubIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  comments: GitHubComment[];
  pull_request: boolean;
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** `path` as received, query included (`/repos/o/r/issues?labels=a&page=2`). */
export interface GitHubRequest {
  method: string;
  path: string;
  status: number /** Epoch milliseconds. */;
  at: number;
}

export interface GitHubFaults {
  /** Answer the next N requests (any) 500 `{"message":"Server Error"}`. */
  failNext: number;
  /** Answer the next N requests (any) 403 "API rate limit exceeded ..." with `x-ratelimit-remaining: 0`. */
  rateLimitNext: number;
  /** Their `x-ratelimit-reset` is now + this many seconds. Default 60. */
  rateLimitResetSec: number;
  /** Answer the next N requests (any) 403 "You have exceeded a secondary rate limit ..." with `retry-after`. */
  secondaryLimitNext: number;
  /** Their `retry-after`, in seconds. Default 60. */
  secondaryRetryAfterSec: number;
  /** Answer Actions-secrets requests 403 "Resource not accessible by integration" (a token without the permission). */
  forbidSecrets: boolean;
}

/** An Actions secret as stored, decrypted with the server's own private key. */
export interface GitHubSecret {
  /** undefined for a repository secret. */
  environment: string | undefined;
  name: string;
  value: string;
  key_id: string;
}

export interface GitHubServer {
  /** `http://127.0.0.1:N` (no trailing slash, as octokit's `baseUrl`). */
  url: string;
  port: number;
  /** Every issue (and seeded pull request) with its comments, by number. */
  issues(): GitHubIssue[];
  /** The repository's label names, in order of creation. */
  labels(): string[];
  requests(): GitHubRequest[];
  /** Merges `partial` (unknown keys throw) and returns the whole fault config. */
  configure(partial: Partial<GitHubFaults>): GitHubFaults;
  /** Every Actions secret PUT so far, decrypted (repository and environment secrets). */
  secrets(): GitHubSecret[];
  /** Seeds an open pull request (it takes the next issue number); returns its number. */
  addPullRequest(title: string, labels?: string[]): number;
  /** Back to the state right after start: no issues, labels, requests or faults. */
  reset(): void;
  stop(): Promise<void>;
}

export interface GitHubServerOptions {
  /** The only token accepted, as `Authorization: token X` or `Bearer X`. */
  token: string;
  /** `owner/name`; matched regardless of case, as on GitHub. */
  repo: string;
  /** Deployment environments of the repository (their secrets endpoints answer; others 404). */
  environments?: string[];
}

type Json = Record<string, unknown>;
interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const REPO_ID = 1296269;
const MAX_BODY = 65536;
const RATE_LIMIT = 5000;
const DEFAULT_FAULTS: Readonly<GitHubFaults> = {
  failNext: 0,
  rateLimitNext: 0,
  rateLimitResetSec: 60,
  secondaryLimitNext: 0,
  secondaryRetryAfterSec: 60,
  forbidSecrets: false,
};
/** The author of everything created: what GITHUB_TOKEN acts as. */
const BOT = 'github-actions[bot]';
const STATE_REASONS = new Set<unknown>(['completed', 'not_planned', 'reopened', 'duplicate', null]);

/** GitHub timestamps have no milliseconds. */
const stamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const epochSec = (plusSec: number) => String(Math.floor(Date.now() / 1000) + plusSec);
const error = (status: number, message: string, extra: Json = {}): Reply => ({
  status,
  body: { message, ...extra, documentation_url: 'https://docs.github.com/rest', status: String(status) },
});
const invalid = (resource: string, field: string, code: string, message?: string) =>
  error(422, 'Validation Failed', { errors: [{ resource, code, field, ...(message ? { message } : {}) }] });
const TOO_LONG = `is too long (maximum is ${MAX_BODY} characters)`;
/** Label names given as strings or as {name}; null for anything else. */
const labelNames = (given: unknown): unknown[] =>
  Array.isArray(given) ? given.map((l) => (typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name)) : [null];

/** The 422 GitHub gives a bad create (`creating`) or update payload, else undefined. */
function checkIssue(input: Json, creating: boolean): Reply | undefined {
  const { title, body, state, state_reason: reason, labels } = input;
  if ((creating || title !== undefined) && (typeof title !== 'string' || !title.trim())) return invalid('Issue', 'title', 'missing_field');
  if (body != null && typeof body !== 'string') return invalid('Issue', 'body', 'invalid');
  if (typeof body === 'string' && body.length > MAX_BODY) return invalid('Issue', 'body', 'custom', `body ${TOO_LONG}`);
  if (!creating && state !== undefined && state !== 'open' && state !== 'closed') return invalid('Issue', 'state', 'invalid');
  if (!creating && reason !== undefined && !STATE_REASONS.has(reason)) return invalid('Issue', 'state_reason', 'invalid');
  const names = labels === undefined ? [] : labelNames(labels);
  if (!names.every((n) => typeof n === 'string' && n.trim())) return invalid('Label', 'name', 'missing_field');
  return undefined;
}

export async function startGitHubServer(opts: GitHubServerOptions): Promise<GitHubServer> {
  const [owner, name] = opts.repo.split('/') as [string, string];
  if (!owner || !name) throw new Error(`repo must be owner/name: ${opts.repo}`);
  const faults: GitHubFaults = { ...DEFAULT_FAULTS };
  // Actions secrets arrive sealed to this key pair (one per repository and environment on GitHub; one here).
  await sodium.ready;
  const keys = sodium.crypto_box_keypair();
  const keyId = '568250167242549743';
  let secrets: GitHubSecret[] = [];
  let issues: GitHubIssue[] = [];
  let labels = new Map<string, string>(); // lower-case -> as first written
  let log: GitHubRequest[] = [];
  let commentCount = 0;
  let url = '';
  const api = () => `${url}/repos/${owner}/${name}`;
  const html = `https://github.com/${owner}/${name}`;

  const userJson = (who: string) => ({ login: who, id: 41898282, type: who.endsWith('[bot]') ? 'Bot' : 'User', site_admin: false });
  const labelJson = (label: string) => ({
    id: [...labels.keys()].indexOf(label.toLowerCase()) + 1,
    url: `${api()}/labels/${encodeURIComponent(label)}`,
    name: label,
    color: 'ededed',
    default: false,
    description: null,
  });
  const issueJson = (i: GitHubIssue): Json => ({
    id: 100_000 + i.number,
    url: `${api()}/issues/${i.number}`,
    repository_url: api(),
    comments_url: `${api()}/issues/${i.number}/comments`,
    html_url: `${html}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    title: i.title,
    user: userJson(i.user),
    labels: i.labels.map(labelJson),
    state: i.state,
    state_reason: i.state_reason,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: i.comments.length,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    author_association: 'CONTRIBUTOR',
    body: i.body,
    ...(i.pull_request ? { pull_request: { url: `${api()}/pulls/${i.number}`, html_url: `${html}/pull/${i.number}`, merged_at: null } } : {}),
  });
  const commentJson = (i: GitHubIssue, c: GitHubComment): Json => ({
    id: c.id,
    url: `${api()}/issues/comments/${c.id}`,
    html_url: `${html}/issues/${i.number}#issuecomment-${c.id}`,
    issue_url: `${api()}/issues/${i.number}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'CONTRIBUTOR',
  });

  /** Checked label names in their existing spelling (new labels are created), without duplicates. */
  function useLabels(given: unknown): string[] {
    const names = labelNames(given) as string[];
    for (const n of names) if (!labels.has(n.toLowerCase())) labels.set(n.toLowerCase(), n);
    return [...new Set(names.map((n) => labels.get(n.toLowerCase())!))];
  }

  /** One page of `items` with GitHub's `Link` header (omitted when everything fits on one page). */
  function page(items: Json[], query: URLSearchParams, linkPath: string): Reply {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page')) || 30));
    const current = Math.max(1, Number(query.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) =>
      `<${url}/repositories/${REPO_ID}${linkPath}?${new URLSearchParams({ ...Object.fromEntries(query), page: String(n) })}>; rel="${rel}"`;
    const rels = current > 1 ? [link(current - 1, 'prev')] : [];
    if (current < last) rels.push(link(current + 1, 'next'), link(last, 'last'));
    if (current > 1) rels.push(link(1, 'first'));
    return { status: 200, body: items.slice((current - 1) * perPage, current * perPage), headers: rels.length ? { link: rels.join(', ') } : {} };
  }

  /** Newest first (GitHub's default sort=created, direction=desc; other orders are not modelled). */
  function listIssues(query: URLSearchParams): Reply {
    const state = query.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) return invalid('Issue', 'state', 'invalid');
    const wanted = (query.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const found = issues
      .filter((i) => (state === 'all' || i.state === state) && wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .sort((a, b) => b.number - a.number);
    return page(found.map(issueJson), query, '/issues');
  }

  function addIssue(title: string, body: string | null, names: string[], pullRequest: boolean): GitHubIssue {
    const now = stamp();
    const issue: GitHubIssue = {
      number: issues.length + 1,
      title,
      body,
      state: 'open',
      state_reason: null,
      labels: names,
      comments: [],
      pull_request: pullRequest,
      user: BOT,
      created_at: now,
      updated_at: now,
      closed_at: null,
    };
    issues.push(issue);
    return issue;
  }

  function createIssue(input: Json): Reply {
    const bad = checkIssue(input, true);
    if (bad) return bad;
    const issue = addIssue(input.title as string, (input.body as string | null | undefined) ?? null, useLabels(input.labels ?? []), false);
    return { status: 201, body: issueJson(issue), headers: { location: `${api()}/issues/${issue.number}` } };
  }

  function updateIssue(issue: GitHubIssue, input: Json): Reply {
    const bad = checkIssue(input, false);
    if (bad) return bad;
    const { title, body, state, state_reason: reason } = input;
    const now = stamp();
    if (typeof title === 'string') issue.title = title;
    if (body !== undefined) issue.body = body as string | null;
    if (input.labels !== undefined) issue.labels = useLabels(input.labels);
    // Closing sets state_reason (default 'completed'), reopening makes it 'reopened'.
    if (state === 'closed') Object.assign(issue, { closed_at: issue.closed_at ?? now, state_reason: reason ?? 'completed' });
    else if (state === 'open' && issue.state === 'closed') Object.assign(issue, { closed_at: null, state_reason: 'reopened' });
    else if (reason !== undefined && issue.state === 'closed') issue.state_reason = reason as string | null;
    if (state !== undefined) issue.state = state as 'open' | 'closed';
    issue.updated_at = now;
    return { status: 200, body: issueJson(issue) };
  }

  function addComment(issue: GitHubIssue, input: Json): Reply {
    if (typeof input.body !== 'string' || !input.body.trim()) return invalid('IssueComment', 'body', 'missing_field');
    if (input.body.length > MAX_BODY) return invalid('IssueComment', 'data', 'unprocessable', `Body ${TOO_LONG}`);
    const now = stamp();
    const comment: GitHubComment = { id: ++commentCount, body: input.body, user: BOT, created_at: now, updated_at: now };
    issue.comments.push(comment);
    issue.updated_at = now;
    return { status: 201, body: commentJson(issue, comment), headers: { location: `${api()}/issues/comments/${comment.id}` } };
  }

  /** The Actions secrets API of the repository or one of its environments: public key, PUT (sealed box). */
  function secretsRoute(method: string, rest: string, input: Json): Reply | undefined {
    const [, , environment, secret] = /^(\/environments\/([^/]+))?\/(?:actions\/)?secrets\/([^/]+)$/.exec(rest) ?? [];
    if (!secret || (!environment && !rest.startsWith('/actions/')) || (environment && rest.includes('/actions/'))) return undefined;
    const env = environment === undefined ? undefined : decodeURIComponent(environment);
    if (env !== undefined && !(opts.environments ?? []).includes(env)) return error(404, 'Not Found');
    if (faults.forbidSecrets) return error(403, 'Resource not accessible by integration');
    if (secret === 'public-key' && method === 'GET')
      return { status: 200, body: { key_id: keyId, key: sodium.to_base64(keys.publicKey, sodium.base64_variants.ORIGINAL) } };
    if (method !== 'PUT') return error(404, 'Not Found');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(secret) || /^GITHUB_/i.test(secret)) return invalid('Secret', 'name', 'invalid');
    if (typeof input.encrypted_value !== 'string' || input.key_id !== keyId) return invalid('Secret', 'encrypted_value', 'invalid');
    let value: string;
    try {
      value = sodium.to_string(
        sodium.crypto_box_seal_open(sodium.from_base64(input.encrypted_value, sodium.base64_variants.ORIGINAL), keys.publicKey, keys.privateKey),
      );
    } catch {
      return error(422, 'Bad request - encrypted_value could not be decrypted with the key key_id names');
    }
    const existing = secrets.findIndex((s) => s.environment === env && s.name === secret.toUpperCase());
    const stored = { environment: env, name: secret.toUpperCase(), value, key_id: keyId };
    if (existing >= 0) secrets[existing] = stored;
    else secrets.push(stored);
    return { status: existing >= 0 ? 204 : 201, body: existing >= 0 ? '' : {} };
  }

  function route(method: string, path: string, query: URLSearchParams, input: Json): Reply {
    const [, o, r, id, rest = ''] = /^\/(?:repos\/([^/]+)\/([^/]+)|repositories\/(\d+))(\/.*)?$/.exec(path) ?? [];
    const ours = id ? Number(id) === REPO_ID : o?.toLowerCase() === owner.toLowerCase() && r?.toLowerCase() === name.toLowerCase();
    const secretsReply = ours ? secretsRoute(method, rest, input) : undefined;
    if (secretsReply) return secretsReply;
    if (ours && rest === '/issues' && method === 'GET') return listIssues(query);
    if (ours && rest === '/issues' && method === 'POST') return createIssue(input);
    const [, number, comments] = /^\/issues\/(\d+)(\/comments)?$/.exec(rest) ?? [];
    const issue = ours && number ? issues.find((i) => i.number === Number(number)) : undefined;
    if (!issue) return error(404, 'Not Found');
    const handlers: Record<string, () => Reply> = comments
      ? {
          GET: () =>
            page(
              issue.comments.map((c) => commentJson(issue, c)),
              query,
              `/issues/${issue.number}/comments`,
            ),
          POST: () => addComment(issue, input),
        }
      : { GET: () => ({ status: 200, body: issueJson(issue) }), PATCH: () => updateIssue(issue, input) };
    return handlers[method]?.() ?? error(404, 'Not Found');
  }

  function handle(req: IncomingMessage, raw: string): Reply {
    if (faults.failNext > 0 && faults.failNext--) return { status: 500, body: { message: 'Server Error' } };
    if (faults.rateLimitNext > 0 && faults.rateLimitNext--) {
      const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': String(RATE_LIMIT), 'x-ratelimit-reset': epochSec(faults.rateLimitResetSec) };
      return { ...error(403, 'API rate limit exceeded for installation ID 1.'), headers };
    }
    if (faults.secondaryLimitNext > 0 && faults.secondaryLimitNext--) {
      const headers = { 'retry-after': String(faults.secondaryRetryAfterSec) };
      return { ...error(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'), headers };
    }
    if (!req.headers.authorization) return error(401, 'Requires authentication');
    if (/^(?:token|bearer)\s+(\S+)\s*$/i.exec(req.headers.authorization)?.[1] !== opts.token) return error(401, 'Bad credentials');
    let input: unknown = {};
    try {
      if (raw.trim()) input = JSON.parse(raw);
    } catch {
      input = null;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return error(400, 'Problems parsing JSON');
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://x');
    return route(req.method ?? 'GET', pathname, searchParams, input as Json);
  }

  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const reply = handle(req, raw);
      log.push({ method: req.method ?? 'GET', path: req.url ?? '/', status: reply.status, at: Date.now() });
      const used = log.length;
      res.writeHead(reply.status, {
        date: new Date().toUTCString(),
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - used)),
        'x-ratelimit-used': String(used),
        'x-ratelimit-reset': epochSec(3600),
        'x-ratelimit-resource': 'core',
        ...reply.headers,
      });
      res.end(JSON.stringify(reply.body));
    });
  });
  const listening = await listenOnLoopback(server);
  const port = listening.port;
  url = listening.url;

  return {
    url,
    port,
    issues: () => issues.map((i) => ({ ...i, labels: [...i.labels], comments: i.comments.map((c) => ({ ...c })) })),
    labels: () => [...labels.values()],
    secrets: () => secrets.map((secret) => ({ ...secret })),
    requests: () => log.map((r) => ({ ...r })),
    configure(partial) {
      for (const key of Object.keys(partial)) if (!(key in DEFAULT_FAULTS)) throw new Error(`unknown GitHub server option: ${key}`);
      Object.assign(faults, partial);
      return { ...faults };
    },
    addPullRequest: (title, names = []) => addIssue(title, null, useLabels(names), true).number,
    reset() {
      [issues, labels, log, commentCount, secrets] = [[], new Map(), [], 0, []];
      Object.assign(faults, DEFAULT_FAULTS);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
