// An in-process stand-in for rubygems.org's push and read API, for integration
// tests driven by the real `gem` CLI (helpers to build and push gems are in cli.ts).
// Texts, status codes and the order of checks follow rubygems.org's source
// (app/controllers/api/base_controller.rb, api/v1/rubygems_controller.rb,
// api/v1/webauthn_verifications_controller.rb, app/models/pusher.rb, config/locales/en.yml).
// Trusted publishing (OIDC exchange_token) lives in oidc.ts: configure({ oidc }) + addTrustedPublisher.
//
//   const server = await startGemServer();
//   const key = server.addUser('alice', { mfa: 'JBSWY3DPEHPK3PXP' });
//   const file = await buildGem(writeGemspec(join(server.dir, 'demo'), { name: 'demo', version: '1.0.0' }), gemEnv(server));
//   const r = await runGem(['push', file, '--host', server.url], { cwd: server.dir, env: gemEnv(server, key, { GEM_HOST_OTP_CODE: code }) });
//   await server.stop();
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../loopback.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGuardrails, verifySync } from 'otplib';
import { readGemSpec, type GemSpecInfo } from './gem-file.js';
import { createGemOidc, type GemExchange, type GemOidcConfig, type GemTrustedPublisher } from './oidc.js';

export type { GemExchange, GemOidcConfig, GemTrustedPublisher };

const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** Server answers, verbatim from rubygems.org. */
export const GEM_TEXT = {
  badKey: 'Access Denied. Please sign up for an account at https://rubygems.org',
  otpMissing: 'You have enabled multifactor authentication but no OTP code provided. Please fill it and retry.',
  otpIncorrect: 'Your OTP code is incorrect. Please check it and retry.',
  notFound: 'This rubygem could not be found.',
  serverError: 'Server error. Please try again.',
  throttled: 'Retry later\n', // Rack::Attack's default body
  repush:
    'Repushing of gem versions is not allowed.\n' +
    'Please bump the version number and push a new different release.\n' +
    'See also `gem yank` if you want to unpublish the bad release.',
  mfaRequired: 'Rubygem requires owners to enable MFA. You must enable MFA before pushing new version.',
  invalidGem: "RubyGems.org cannot process this gem.\nPlease try rebuilding it and installing it locally to make sure it's valid.\n",
  noSecurityDevice: "You don't have any security devices",
  notAllowed: 'You are not allowed to push this gem.',
} as const;

/** Behaviour knobs; the counters (rejectFirst, throttle, failNext, hang) count down per push. */
export interface GemServerConfig {
  /** The server's clock (TOTP checks, Date header, timestamps) is Date.now() + clockOffsetMs. */
  clockOffsetMs: number;
  /** Answer the next N OTP-bearing pushes of MFA users "incorrect" even when the code is valid. */
  rejectFirst: number;
  rejectAll: boolean;
  /** Answer the next N pushes 429 `Retry later` with `Retry-After: <retryAfter>`. */
  throttle: number;
  /** Answer the next N read API requests (versions, gem, owners) 429 `Retry later` with `Retry-After: <retryAfter>`. */
  throttleReads: number;
  retryAfter: number;
  /** Answer the next N authenticated pushes that pass the OTP check 500 `Server error. Please try again.`. */
  failNext: number;
  /** Hold the next N pushes: for hangMs, then handle them as usual (the gem is registered even if the
   *  client gave up); with hangMs null, never answer (the connection is dropped on stop). */
  hang: number;
  hangMs: number | null;
  /** Trust GitHub ID tokens from this issuer for trusted publishing; null: every exchange answers 404. */
  oidc: GemOidcConfig | null;
}

export const GEM_SERVER_DEFAULTS: Readonly<GemServerConfig> = {
  clockOffsetMs: 0,
  rejectFirst: 0,
  rejectAll: false,
  throttle: 0,
  throttleReads: 0,
  retryAfter: 60,
  failNext: 0,
  hang: 0,
  hangMs: null,
  oidc: null,
};
const COUNTERS = ['rejectFirst', 'throttle', 'throttleReads', 'failNext', 'hang'] as const;

export interface GemUserOptions {
  /** Base32 TOTP secret: the account has MFA on "UI and API" level, so every push needs a code. */
  mfa?: string | null;
  /** The account has a security key. Without `mfa` it is security-key-only (its OTPs come from
   *  the WebAuthn flow, see completeWebauthn). */
  webauthn?: boolean;
  /** Single-use recovery codes, accepted as OTP. */
  recoveryCodes?: string[];
  apiKey?: string;
  /** Default `<handle>@example.com`. */
  email?: string;
  /** owners.json lists the email only when it is public. Default false. */
  publicEmail?: boolean;
}

export type VersionState = 'indexed' | 'yanked' | 'pending';

export interface GemVersionSeed {
  number: string;
  platform?: string;
  /** 'pending': an earlier push that did not finish. Default 'indexed'. */
  state?: VersionState;
  metadata?: Record<string, string>;
}

export interface GemSeed {
  /** Handles of existing users (role 'owner'), or {handle, role}. */
  owners?: Array<string | { handle: string; role: 'owner' | 'maintainer' }>;
  versions?: Array<string | GemVersionSeed>;
}

export interface StoredVersion {
  number: string;
  /** 'ruby' for a gem without platform. */
  platform: string;
  state: VersionState;
  metadata: Record<string, string>;
  /** Hex sha256 of the pushed file (null for seeded versions). */
  sha256: string | null;
  pusher: string | null;
  pushedWithKey: string | null;
  /** ISO time on the server's clock. */
  createdAt: string;
}

export type PushOutcome =
  | 'accepted'
  | 'already-pushed'
  | 'bad-key'
  | 'missing'
  | 'invalid'
  | 'forced-reject'
  | 'server-error'
  | 'throttled'
  | 'hung'
  | 'invalid-gem'
  | 'repush'
  | 'yanked'
  | 'unfinished'
  | 'forbidden'
  | 'mfa-required';

/** One `POST /api/v1/gems`. */
export interface PushAttempt {
  gem: string | null;
  version: string | null;
  platform: string | null;
  /** Handle of the key's user, null when the key is unknown or not checked yet. */
  user: string | null;
  otp: string | null;
  outcome: PushOutcome;
  status: number;
  /** Epoch milliseconds (real clock). */
  at: number;
}

export interface GemServer {
  /** `http://127.0.0.1:N` (no trailing slash: `gem push --host` appends `/api/v1/gems`). */
  url: string;
  port: number;
  /** Work directory; pushed files land in `dir/gems/`. */
  dir: string;
  /** Creates a user and returns its API key. */
  addUser(handle: string, opts?: GemUserOptions): string;
  /** Preloads a gem (owners must be existing users). */
  addGem(name: string, seed?: GemSeed): void;
  /** Merges `partial` (unknown keys throw) and returns the whole config; re-arms the counters it sets. */
  configure(partial: Partial<GemServerConfig>): GemServerConfig;
  /** Clears attempts and exchanges, re-arms the counters from the config; keeps users, gems, publishers and keys. */
  reset(): void;
  attempts(): PushAttempt[];
  /** Every version of `name` (yanked and pending included), newest push first; undefined if unknown. */
  versions(name: string): StoredVersion[] | undefined;
  /** Completes the user's pending security-key verification and returns its one-time code. */
  completeWebauthn(handle: string): string;
  /** Lets tokens matching `publisher` exchange for a 15-minute key that pushes `gem` without OTP. */
  addTrustedPublisher(gem: string, publisher: GemTrustedPublisher): void;
  /** OIDC exchanges since start or reset. */
  exchanges(): GemExchange[];
  stop(): Promise<void>;
}

interface User {
  id: number;
  handle: string;
  email: string;
  publicEmail: boolean;
  secret: string | null;
  webauthn: boolean;
  recoveryCodes: Set<string>;
  apiKey: string;
  verification?: { token: string; otp: string | null; otpExpiresAt: number | null };
  /** Set for a trusted publisher's exchanged key: the gems it may push (no MFA, owners untouched). */
  trustedGems?: Set<string>;
}

interface Gem {
  name: string;
  owners: Map<string, 'owner' | 'maintainer'>;
  versions: StoredVersion[]; // newest first
}

interface Reply {
  status: number;
  body: string;
  outcome?: PushOutcome;
  headers?: Record<string, string>;
  json?: boolean;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const base58 = (length: number) => Array.from({ length }, () => BASE58[randomInt(BASE58.length)]).join('');
const WEBAUTHN_TTL_MS = 2 * 60_000; // link and code alike
const gemFullName = (name: string, number: string, platform: string) => (platform === 'ruby' ? `${name}-${number}` : `${name}-${number}-${platform}`);
// ActiveRecord::Type::Boolean: any other non-blank value casts to true.
const FALSE_VALUES = new Set(['0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF']);
const truthy = (value: string | undefined) => !!value && value.trim() !== '' && !FALSE_VALUES.has(value);

export async function startGemServer(opts: { config?: Partial<GemServerConfig>; dir?: string } = {}): Promise<GemServer> {
  const ownDir = !opts.dir;
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'otp-publish-gems-'));
  mkdirSync(join(dir, 'gems'), { recursive: true });

  const config: GemServerConfig = { ...GEM_SERVER_DEFAULTS };
  const left: Record<(typeof COUNTERS)[number], number> = { rejectFirst: 0, throttle: 0, throttleReads: 0, failNext: 0, hang: 0 };
  const users = new Map<string, User>();
  const gems = new Map<string, Gem>();
  let attempts: PushAttempt[] = [];
  const held = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let url = '';

  const now = () => Date.now() + config.clockOffsetMs;
  const oidc = createGemOidc({ config: () => config.oidc, now, host: () => new URL(url).hostname });
  const userByKey = (key: string | undefined): User | undefined => {
    const user = [...users.values()].find((u) => u.apiKey === key);
    const trusted = user ? undefined : oidc.keyFor(key);
    if (!trusted) return user;
    const { name: handle, key: apiKey, gems: trustedGems } = trusted;
    return { id: 0, handle, email: '', publicEmail: false, secret: null, webauthn: false, recoveryCodes: new Set(), apiKey, trustedGems };
  };
  const rearm = (names: readonly (typeof COUNTERS)[number][]) => {
    for (const name of names) left[name] = config[name];
  };
  /** Consumes one unit of a counter; false when it is spent. */
  function takeOne(name: (typeof COUNTERS)[number]): boolean {
    if (left[name] <= 0) return false;
    left[name]--;
    return true;
  }

  function configure(partial: Partial<GemServerConfig>): GemServerConfig {
    for (const key of Object.keys(partial)) if (!(key in GEM_SERVER_DEFAULTS)) throw new Error(`unknown gem server option: ${key}`);
    Object.assign(config, partial);
    rearm(COUNTERS.filter((name) => name in partial));
    return { ...config };
  }
  configure(opts.config ?? {});

  /** undefined when the OTP check passes, else the outcome of the 401. */
  function checkOtp(user: User, otp: string | null): PushOutcome | undefined {
    if (!user.secret && !user.webauthn) return undefined; // no MFA: no code needed
    if (!otp) return 'missing';
    if (config.rejectAll || takeOne('rejectFirst')) return 'forced-reject';
    const v = user.verification;
    if (v?.otp === otp && v.otpExpiresAt !== null && v.otpExpiresAt > now()) {
      v.otpExpiresAt = now() - 1000; // single use
      return undefined;
    }
    if (user.secret && totpValid(user.secret, otp, now())) return undefined;
    if (user.recoveryCodes.delete(otp)) return undefined;
    return 'invalid';
  }

  /** Pusher#find, #authorize, #verify_mfa_requirement and #save. */
  function register(user: User, spec: GemSpecInfo, body: Buffer): Reply {
    const { name, version: number, platform } = spec;
    const title = platform === 'ruby' ? `${name} (${number})` : `${name} (${number}-${platform})`;
    const fullName = gemFullName(name, number, platform);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const gem = gems.get(name);
    const indexed = gem?.versions.filter((v) => v.state === 'indexed') ?? [];
    const existing = gem?.versions.find((v) => v.number === number && v.platform === platform);
    if (existing) {
      const same = existing.sha256 === sha256 && existing.pusher === user.handle && existing.pushedWithKey === user.apiKey;
      if (existing.state === 'indexed' && same) return { status: 200, body: `Gem was already pushed: ${title}`, outcome: 'already-pushed' };
      if (existing.state === 'indexed') return { status: 409, body: GEM_TEXT.repush, outcome: 'repush' };
      if (existing.state === 'pending') {
        const body = `It appears that ${fullName} did not finish pushing.\nPlease contact support@rubygems.org for assistance if you pushed this gem more than a minute ago.`;
        return { status: 409, body, outcome: 'unfinished' };
      }
      const previousOwner = gem!.owners.has(user.handle) ? '' : 'pushed by a previous owner of this gem ';
      const body = `A yanked version ${previousOwner}already exists (${fullName}).\nRepushing of gem versions is not allowed. Please use a new version and retry`;
      return { status: 409, body, outcome: 'yanked' };
    }
    if (user.trustedGems) {
      if (!user.trustedGems.has(name)) return { status: 403, body: GEM_TEXT.notAllowed, outcome: 'forbidden' };
    } else if (gem && indexed.length > 0 && !gem.owners.has(user.handle)) {
      // A gem without indexed versions is up for grabs (Rubygem#pushable?).
      const body = `You do not have permission to push to this gem. Ask an owner to add you with: gem owner ${name} --add ${user.email}`;
      return { status: 403, body, outcome: 'forbidden' };
    }
    const mfaRequired = truthy(spec.metadata.rubygems_mfa_required) || truthy(indexed[0]?.metadata.rubygems_mfa_required);
    if (mfaRequired && !user.secret && !user.webauthn && !user.trustedGems) return { status: 403, body: GEM_TEXT.mfaRequired, outcome: 'mfa-required' };

    const target: Gem = gem ?? { name, owners: new Map(), versions: [] };
    gems.set(name, target);
    if (indexed.length === 0) target.owners.clear(); // Rubygem#disown
    if (target.owners.size === 0 && !user.trustedGems) target.owners.set(user.handle, 'owner');
    target.versions.unshift({
      number,
      platform,
      state: 'indexed',
      metadata: spec.metadata,
      sha256,
      pusher: user.handle,
      pushedWithKey: user.apiKey,
      createdAt: new Date(now()).toISOString(),
    });
    writeFileSync(join(dir, 'gems', `${fullName}.gem`), body);
    return { status: 200, body: `Successfully registered gem: ${title}`, outcome: 'accepted' };
  }

  async function push(req: IncomingMessage, body: Buffer): Promise<Reply | null> {
    const spec = readGemSpec(body);
    const otp = headerValue(req, 'otp')?.trim() || null;
    const attempt = {
      gem: spec?.name ?? null,
      version: spec?.version ?? null,
      platform: spec?.platform ?? null,
      user: null as string | null,
      otp,
      at: Date.now(),
    };
    const log = (reply: Reply): Reply => {
      attempts.push({ ...attempt, outcome: reply.outcome!, status: reply.status });
      return reply;
    };
    if (takeOne('hang')) {
      if (config.hangMs === null) {
        attempts.push({ ...attempt, outcome: 'hung', status: 0 });
        return null;
      }
      await sleep(config.hangMs, timers);
    }
    if (takeOne('throttle')) {
      return log({ status: 429, body: GEM_TEXT.throttled, outcome: 'throttled', headers: { 'retry-after': String(config.retryAfter) } });
    }
    const user = userByKey(headerValue(req, 'authorization'));
    if (!user) return log({ status: 401, body: GEM_TEXT.badKey, outcome: 'bad-key' });
    attempt.user = user.handle;
    const otpFailure = checkOtp(user, otp);
    if (otpFailure) return log({ status: 401, body: otpFailure === 'missing' ? GEM_TEXT.otpMissing : GEM_TEXT.otpIncorrect, outcome: otpFailure });
    if (takeOne('failNext')) return log({ status: 500, body: GEM_TEXT.serverError, outcome: 'server-error' });
    if (!spec) return log({ status: 422, body: GEM_TEXT.invalidGem, outcome: 'invalid-gem' });
    return log(register(user, spec, body));
  }

  /** Api::V1::WebauthnVerificationsController (create and status). */
  function webauthn(req: IncomingMessage, token: string | null): Reply {
    const user = userByKey(headerValue(req, 'authorization'));
    if (!user) {
      // No valid key: Rails falls back to HTTP Basic auth.
      return { status: 401, body: 'HTTP Basic: Access denied.\n', headers: { 'www-authenticate': 'Basic realm="Application"' } };
    }
    if (token === null) {
      if (!user.webauthn) return { status: 422, body: GEM_TEXT.noSecurityDevice };
      user.verification = { token: base58(16), otp: null, otpExpiresAt: null };
      const path = `${url}/webauthn_verification/${user.verification.token}`;
      if (!/json/.test(headerValue(req, 'accept') ?? '')) return { status: 200, body: path };
      const expiry = new Date(now() + WEBAUTHN_TTL_MS).toISOString();
      return { status: 200, body: JSON.stringify({ path, expiry }), json: true };
    }
    const v = user.verification;
    const status =
      v?.token !== token
        ? { status: 'not_found', message: 'Not Found' }
        : v.otpExpiresAt !== null && v.otpExpiresAt < now()
          ? { status: 'expired', message: 'The token in the link you used has either expired or been used already.' }
          : v.otp === null
            ? { status: 'pending', message: 'Security device authentication is still pending.' }
            : { status: 'success', code: v.otp };
    return { status: 200, body: JSON.stringify(status), json: true };
  }

  function read(kind: 'versions' | 'gem' | 'owners', name: string): Reply {
    if (takeOne('throttleReads')) return { status: 429, body: GEM_TEXT.throttled, headers: { 'retry-after': String(config.retryAfter) } };
    const gem = gems.get(name);
    const published = gem?.versions.filter((v) => v.state === 'indexed') ?? [];
    const json = (value: unknown): Reply => ({ status: 200, body: JSON.stringify(value), json: true });
    if (kind === 'owners' && gem) {
      return json(
        [...gem.owners].map(([handle, role]) => {
          const u = users.get(handle)!;
          return { id: u.id, handle: u.handle, ...(u.publicEmail ? { email: u.email } : {}), role };
        }),
      );
    }
    if (published.length === 0) return { status: 404, body: GEM_TEXT.notFound };
    if (kind === 'versions') {
      return json(
        published.map((v) => ({
          number: v.number,
          platform: v.platform,
          prerelease: /[a-zA-Z]/.test(v.number),
          created_at: v.createdAt,
          metadata: v.metadata,
          sha: v.sha256,
          downloads_count: 0,
        })),
      );
    }
    const latest = published[0]!;
    return json({
      name,
      downloads: 0,
      version: latest.number,
      version_created_at: latest.createdAt,
      platform: latest.platform,
      metadata: latest.metadata,
      yanked: false,
      sha: latest.sha256,
      project_uri: `${url}/gems/${name}`,
      gem_uri: `${url}/gems/${gemFullName(name, latest.number, latest.platform)}.gem`,
      dependencies: { development: [], runtime: [] },
    });
  }

  async function route(req: IncomingMessage, body: Buffer): Promise<Reply | null> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const routes: Array<[string, RegExp, (arg: string) => Reply | Promise<Reply | null>]> = [
      ['POST', /^\/api\/v1\/gems$/, () => push(req, body)],
      ['POST', /^\/api\/v1\/oidc\/trusted_publisher\/exchange_token$/, () => oidc.exchange(body)],
      ['POST', /^\/api\/v1\/webauthn_verification$/, () => webauthn(req, null)],
      ['GET', /^\/api\/v1\/webauthn_verification\/([^/]+)\/status\.json$/, (token) => webauthn(req, token)],
      ['GET', /^\/api\/v1\/versions\/([^/]+)\.json$/, (name) => read('versions', name)],
      ['GET', /^\/api\/v1\/gems\/([^/]+)\/owners\.json$/, (name) => read('owners', name)],
      ['GET', /^\/api\/v1\/gems\/([^/]+)\.json$/, (name) => read('gem', name)],
    ];
    for (const [method, re, handle] of routes) {
      const match = req.method === method ? re.exec(path) : null;
      if (match) return handle(decodeURIComponent(match[1] ?? ''));
    }
    return { status: 404, body: 'Not Found' };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      route(req, Buffer.concat(chunks)).then(
        (reply) => (reply ? send(res, reply) : held.add(res)),
        (err: unknown) => send(res, { status: 500, body: `test server error: ${String(err)}` }),
      );
    });
  });
  function send(res: ServerResponse, reply: Reply) {
    if (res.destroyed) return;
    res.writeHead(reply.status, {
      date: new Date(now()).toUTCString(),
      'content-type': reply.json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      ...reply.headers,
    });
    res.end(reply.body);
  }

  const listening = await listenOnLoopback(server);
  const port = listening.port;
  url = listening.url;

  return {
    url,
    port,
    dir,
    addUser(handle, o = {}) {
      if (users.has(handle)) throw new Error(`user exists: ${handle}`);
      const apiKey = o.apiKey ?? `rubygems_${randomBytes(24).toString('hex')}`;
      users.set(handle, {
        id: users.size + 1,
        handle,
        email: o.email ?? `${handle}@example.com`,
        publicEmail: o.publicEmail ?? false,
        secret: o.mfa ? o.mfa.replace(/[\s-]/g, '').toUpperCase() : null,
        webauthn: o.webauthn ?? false,
        recoveryCodes: new Set(o.recoveryCodes ?? []),
        apiKey,
      });
      return apiKey;
    },
    addGem(name, seed = {}) {
      const owners = new Map<string, 'owner' | 'maintainer'>();
      for (const o of seed.owners ?? []) {
        const { handle, role } = typeof o === 'string' ? { handle: o, role: 'owner' as const } : o;
        if (!users.has(handle)) throw new Error(`unknown user: ${handle}`);
        owners.set(handle, role);
      }
      const versions = (seed.versions ?? []).map((s): StoredVersion => {
        const v = typeof s === 'string' ? { number: s } : s;
        const createdAt = new Date(now()).toISOString();
        return {
          number: v.number,
          platform: v.platform ?? 'ruby',
          state: v.state ?? 'indexed',
          metadata: v.metadata ?? {},
          sha256: null,
          pusher: null,
          pushedWithKey: null,
          createdAt,
        };
      });
      gems.set(name, { name, owners, versions: versions.reverse() });
    },
    configure,
    reset() {
      attempts = [];
      oidc.reset();
      rearm(COUNTERS);
    },
    attempts: () => [...attempts],
    versions: (name) => gems.get(name)?.versions.map((v) => ({ ...v })),
    completeWebauthn(handle) {
      const v = users.get(handle)?.verification;
      if (!v) throw new Error(`no pending security-key verification for ${handle}`);
      v.otp = base58(16);
      v.otpExpiresAt = now() + WEBAUTHN_TTL_MS;
      return v.otp;
    },
    addTrustedPublisher: oidc.addTrustedPublisher,
    exchanges: oidc.exchanges,
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sleep(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}

/** rubygems.org: ROTP `verify(otp, drift_behind: 30, drift_ahead: 30)`, i.e. the previous, current or next step. */
function totpValid(secret: string, token: string, nowMs: number): boolean {
  try {
    return verifySync({ secret, token, epoch: Math.floor(nowMs / 1000), epochTolerance: 30, guardrails }).valid;
  } catch {
    return false; // wrong length, not digits...
  }
}
