// A throw-away Verdaccio registry with an OTP gate, for integration tests, plus
// helpers to run the real npm CLI against it.
//
//   const registry = await startRegistry({ gate: { secret: 'JBSWY3DPEHPK3PXP' } });
//   const token = await registry.addUser('alice');
//   const cwd = writePackage(join(registry.dir, 'pkg'), { name: 'demo', version: '1.0.0' });
//   const r = await runNpm(['publish', '--registry', registry.url, '--fetch-retries=0'],
//     { cwd, env: npmEnv(registry, token, { NPM_CONFIG_OTP: code }) });
//   await registry.stop();
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JwtTrust } from './oidc/github-oidc.js';

/** Starts the registry: `node VERDACCIO_RUNNER <workdir> [gate-config-json]`; prints PORT_LINE once listening. */
export const VERDACCIO_RUNNER = join(dirname(fileURLToPath(import.meta.url)), 'verdaccio', 'run.cjs');
export const PORT_LINE = /^\{"port":(\d+)\}$/m;
const START_TIMEOUT_MS = 30_000;

/** Options of the OTP gate (see verdaccio/plugins/verdaccio-otp-gate/index.js). */
export interface GateConfig {
  /** Base32 TOTP secret; without one the gate lets every write through. */
  secret?: string | null;
  algorithm?: 'sha1' | 'sha256' | 'sha512';
  digits?: number;
  period?: number;
  /** 0: only the current time step is valid; 1: also the previous and the next. */
  toleranceSteps?: number;
  /** Reject the next N OTP-bearing writes even when the code is valid. */
  rejectFirst?: number;
  rejectAll?: boolean;
  /** false: a code accepted once is rejected afterwards. Default true. */
  allowReuse?: boolean;
  /** The gate's clock is Date.now() + clockOffsetMs. */
  clockOffsetMs?: number;
  /** Users whose writes need no OTP (like a bypass-2FA token). */
  bypassUsers?: string[];
  /** Answer every write like a security-key account does (authUrl/doneUrl). */
  webauthn?: boolean;
  /** Writes of these packages answer 500 once the code was accepted (a registry fault). */
  failPackages?: string[];
  /** Faults for the next package writes that pass the OTP check, one each, in order. */
  faults?: Fault[];
  /** Faults for the next package document GETs, one each, in order. */
  readFaults?: Fault[];
  /** Faults for the next OIDC token exchanges, one each, in order (logged as exchanges with status null). */
  exchangeFaults?: Fault[];
  /** Retry-After of a '429' fault, in seconds (default 1). */
  retryAfter?: number;
  /** Send that Retry-After as the HTTP date so many seconds ahead. */
  retryAfterAsDate?: boolean;
  /** Trusted publishing (npm's OIDC token exchange); replaced as a whole by configure. */
  oidc?: GateOidcConfig | null;
  /**
   * Certificate identity (URI SAN) a provenance bundle must have. When set, a PUT whose bundle has
   * another identity or any other problem answers 422 before it is stored. Default null (recorded only).
   */
  provenanceIdentity?: string | null;
  /** Packages `GET /-/package/<name>/visibility` calls public (others: `{"public":false}`), unless set otherwise since. */
  publicPackages?: string[];
  /** Answer a second stage of an already staged version 409 (default false: a second item, as npmjs may; its answer is undocumented). */
  refuseSecondStage?: boolean;
  /** Initial settings per package (access writes change them; kept across resets). Replaced as a whole by configure. */
  packageSettings?: Record<string, Partial<PackageSettings>>;
  /**
   * What `GET /-/npm/v1/tokens` says of tokens and when they expire (readiness.js), keyed by user name (all the
   * user's tokens) or by one bearer token (that token; wins). Replaced as a whole by configure.
   */
  userTokens?: Record<string, GateTokenSettings>;
  /** What `GET /-/npm/v1/user` says of a user; a configured `tfa` also decides the user's writes. Replaced as a whole. */
  profiles?: Record<string, GateProfileSettings>;
  /** Page size of `GET /-/npm/v1/tokens` when the request names none (npm never does); npmjs's default is 10. */
  tokensPerPage?: number;
}

/** One token of the gate's users (every token Verdaccio hands out on login is recorded). */
export interface GateTokenSettings {
  /** ISO date: from then on every request with the token is refused as npmjs refuses an expired token. null: never. Default: created + 90 days. */
  expires?: string | null;
  /** 'granular' (default; npmjs today) or 'classic' (the registry docs' {key, token, cidr_whitelist, readonly, created, updated}). */
  shape?: 'granular' | 'classic';
  /** Granular `name` (default `<user>-token`) and `description` (default null). */
  name?: string;
  description?: string | null;
  /** Granular: permissions action `read`; classic: `readonly`. Listing only (not enforced). */
  readonly?: boolean;
  /** Granular `cidr`, classic `cidr_whitelist` (null when empty). Listing only. */
  cidr?: string[];
  /** Granular `scopes` ({name, type: 'package'}); default none. Listing only. */
  packages?: string[];
}

/**
 * A user's two-factor setting. 'security-key': security keys only (reported as auth-and-writes, unverified; the
 * user's writes and trust reads get the authUrl/doneUrl challenge); 'pending': enrolment begun (npm prints
 * `disabled`). false / 'auth-only' / 'pending' configured: the user's writes need no code.
 */
export type ProfileTfa = false | 'auth-only' | 'auth-and-writes' | 'security-key' | 'pending';

export interface GateProfileSettings {
  /** Default: the gate's (secret or webauthn: 'auth-and-writes', else false), without effect on writes. */
  tfa?: ProfileTfa;
  /** Default `<name>@example.com` (the owners' email), verified. */
  email?: string;
  emailVerified?: boolean;
  fullname?: string;
  cidrWhitelist?: string[] | null;
}

/** A token as npmjs lists it today (`npm token list --json` adds `id`, the shortest unique prefix of `key`, 6+). */
export interface NpmGranularToken {
  name: string;
  description: string | null;
  /** Hex sha512 of the token. */
  key: string;
  /** First 8 characters, `...`, last 4 (`npm_NYn6...jCq0`). */
  token: string;
  /** ISO date, or null for a token that never expires. */
  expiry: string | null;
  cidr: string[];
  bypass_2fa: boolean;
  revoked: string | null;
  created: string;
  updated: string;
  /** Last use, or null. */
  accessed: string | null;
  permissions: Array<{ name: 'package'; action: 'read' | 'write' }>;
  scopes: Array<{ name: string; type: 'package' }>;
}

/** A token in the registry docs' (classic) shape. */
export interface NpmClassicToken {
  key: string;
  token: string;
  cidr_whitelist: string[] | null;
  readonly: boolean;
  created: string;
  updated: string;
}

/** `GET /-/npm/v1/user` (what `npm profile get --json` prints, without a null cidr_whitelist). */
export interface NpmProfile {
  tfa: false | null | { mode: 'auth-only' | 'auth-and-writes'; pending: boolean };
  name: string;
  email: string;
  email_verified: boolean;
  created: string;
  updated: string;
  cidr_whitelist: string[] | null;
  fullname?: string;
}

/** One entry of `GET /-/package/<esc>/trust` (a GitHub Actions trusted publisher). */
export interface NpmTrustConfig {
  id: string;
  type: 'github';
  claims: { repository: string; workflow_ref: { file: string }; environment?: string };
  /** `createPackage` (npm prints `publish`), `createStagedPackage` (`stage publish`). */
  permissions: Array<'createPackage' | 'createStagedPackage'>;
}

/** npm's per-package settings, as the gate keeps them (verdaccio-otp-gate/admin.js). */
export interface PackageSettings {
  /** `GET /-/package/<name>/visibility` says public (`npm access set status=public`). Default: in publicPackages. */
  publicAccess: boolean;
  /** publish_requires_tfa (`npm access set mfa=publish|automation`). Default false. */
  requireTfa: boolean;
  /**
   * automation_token_overrides_tfa. With requireTfa and without this (`mfa=publish`, npmjs's "Require two-factor
   * authentication and disallow tokens"), a publish with any token is refused (403 `tokens-disallowed`). Default true.
   */
  tokensOverrideTfa: boolean;
}

/** An owner as npm's packuments list them (`maintainers`). */
export interface Maintainer {
  name: string;
  email: string;
}

/** npm trusted publisher of one package (GitHub Actions). */
export interface NpmTrustedPublisher {
  /** `OWNER/REPO`, compared with the `repository` claim. */
  repository: string;
  /** Workflow file name (`release.yml`), compared with the file in the `workflow_ref` claim. */
  workflow: string;
  /** When set, the `environment` claim must equal it. */
  environment?: string;
  /** npm's stage permission (`npm trust ... --allow-stage-publish`): the exchanged token may stage. Default false. */
  allowStagePublish?: boolean;
}

export interface GateOidcConfig extends JwtTrust {
  /** Expected `aud`; default `npm:<Host header without port>`, i.e. `npm:127.0.0.1` (what npm asks GitHub for). */
  audience?: string;
  /** Package name (`@scope/name`) -> its publisher; a package missing here answers 404. */
  trustedPublishers: Record<string, NpmTrustedPublisher>;
  /** How long an exchanged token works, ms (default 15 minutes; npm's own lifetime is not documented). */
  tokenTtlMs?: number;
}

/** One `POST /-/npm/v1/oidc/token/exchange/package/<name>`. */
export interface Exchange {
  /** Decoded package name. */
  package: string;
  /** 201, 401 or 404; null for an injected fault. */
  status: number | null;
  /** The refusal message (`fault:<fault>` for an injected fault), null on success. */
  message: string | null;
  /** Epoch milliseconds. */
  at: number;
}

/** See the plugin: '500'/'503'/'429' answers, a dropped connection before or after the write is stored, no answer. */
export type Fault = '500' | '503' | '429' | '429-otp' | 'reset' | 'reset-after-write' | 'hang' | 'none';

export type AttemptOutcome =
  | 'accepted'
  | 'bypass'
  | 'missing'
  | 'invalid'
  | 'forced-reject'
  | 'reused'
  | 'webauthn'
  | 'server-error'
  /** Staged with a token (staging asks for no code). */
  | 'staged'
  /** Written with an exchanged OIDC token for its package (no OTP needed). */
  | 'oidc'
  /** An exchanged OIDC token used on another package: 403. */
  | 'oidc-wrong-package'
  /** A configured fault was applied (also to GETs, with `user` null). */
  | `fault:${Fault}`
  /** 403 before any code is judged: an admin write by someone who is not an owner of the package. */
  | 'not-owner'
  /** 403: a publish with a token of a package that requires 2FA and disallows tokens (codes and bypass do not help). */
  | 'tokens-disallowed'
  /** 403: a publish by a user whose configured profile has no 2FA, with a token that does not bypass 2FA. */
  | 'tfa-required'
  /** 403: an exchanged trusted-publishing token changing owners, deprecations or access. */
  | 'oidc-not-allowed'
  /** 403: a bypass-2FA user (bypassUsers) changing owners, or reading trusted publishers. */
  | 'bypass-not-allowed';

/** What became of a trust read (`Read.outcome`): an attempt's outcome, or one of its own refusals. */
export type TrustReadOutcome = AttemptOutcome | 'not-found';

/** What a write was: from its route, method and body. `stage`: stage.js; `read`: a read fault. */
export type AttemptKind = 'publish' | 'unpublish' | 'star' | 'deprecate' | 'owner' | 'dist-tag' | 'access' | 'stage' | 'read';

/** One authenticated package write seen by the gate. */
export interface Attempt {
  kind: AttemptKind;
  method: string;
  path: string;
  package: string;
  user: string;
  otp: string | null;
  outcome: AttemptOutcome;
  /** Epoch milliseconds (real clock). */
  at: number;
  /** An accepted code's: ms its window still ran when the gate checked it (negative: made for an earlier window, accepted only by tolerance). */
  codeLeftMs?: number;
  /** PUTs and stagings: the `.sigstore` attachment as the gate read it, or null when there is none. */
  provenance?: AttemptProvenance | null;
  /** npm's staged publishing: which request this was; `stageId` once the item exists. */
  stage?: 'publish' | 'approve' | 'reject';
  stageId?: string;
  /** Admin writes (dist-tag, owner, deprecate, access): the `npm-command` header. */
  command?: string | null;
  /** Admin writes: the `npm-auth-type` header (npm: `web` by default, `legacy` with a code). */
  authType?: string | null;
  /** Admin writes: the `content-type` header. */
  contentType?: string | null;
  /**
   * Admin writes: the body as sent (dist-tag: the version string; owner: `{_id, _rev, maintainers}`; access: the
   * JSON), except deprecate's: `{versions: [every version sent], deprecated: {version: message}, _attachments}`.
   */
  body?: unknown;
}

/** One GET of a package document, an administration read or an account read (`/-/_test/otp-gate/reads`). */
export interface Read {
  /** whoami, tokens (one per page), profile and trust: readiness.js. */
  kind: 'packument' | 'version' | 'dist-tags' | 'visibility' | 'collaborators' | 'user' | 'whoami' | 'tokens' | 'profile' | 'trust';
  /** The URL path with its query. */
  path: string;
  /** Decoded package name; null for user lookups. */
  package: string | null;
  /** The caller, or null when anonymous. */
  user: string | null;
  /** The `npm-otp` header it carried. */
  otp: string | null;
  /** The `npm-command` header. */
  command: string | null;
  /** The answer's status (null if none was sent). */
  status: number | null;
  at: number;
  /** Trust reads (which need two-factor auth): how the gate decided. */
  outcome?: TrustReadOutcome;
}

/** A staged version, as `GET /-/stage/<id>` answers it (what `npm stage view --json` prints). */
export interface StagedItem {
  id: string;
  packageName: string;
  version: string;
  tag: string;
  /** ISO date. */
  createdAt: string;
  /** The user, or the trusted publisher's repository. */
  actor: string;
  actorType: 'user' | 'oidc';
  shasum: string | null;
}

/** What the gate reads from a publish's provenance bundle (verdaccio-otp-gate/provenance.js). */
export interface AttemptProvenance {
  present: true;
  /** The version published (the one key of `versions`). */
  version: string | null;
  /** The bundle's mediaType (`application/vnd.dev.sigstore.bundle.v0.3+json`). */
  mediaType: string | null;
  /** The in-toto subject's name: `pkg:npm/%40scope/name@1.0.0` when it is right. */
  subjectName: string | null;
  subjectMatches: boolean;
  /** The subject's sha512 is the tarball's (and dist.integrity's). */
  digestMatches: boolean;
  /** The DSSE signature verifies with the signing certificate's key. */
  signatureValid: boolean;
  /** The signing certificate's URI SAN. */
  identity: string | null;
  /** Every failed check, in words; empty when all passed. */
  problems: string[];
  /** npmjs's refusal of a bundle whose source repository is not the package.json `repository` (present only then). */
  repositoryProblem?: string;
}

export interface Registry {
  /** `http://127.0.0.1:N/` (with the trailing slash, as npm prints it). */
  url: string;
  port: number;
  /** Work directory: config.yaml, storage/, htpasswd, npm userconfigs and cache. */
  dir: string;
  /** Creates a user and returns its bearer token. */
  addUser(name: string, password?: string): Promise<string>;
  /** Logs an existing user in again (with one of its tokens, as Verdaccio wants): a new bearer token. */
  login(name: string, token: string, password?: string): Promise<string>;
  gate: {
    /** Merges `partial` into the gate's config and returns the whole config. */
    configure(partial: GateConfig): Promise<GateConfig>;
    /** Clears attempts, reads, counters (rejectFirst), used codes, exchanges and exchanged tokens; keeps the config. */
    reset(): Promise<void>;
    attempts(): Promise<Attempt[]>;
    exchanges(): Promise<Exchange[]>;
    /** What is staged now (kept across resets, like packages). */
    staged(): Promise<StagedItem[]>;
    /** Package document and administration reads since the last reset. */
    reads(): Promise<Read[]>;
    /** Owners per package (kept across resets). */
    owners(): Promise<Record<string, Maintainer[]>>;
    /** Settings of every package with seeded, public or changed settings (kept across resets). */
    settings(): Promise<Record<string, PackageSettings>>;
  };
  /** The packument, or undefined when the package does not exist. */
  packument(name: string): Promise<any | undefined>;
  /** Kills the registry and removes its temp dir (not a dir passed as `opts.dir`). */
  stop(): Promise<void>;
}

/**
 * Starts Verdaccio in a child process. `dir` is the work directory to use (kept on
 * stop); by default a fresh temp dir under os.tmpdir() is made and removed on stop.
 */
export async function startRegistry(opts: { gate?: GateConfig; dir?: string } = {}): Promise<Registry> {
  const ownDir = !opts.dir;
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'otp-publish-registry-'));
  mkdirSync(dir, { recursive: true });
  const child = spawn(process.execPath, [VERDACCIO_RUNNER, dir, JSON.stringify(opts.gate ?? {})], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const port = await new Promise<number>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      if (ownDir) rmSync(dir, { recursive: true, force: true });
      reject(new Error(`Verdaccio did not start: ${why}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`no port line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = PORT_LINE.exec(stdout);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(`exited with ${signal ?? code}`);
    });
  });

  return {
    ...connectRegistry(`http://127.0.0.1:${port}/`),
    port,
    dir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin.end();
        child.kill('SIGTERM');
        await exited;
      }
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The client side of a running test registry at `url` (its user, gate and packument routes), without owning its process. */
export function connectRegistry(url: string): Pick<Registry, 'url' | 'addUser' | 'login' | 'gate' | 'packument'> {
  const call = async (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(url + path, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const json = async (res: Response): Promise<any> => {
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${res.statusText} from ${res.url}: ${text}`);
    return JSON.parse(text);
  };
  return {
    url,
    async addUser(name, password = `${name}-password`) {
      const res = await call('PUT', `-/user/org.couchdb.user:${encodeURIComponent(name)}`, { name, password });
      return (await json(res)).token as string;
    },
    async login(name, token, password = `${name}-password`) {
      const res = await fetch(`${url}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name, password }),
      });
      return (await json(res)).token as string;
    },
    gate: {
      configure: async (partial) => json(await call('POST', '-/_test/otp-gate/config', partial)),
      reset: async () => void (await json(await call('POST', '-/_test/otp-gate/config', { reset: true }))),
      attempts: async () => (await json(await call('GET', '-/_test/otp-gate/attempts'))).attempts as Attempt[],
      exchanges: async () => (await json(await call('GET', '-/_test/otp-gate/exchanges'))).exchanges as Exchange[],
      staged: async () => (await json(await call('GET', '-/_test/otp-gate/staged'))).items as StagedItem[],
      reads: async () => (await json(await call('GET', '-/_test/otp-gate/reads'))).reads as Read[],
      owners: async () => (await json(await call('GET', '-/_test/otp-gate/owners'))).owners as Record<string, Maintainer[]>,
      settings: async () => (await json(await call('GET', '-/_test/otp-gate/settings'))).settings as Record<string, PackageSettings>,
    },
    async packument(name) {
      const res = await call('GET', name.replace('/', '%2f'));
      if (res.status === 404) return undefined;
      return json(res);
    },
  };
}

/** Writes a minimal publishable package (package.json + index.js) into `dir`; returns `dir`. */
export function writePackage(dir: string, manifest: { name: string; version: string; [key: string]: unknown }): string {
  mkdirSync(dir, { recursive: true });
  const pkg = { description: 'test package', license: 'MIT', main: 'index.js', ...manifest };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(dir, 'index.js'), 'module.exports = {};\n');
  return dir;
}

let userconfigCount = 0;

/**
 * Environment for running the real npm CLI against `registry`: the inherited env
 * without any npm_config_* / NPM_CONFIG_* variable and without OIDC variables
 * (npm would try trusted publishing), plus:
 * - NPM_CONFIG_USERCONFIG: a fresh file in registry.dir holding
 *   `//127.0.0.1:N/:_authToken=TOKEN` (no auth line when `token` is undefined);
 * - NPM_CONFIG_CACHE: registry.dir/npm-cache (so debug logs land there too);
 * - `extra` (e.g. `{ NPM_CONFIG_OTP: code }`).
 */
export function npmEnv(registry: Registry, token?: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_config_/i.test(key)) continue;
    if (/^(ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)|NPM_ID_TOKEN)$/.test(key)) continue;
    env[key] = value;
  }
  const userconfig = join(registry.dir, `npmrc-${++userconfigCount}`);
  const lines = [`registry=${registry.url}`];
  if (token !== undefined) lines.push(`//127.0.0.1:${registry.port}/:_authToken=${token}`);
  writeFileSync(userconfig, `${lines.join('\n')}\n`, { mode: 0o600 });
  return { ...env, NPM_CONFIG_USERCONFIG: userconfig, NPM_CONFIG_CACHE: join(registry.dir, 'npm-cache'), ...extra };
}

export interface NpmResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Runs `npm <args>` (from PATH) without a TTY; never rejects on a non-zero exit. */
export function runNpm(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<NpmResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr, durationMs: Date.now() - started });
    });
  });
}
