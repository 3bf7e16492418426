// An in-process stand-in for rubygems.org's push and read API, for integration
// tests driven by the real `gem` CLI (helpers to build and push gems are in cli.ts).
// Texts, status codes and the order of checks follow rubygems.org's source
// (app/controllers/api/base_controller.rb, api/v1/rubygems_controller.rb,
// api/v1/webauthn_verifications_controller.rb, app/models/pusher.rb, config/locales/en.yml).
// Trusted publishing (OIDC exchange_token) lives in oidc.ts: configure({ oidc }) + addTrustedPublisher.
// Gem ownership (GET/POST/DELETE /api/v1/gems/<gem>/owners, `gem owner`) lives in owners.ts: addApiKey
// (scopes), confirmOwnership (the invitee clicks the mail), ownerships, ownerAttempts.
// Who owns what and readiness reads (the key's gems, a user's gems, a gem's trusted publishers...) live in reads.ts.
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
import { createGemOwners, type OwnerAttempt, type OwnerCaller, type OwnerRole, type Ownership } from './owners.js';
import { createGemReads, gemFullName, rubygemPayload, shownVersion } from './reads.js';

export type { GemExchange, GemOidcConfig, GemTrustedPublisher, OwnerAttempt, OwnerRole };
export { OWNER_TEXT, type OwnerOutcome } from './owners.js';
export { READ_TEXT } from './reads.js';

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
  /** A key without the push_rubygem scope (t(:api_key_insufficient_scope)). */
  insufficientScope: 'This API key cannot perform the specified action on this gem.',
  /** PUT /api/v1/api_key (the scope update `gem` tries after a 403 "The API key doesn't have access"): no
   *  password is ever right here, so it always answers as rubygems.org does to wrong credentials. */
  basicDenied: 'HTTP Basic: Access denied.\n',
} as const;

/** rubygems.org's ApiKey::API_SCOPES. */
export const GEM_SCOPES = [
  'show_dashboard',
  'index_rubygems',
  'push_rubygem',
  'yank_rubygem',
  'add_owner',
  'update_owner',
  'remove_owner',
  'access_webhooks',
  'configure_trusted_publishers',
] as const;
export type GemScope = (typeof GEM_SCOPES)[number];
/** Scopes of the key addUser creates: all but show_dashboard (which excludes every other). */
const DEFAULT_SCOPES: readonly GemScope[] = GEM_SCOPES.filter((s) => s !== 'show_dashboard');

/** rubygems.org's User#mfa_level. A key needs a code when the level is ui_and_api, or when the key
 *  itself was created with "MFA for this key" (GemApiKeyOptions.mfa) and the level is not disabled. */
export type GemMfaLevel = 'disabled' | 'ui_only' | 'ui_and_gem_signin' | 'ui_and_api';

/** Behaviour knobs; the counters (rejectFirst, throttle, failNext, hang) count down per push,
 *  throttleOwners and rejectOwnersFirst per owner change (POST/DELETE owners), throttleReads per read. */
export interface GemServerConfig {
  /** The server's clock (TOTP checks, Date header, timestamps) is Date.now() + clockOffsetMs. */
  clockOffsetMs: number;
  /** Answer the next N OTP-bearing pushes of MFA users "incorrect" even when the code is valid. */
  rejectFirst: number;
  /** Answer every OTP-bearing push and owner change of MFA users "incorrect". */
  rejectAll: boolean;
  /** Answer the next N OTP-bearing owner changes (gem owner --add/--remove) "incorrect" even when the code is valid. */
  rejectOwnersFirst: number;
  /** Answer the next N owner changes 429 `Retry later` with `Retry-After: <retryAfter>` (Rack::Attack's api/key throttle). */
  throttleOwners: number;
  /** Answer the next N pushes 429 `Retry later` with `Retry-After: <retryAfter>`. */
  throttle: number;
  /** Answer the next N read API requests (versions, gem, owners list, the reads of reads.ts) 429 `Retry later` with `Retry-After: <retryAfter>`. */
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
  rejectOwnersFirst: 0,
  throttleOwners: 0,
  throttle: 0,
  throttleReads: 0,
  retryAfter: 60,
  failNext: 0,
  hang: 0,
  hangMs: null,
  oidc: null,
};
const COUNTERS = ['rejectFirst', 'rejectOwnersFirst', 'throttleOwners', 'throttle', 'throttleReads', 'failNext', 'hang'] as const;

export interface GemUserOptions {
  /** Base32 TOTP secret: the account has MFA, on "UI and API" level unless mfaLevel says otherwise,
   *  so every push and owner change needs a code. */
  mfa?: string | null;
  /** Default 'ui_and_api' with `mfa` or `webauthn`, else 'disabled' (the only level allowed without a device). */
  mfaLevel?: GemMfaLevel;
  /** Scopes of the returned key; default all but show_dashboard. */
  scopes?: readonly GemScope[];
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

/** Another API key of a user (rubygems.org's "New API key" form). */
export interface GemApiKeyOptions {
  /** Default: a fresh `rubygems_<48 hex>`. */
  key?: string;
  /** Default all but show_dashboard. */
  scopes?: readonly GemScope[];
  /** Scoped to this gem: owner changes of other gems are refused (the user must own it when the key is made). */
  gem?: string;
  /** "Enable MFA for this key": a code is needed even below the ui_and_api level (unless MFA is disabled). */
  mfa?: boolean;
  /** Expiry after creation on the server clock; a key living under 15 minutes needs no code. Default never. */
  expiresInMs?: number;
}

export interface GemSeed {
  /** Handles of existing users (role 'owner'), or {handle, role, confirmed} (confirmed false: an invitation). */
  owners?: Array<string | { handle: string; role?: OwnerRole; confirmed?: boolean }>;
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

/** Every HTTP request the server received, in order. */
export interface GemRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  contentType: string | null;
  /** The body as UTF-8, except a pushed .gem (application/octet-stream): null, see bytes. */
  body: string | null;
  bytes: number;
  /** The `OTP` header, null when absent. */
  otp: string | null;
  /** The `Authorization` header, null when absent. */
  authorization: string | null;
  /** The answer's status; null while (or when never) answered. */
  status: number | null;
  /** Epoch milliseconds (real clock). */
  at: number;
}

/** An ownership as stored, unconfirmed ones included. */
export interface GemOwnership {
  handle: string;
  role: OwnerRole;
  confirmed: boolean;
  authorizer: string;
}

export interface GemServer {
  /** `http://127.0.0.1:N` (no trailing slash: `gem push --host` appends `/api/v1/gems`). */
  url: string;
  port: number;
  /** Work directory; pushed files land in `dir/gems/`. */
  dir: string;
  /** Creates a user and returns its API key. */
  addUser(handle: string, opts?: GemUserOptions): string;
  /** Creates another API key of an existing user and returns it. */
  addApiKey(handle: string, opts?: GemApiKeyOptions): string;
  /** Preloads a gem (owners must be existing users). */
  addGem(name: string, seed?: GemSeed): void;
  /** The invitee clicks the confirmation mail: the ownership is confirmed and shows in owners.json.
   *  Throws when there is no pending invitation, or it is older than 48 h on the server clock. */
  confirmOwnership(gem: string, handle: string): void;
  /** Every ownership of `name`, unconfirmed included, oldest first; undefined if unknown. */
  ownerships(name: string): GemOwnership[] | undefined;
  /** Requests to the owners routes since start or reset. */
  ownerAttempts(): OwnerAttempt[];
  /** Every HTTP request since start or reset. */
  requests(): GemRequest[];
  /** Merges `partial` (unknown keys throw) and returns the whole config; re-arms the counters it sets. */
  configure(partial: Partial<GemServerConfig>): GemServerConfig;
  /** Clears attempts, owner attempts, requests and exchanges, re-arms the counters from the config; keeps users, gems, publishers and keys. */
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
  mfaLevel: GemMfaLevel;
  secret: string | null;
  webauthn: boolean;
  recoveryCodes: Set<string>;
  apiKey: string;
  verification?: { token: string; otp: string | null; otpExpiresAt: number | null };
  /** Set for a trusted publisher's exchanged key: the gems it may push (no MFA, owners untouched). */
  trustedGems?: Set<string>;
}

interface ApiKeyRecord {
  key: string;
  handle: string;
  scopes: Set<GemScope>;
  gem: string | null;
  mfa: boolean;
  /** Server clock, epoch ms. */
  createdAt: number;
  expiresAt: number | null;
}

/** The user (real, or stood in for a trusted publisher) and the key of a request. */
interface Caller {
  user: User;
  key: ApiKeyRecord;
  trusted: boolean;
}

interface Gem {
  name: string;
  /** Keyed by handle; unconfirmed ones (invitations) included, as rubygems.org's ownerships_including_unconfirmed. */
  ownerships: Map<string, Ownership>;
  versions: StoredVersion[]; // newest first
}

/** Rubygem#owned_by?: a confirmed ownership, any role. */
const ownsGem = (gem: Gem, handle: string) => (gem.ownerships.get(handle)?.confirmedAt ?? null) !== null;

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
// ActiveRecord::Type::Boolean: any other non-blank value casts to true.
const FALSE_VALUES = new Set(['0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF']);
const truthy = (value: string | undefined) => !!value && value.trim() !== '' && !FALSE_VALUES.has(value);

export async function startGemServer(opts: { config?: Partial<GemServerConfig>; dir?: string } = {}): Promise<GemServer> {
  const ownDir = !opts.dir;
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'otp-publish-gems-'));
  mkdirSync(join(dir, 'gems'), { recursive: true });

  const config: GemServerConfig = { ...GEM_SERVER_DEFAULTS };
  const left = Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Record<(typeof COUNTERS)[number], number>;
  const users = new Map<string, User>();
  const apiKeys = new Map<string, ApiKeyRecord>();
  const gems = new Map<string, Gem>();
  let attempts: PushAttempt[] = [];
  let requests: GemRequest[] = [];
  const held = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let url = '';

  const now = () => Date.now() + config.clockOffsetMs;
  const oidc = createGemOidc({ config: () => config.oidc, now, host: () => new URL(url).hostname });
  /** ApiKey.unexpired.find_by_hashed_key, or an exchanged trusted-publishing key. */
  const authenticate = (key: string | undefined): Caller | undefined => {
    const record = key === undefined ? undefined : apiKeys.get(key);
    if (record && (record.expiresAt === null || record.expiresAt > now())) return { user: users.get(record.handle)!, key: record, trusted: false };
    const trusted = oidc.keyFor(key);
    if (!trusted) return undefined;
    const { name: handle, key: apiKey, gems: trustedGems, expiresAt } = trusted;
    const user: User = {
      id: 0,
      handle,
      email: '',
      publicEmail: false,
      mfaLevel: 'disabled',
      secret: null,
      webauthn: false,
      recoveryCodes: new Set(),
      apiKey,
      trustedGems,
    };
    const scopes = new Set<GemScope>(['push_rubygem']);
    return { user, key: { key: apiKey, handle, scopes, gem: null, mfa: false, createdAt: expiresAt - 15 * 60_000, expiresAt }, trusted: true };
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

  /** ApiKey#mfa_enabled?: does this request need a code? */
  function codeNeeded({ user, key, trusted }: Caller): boolean {
    if (trusted || user.mfaLevel === 'disabled') return false; // trusted publishing keys: oidc_id_token present
    if (key.expiresAt !== null && key.expiresAt - key.createdAt < 15 * 60_000) return false; // short-lived
    return user.mfaLevel === 'ui_and_api' || key.mfa;
  }

  /** ApiKey#mfa_authorized? (User#api_mfa_verified?): undefined when the OTP check passes, else the outcome of the 401. */
  function checkOtp(
    caller: Caller,
    otp: string | null,
    rejectCounter: 'rejectFirst' | 'rejectOwnersFirst' | null,
  ): 'missing' | 'invalid' | 'forced-reject' | undefined {
    if (!codeNeeded(caller)) return undefined;
    const { user } = caller;
    if (!otp) return 'missing';
    if (rejectCounter !== null && (config.rejectAll || takeOne(rejectCounter))) return 'forced-reject';
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
  function register({ user, key }: Caller, spec: GemSpecInfo, body: Buffer): Reply {
    const { name, version: number, platform } = spec;
    const title = platform === 'ruby' ? `${name} (${number})` : `${name} (${number}-${platform})`;
    const fullName = gemFullName(name, number, platform);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const gem = gems.get(name);
    const indexed = gem?.versions.filter((v) => v.state === 'indexed') ?? [];
    const existing = gem?.versions.find((v) => v.number === number && v.platform === platform);
    if (existing) {
      const same = existing.sha256 === sha256 && existing.pusher === user.handle && existing.pushedWithKey === key.key;
      if (existing.state === 'indexed' && same) return { status: 200, body: `Gem was already pushed: ${title}`, outcome: 'already-pushed' };
      if (existing.state === 'indexed') return { status: 409, body: GEM_TEXT.repush, outcome: 'repush' };
      if (existing.state === 'pending') {
        const body = `It appears that ${fullName} did not finish pushing.\nPlease contact support@rubygems.org for assistance if you pushed this gem more than a minute ago.`;
        return { status: 409, body, outcome: 'unfinished' };
      }
      const previousOwner = ownsGem(gem!, user.handle) ? '' : 'pushed by a previous owner of this gem ';
      const body = `A yanked version ${previousOwner}already exists (${fullName}).\nRepushing of gem versions is not allowed. Please use a new version and retry`;
      return { status: 409, body, outcome: 'yanked' };
    }
    if (user.trustedGems) {
      if (!user.trustedGems.has(name)) return { status: 403, body: GEM_TEXT.notAllowed, outcome: 'forbidden' };
    } else if (gem && indexed.length > 0 && !ownsGem(gem, user.handle)) {
      // A gem without indexed versions is up for grabs (Rubygem#pushable?).
      const body = `You do not have permission to push to this gem. Ask an owner to add you with: gem owner ${name} --add ${user.email}`;
      return { status: 403, body, outcome: 'forbidden' };
    }
    const mfaRequired = truthy(spec.metadata.rubygems_mfa_required) || truthy(indexed[0]?.metadata.rubygems_mfa_required);
    if (mfaRequired && !user.secret && !user.webauthn && !user.trustedGems) return { status: 403, body: GEM_TEXT.mfaRequired, outcome: 'mfa-required' };

    const target: Gem = gem ?? { name, ownerships: new Map(), versions: [] };
    gems.set(name, target);
    if (indexed.length === 0) target.ownerships.clear(); // Rubygem#disown (unconfirmed ones too)
    // Rubygem#create_ownership: a confirmed ownership when the gem has no confirmed owner.
    const unowned = ![...target.ownerships.values()].some((o) => o.confirmedAt !== null);
    if (unowned && !user.trustedGems) target.ownerships.set(user.handle, confirmedOwnership(user.handle, 'owner'));
    target.versions.unshift({
      number,
      platform,
      state: 'indexed',
      metadata: spec.metadata,
      sha256,
      pusher: user.handle,
      pushedWithKey: key.key,
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
    const caller = authenticate(headerValue(req, 'authorization'));
    if (!caller) return log({ status: 401, body: GEM_TEXT.badKey, outcome: 'bad-key' });
    attempt.user = caller.user.handle;
    const otpFailure = checkOtp(caller, otp, 'rejectFirst');
    if (otpFailure) return log({ status: 401, body: otpFailure === 'missing' ? GEM_TEXT.otpMissing : GEM_TEXT.otpIncorrect, outcome: otpFailure });
    // Api::RubygemPolicy#create?: the key's push_rubygem scope.
    if (!caller.key.scopes.has('push_rubygem')) return log({ status: 403, body: GEM_TEXT.insufficientScope, outcome: 'forbidden' });
    if (takeOne('failNext')) return log({ status: 500, body: GEM_TEXT.serverError, outcome: 'server-error' });
    if (!spec) return log({ status: 422, body: GEM_TEXT.invalidGem, outcome: 'invalid-gem' });
    return log(register(caller, spec, body));
  }

  /** Api::V1::WebauthnVerificationsController (create and status). */
  function webauthn(req: IncomingMessage, token: string | null): Reply {
    const user = authenticate(headerValue(req, 'authorization'))?.user;
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

  function read(kind: 'versions' | 'gem', name: string): Reply {
    if (takeOne('throttleReads')) return { status: 429, body: GEM_TEXT.throttled, headers: { 'retry-after': String(config.retryAfter) } };
    const gem = gems.get(name);
    const published = gem?.versions.filter((v) => v.state === 'indexed') ?? [];
    const json = (value: unknown): Reply => ({ status: 200, body: JSON.stringify(value), json: true });
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
    return json(rubygemPayload(url, name, published[0]!));
  }

  /** The key's caller as owners.ts and reads.ts see it; `rejectCounter` null: no forced rejects. */
  function ownerCaller(authorization: string | undefined, rejectCounter: 'rejectOwnersFirst' | null): OwnerCaller | undefined {
    const caller = authenticate(authorization);
    if (!caller) return undefined;
    const { user, key, trusted } = caller;
    const otpFailure = (otp: string | null) => checkOtp(caller, otp, rejectCounter);
    return { user: trusted ? null : user, name: user.handle, scopes: key.scopes, gem: key.gem, otpFailure };
  }
  const mfaRequired = (gem: Gem) => truthy(shownVersion(gem)?.metadata.rubygems_mfa_required);

  const owners = createGemOwners({
    now,
    users: () => users.values(),
    gem(name) {
      const gem = gems.get(name);
      return gem && { name, ownerships: gem.ownerships, mfaRequired: mfaRequired(gem) };
    },
    authenticate: (authorization) => ownerCaller(authorization, 'rejectOwnersFirst'),
    throttled: () => takeOne('throttleOwners'),
    readThrottled: () => takeOne('throttleReads'),
    retryAfter: () => config.retryAfter,
  });

  const reads = createGemReads({
    url: () => url,
    users: () => users.values(),
    gems: () => gems.values(),
    mfaRequired,
    authenticate: (authorization) => ownerCaller(authorization, null),
    publishers: oidc.publishersOf,
    readThrottled: () => takeOne('throttleReads'),
    retryAfter: () => config.retryAfter,
  });

  /** The owners routes: `format` from the path's extension, params from the query and the form body. */
  function ownersRoute(req: IncomingMessage, body: Buffer, gem: string, ext: string | undefined): Reply {
    const url = new URL(req.url ?? '/', 'http://x');
    const params = new URLSearchParams(url.search);
    if (/^application\/x-www-form-urlencoded\b/i.test(headerValue(req, 'content-type') ?? '')) {
      for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params.append(k, v);
    }
    const request = {
      method: req.method ?? 'GET',
      gem,
      format: (ext ?? null) as 'json' | 'yaml' | null,
      authorization: headerValue(req, 'authorization'),
      otp: headerValue(req, 'otp')?.trim() || null,
      params,
    };
    const reply = req.method === 'GET' ? owners.list(request) : owners.change(request);
    return { ...reply, headers: { ...reply.headers, ...(reply.contentType ? { 'content-type': reply.contentType } : {}) } };
  }

  /** A confirmed ownership, as seeded or made by a first push (Ownership.create_confirmed). */
  function confirmedOwnership(handle: string, role: OwnerRole): Ownership {
    return { role, confirmedAt: now(), token: null, tokenExpiresAt: now(), authorizer: handle };
  }

  function storeKey(handle: string, o: GemApiKeyOptions): string {
    const key = o.key ?? `rubygems_${randomBytes(24).toString('hex')}`;
    if (apiKeys.has(key)) throw new Error('API key exists');
    const scopes = new Set(o.scopes ?? DEFAULT_SCOPES);
    for (const scope of scopes) if (!GEM_SCOPES.includes(scope)) throw new Error(`unknown scope: ${scope}`);
    if (scopes.has('show_dashboard') && scopes.size > 1) throw new Error('show_dashboard excludes every other scope');
    const createdAt = now();
    const expiresAt = o.expiresInMs === undefined ? null : createdAt + o.expiresInMs;
    apiKeys.set(key, { key, handle, scopes, gem: o.gem ?? null, mfa: o.mfa ?? false, createdAt, expiresAt });
    return key;
  }

  async function route(req: IncomingMessage, body: Buffer): Promise<Reply | null> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [authorization, accept, otp] = [headerValue(req, 'authorization'), headerValue(req, 'accept'), headerValue(req, 'otp')?.trim() || null];
    const readReply = reads.route({ method: req.method ?? 'GET', path, authorization, accept, otp });
    if (readReply) return readReply;
    const ownersPath = /^\/api\/v1\/gems\/([^/]+)\/owners(?:\.(json|yaml))?$/.exec(path);
    if (ownersPath && (req.method === 'POST' || req.method === 'DELETE' || (req.method === 'GET' && ownersPath[2]))) {
      return ownersRoute(req, body, decodeURIComponent(ownersPath[1]!), ownersPath[2]);
    }
    const routes: Array<[string, RegExp, (arg: string) => Reply | Promise<Reply | null>]> = [
      ['POST', /^\/api\/v1\/gems$/, () => push(req, body)],
      ['POST', /^\/api\/v1\/oidc\/trusted_publisher\/exchange_token$/, () => oidc.exchange(body)],
      ['POST', /^\/api\/v1\/webauthn_verification$/, () => webauthn(req, null)],
      ['GET', /^\/api\/v1\/webauthn_verification\/([^/]+)\/status\.json$/, (token) => webauthn(req, token)],
      ['GET', /^\/api\/v1\/versions\/([^/]+)\.json$/, (name) => read('versions', name)],
      // The scope update `gem` asks for after 403 "The API key doesn't have access" (Basic auth: never right here).
      ['PUT', /^\/api\/v1\/api_key$/, () => ({ status: 401, body: GEM_TEXT.basicDenied, headers: { 'www-authenticate': 'Basic realm="Application"' } })],
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
      const body = Buffer.concat(chunks);
      const contentType = headerValue(req, 'content-type') ?? null;
      const entry: GemRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        contentType,
        body: /^application\/octet-stream\b/i.test(contentType ?? '') ? null : body.toString('utf8'),
        bytes: body.length,
        otp: headerValue(req, 'otp') ?? null,
        authorization: headerValue(req, 'authorization') ?? null,
        status: null,
        at: Date.now(),
      };
      requests.push(entry);
      route(req, body).then(
        (reply) => (reply ? send(res, reply, entry) : held.add(res)),
        (err: unknown) => send(res, { status: 500, body: `test server error: ${String(err)}` }, entry),
      );
    });
  });
  function send(res: ServerResponse, reply: Reply, entry: GemRequest) {
    entry.status = reply.status;
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
      const device = !!o.mfa || !!o.webauthn;
      const mfaLevel = o.mfaLevel ?? (device ? 'ui_and_api' : 'disabled');
      if (device !== (mfaLevel !== 'disabled')) throw new Error(`MFA level ${mfaLevel} ${device ? 'with' : 'without'} an MFA device (mfa or webauthn)`);
      const apiKey = o.apiKey ?? `rubygems_${randomBytes(24).toString('hex')}`;
      users.set(handle, {
        id: users.size + 1,
        handle,
        email: o.email ?? `${handle}@example.com`,
        publicEmail: o.publicEmail ?? false,
        mfaLevel,
        secret: o.mfa ? o.mfa.replace(/[\s-]/g, '').toUpperCase() : null,
        webauthn: o.webauthn ?? false,
        recoveryCodes: new Set(o.recoveryCodes ?? []),
        apiKey,
      });
      return storeKey(handle, { key: apiKey, scopes: o.scopes });
    },
    addApiKey(handle, o = {}) {
      if (!users.has(handle)) throw new Error(`unknown user: ${handle}`);
      if (o.gem !== undefined && !gems.get(o.gem)?.ownerships.has(handle)) throw new Error(`${handle} does not own ${o.gem}: no key scoped to it`);
      return storeKey(handle, o);
    },
    addGem(name, seed = {}) {
      const ownerships = new Map<string, Ownership>();
      for (const o of seed.owners ?? []) {
        const { handle, role = 'owner', confirmed = true } = typeof o === 'string' ? { handle: o } : o;
        if (!users.has(handle)) throw new Error(`unknown user: ${handle}`);
        const ownership = confirmedOwnership(handle, role);
        ownerships.set(handle, confirmed ? ownership : { ...ownership, confirmedAt: null, token: randomBytes(20).toString('hex') });
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
      gems.set(name, { name, ownerships, versions: versions.reverse() });
    },
    confirmOwnership: owners.confirm,
    ownerships: (name) =>
      gems.has(name)
        ? [...gems.get(name)!.ownerships].map(([handle, o]) => ({ handle, role: o.role, confirmed: o.confirmedAt !== null, authorizer: o.authorizer }))
        : undefined,
    ownerAttempts: owners.attempts,
    requests: () => requests.map((r) => ({ ...r })),
    configure,
    reset() {
      attempts = [];
      requests = [];
      owners.reset();
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
