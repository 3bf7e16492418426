// Reads for the rubygems.org double (server.ts): whose key runs a job, and whether an account and a gem
// are ready. Read from rubygems/rubygems.org at 3c8ea0d4 (2026-08-22): config/routes.rb,
// app/controllers/api/base_controller.rb, api/v1/{rubygems,owners,api_keys,profiles}_controller.rb,
// api/v1/oidc/{rubygem_trusted_publishers,api_key_roles}_controller.rb, app/policies/api/*, app/models/
// {api_key,rubygem,user,oidc/*}.rb.
//   GET /api/v1/gems.json                            key with index_rubygems: the gems of the key's user
//   GET /api/v1/owners/<handle or id>/gems.json      public: the gems of a user
//   GET /api/v1/gems/<gem>/trusted_publishers[.json] key with configure_trusted_publishers, role owner, OTP
//   GET /api/v1/oidc/api_key_roles[.json]            any user key, no scope: the user's API key roles
//   GET /api/v1/api_key                              410: retired (no read of a key's own scopes or expiry)
//   GET /api/v1/profile/me[.json]                    HTTP Basic (email and password) only: a key gets 401
//   GET /api/v1/multifactor_auth[.json]              404: routes.rb keeps the route, its controller was
//                                                    deleted in 2018 (abb5383c9), so no key reads mfa_level
// A gem's list entry is Rubygem#payload, the body of GET /api/v1/gems/<gem>.json (rubygemPayload).
// "The gems of a user": confirmed ownerships (any role) of gems with an indexed version (user.rubygems
// .with_versions), in no guaranteed order (no ORDER BY; here, the order gems were made).
// Not modelled: .yaml answers, unconfirmed emails and soft-deleted keys (403), organisations, the
// user-level MFA requirement of owners of gems past 180M downloads, API key roles (always []).
import type { OwnerCaller, OwnerUser, Ownership } from './owners.js';
import type { GemTrustedPublisher } from './oidc.js';

/** A stored version as the payload needs it (server.ts's StoredVersion). */
export interface ReadVersion {
  number: string;
  platform: string;
  state: 'indexed' | 'yanked' | 'pending';
  metadata: Record<string, string>;
  sha256: string | null;
  createdAt: string;
}

export interface ReadGem {
  name: string;
  /** Keyed by handle; unconfirmed ones included. */
  ownerships: Map<string, Ownership>;
  /** Newest push first. */
  versions: ReadVersion[];
}

export interface ReadsHost {
  /** The server's own URL (project_uri, gem_uri). */
  url(): string;
  users(): Iterable<OwnerUser>;
  /** Every gem, oldest first. */
  gems(): Iterable<ReadGem>;
  /** The latest indexed version says rubygems_mfa_required (Rubygem#metadata_mfa_required?). */
  mfaRequired(gem: ReadGem): boolean;
  /** The key's caller; its OTP check has no forced rejects (those knobs are for pushes and owner changes). */
  authenticate(authorization: string | undefined): OwnerCaller | undefined;
  /** The gem's trusted publishers with their ids, oldest first. */
  publishers(gem: string): Array<{ id: number; publisher: GemTrustedPublisher }>;
  /** Consumes one unit of the read throttle counter. */
  readThrottled(): boolean;
  retryAfter(): number;
}

export interface ReadRequest {
  method: string;
  /** The path without the query. */
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
  otp: string | null;
}

export interface ReadReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  json?: boolean;
}

/** Server answers, verbatim from rubygems.org. */
export const READ_TEXT = {
  /** t(:please_sign_up): no such key, or an expired one (ApiKey.unexpired). */
  badKey: 'Access Denied. Please sign up for an account at https://rubygems.org',
  /** t(:api_key_forbidden): a trusted publisher's key (it has no user). */
  keyForbidden: "The API key doesn't have access",
  /** t(:api_key_insufficient_scope): the scope is missing (or the key is scoped to another gem). */
  insufficientScope: 'This API key cannot perform the specified action on this gem.',
  /** t(:forbidden): not an owner with role owner. */
  forbidden: 'Forbidden',
  /** t("multifactor_auths.api.mfa_required"): the gem requires MFA, the key's user has none. */
  mfaRequiredByGem: 'Gem requires MFA enabled; You do not have MFA enabled yet.',
  /** OwnersController#render_not_found (the rescue of User.find_by_slug!). */
  ownerNotFound: 'Owner could not be found.',
  /** t(:this_rubygem_could_not_be_found), ApplicationController#find_rubygem. */
  gemNotFound: 'This rubygem could not be found.',
  otpMissing: 'You have enabled multifactor authentication but no OTP code provided. Please fill it and retry.',
  otpIncorrect: 'Your OTP code is incorrect. Please check it and retry.',
  /** Api::V1::ApiKeysController#show (410). */
  apiKeyRetired:
    'This endpoint has been retired. `gem signin` (GET /api/v1/api_key) is no longer supported. ' +
    'Create an API key at https://rubygems.org/profile/api_keys and set it up following https://guides.rubygems.org/api-key-scopes/.',
  /** Rails' request_http_basic_authentication: no `Authorization: Basic ...` header. */
  basicDenied: 'HTTP Basic: Access denied.\n',
  /** ProfilesController#me with Basic credentials that do not match (the double has no passwords). */
  invalidCredentials: JSON.stringify({ error: 'Invalid credentials', code: 401 }),
} as const;

/** Api::BaseController#deny_shared_cache. */
const PRIVATE = { 'cache-control': 'private, no-store', 'surrogate-control': 'max-age=0', vary: 'Authorization' };

export const gemFullName = (name: string, number: string, platform: string) => (platform === 'ruby' ? `${name}-${number}` : `${name}-${number}-${platform}`);

/** Rubygem#payload (GET /api/v1/gems/<gem>.json and each entry of the gem lists) for the version shown.
 *  Left out: version_downloads, authors, info, licenses, spec_sha, the *_uri links. */
export function rubygemPayload(url: string, name: string, v: ReadVersion) {
  return {
    name,
    downloads: 0,
    version: v.number,
    version_created_at: v.createdAt,
    platform: v.platform,
    metadata: v.metadata,
    yanked: false,
    sha: v.sha256,
    project_uri: `${url}/gems/${name}`,
    gem_uri: `${url}/gems/${gemFullName(name, v.number, v.platform)}.gem`,
    dependencies: { development: [], runtime: [] },
  };
}

/** The version Rubygem#payload shows here: the newest indexed push (rubygems.org: most_recent_version, the
 *  highest release of the ruby platform; the two differ after a backport or a prerelease push). */
export const shownVersion = (gem: ReadGem): ReadVersion | undefined => gem.versions.find((v) => v.state === 'indexed');

export function createGemReads(host: ReadsHost) {
  const text = (status: number, body: string, headers?: Record<string, string>): ReadReply => ({ status, body, headers });
  const json = (value: unknown, status = 200, headers?: Record<string, string>): ReadReply => ({ status, body: JSON.stringify(value), json: true, headers });
  const throttled = (): ReadReply => text(429, 'Retry later\n', { 'retry-after': String(host.retryAfter()) });

  /** Api::BaseController#render_forbidden: JSON when the request's format is json, else plain text. */
  const forbidden = (error: string, asJson: boolean, headers?: Record<string, string>) => (asJson ? json({ error }, 403, headers) : text(403, error, headers));

  /** Rails' format: the path's extension, else the first type of Accept (`*\/*` or none: not json). */
  const jsonFormat = (ext: string | undefined, accept: string | undefined) =>
    ext === 'json' || (ext === undefined && /^\s*application\/json\s*(?:[;,]|$)/i.test(accept ?? ''));

  /** user.rubygems.with_versions, as payloads. */
  function gemsOf(handle: string) {
    const listed = [];
    for (const gem of host.gems()) {
      const shown = shownVersion(gem);
      if (shown && (gem.ownerships.get(handle)?.confirmedAt ?? null) !== null) listed.push(rubygemPayload(host.url(), gem.name, shown));
    }
    return listed;
  }

  /** Api::V1::RubygemsController#index: authenticate_with_api_key -> verify_user_api_key -> Api::RubygemPolicy#index?. */
  function myGems(req: ReadRequest): ReadReply {
    if (host.readThrottled()) return throttled();
    const caller = host.authenticate(req.authorization);
    if (!caller) return text(401, READ_TEXT.badKey, PRIVATE);
    if (!caller.user) return forbidden(READ_TEXT.keyForbidden, true, PRIVATE);
    if (!caller.scopes.has('index_rubygems')) return forbidden(READ_TEXT.insufficientScope, true, PRIVATE);
    return json(gemsOf(caller.user.handle), 200, PRIVATE);
  }

  /** Api::V1::OwnersController#gems: User.find_by_slug! (an id when the slug starts with a digit, then the handle). */
  function ownerGems(slug: string): ReadReply {
    if (host.readThrottled()) return throttled();
    const users = [...host.users()];
    const id = /^\s*[+-]?\d/.test(slug) ? Number.parseInt(slug, 10) : null;
    const user = users.find((u) => u.id === id) ?? users.find((u) => u.handle === slug);
    if (!user) return text(404, READ_TEXT.ownerNotFound);
    return json(gemsOf(user.handle));
  }

  /** Api::V1::OIDC::RubygemTrustedPublishersController#index: key -> user key -> gem -> authorize
   *  configure_trusted_publishers? (gem MFA requirement, scope, role owner) -> OTP, in that order. */
  function trustedPublishers(req: ReadRequest, name: string, ext: string | undefined): ReadReply {
    if (host.readThrottled()) return throttled();
    const asJson = jsonFormat(ext, req.accept);
    const caller = host.authenticate(req.authorization);
    if (!caller) return text(401, READ_TEXT.badKey, PRIVATE);
    const user = caller.user;
    if (!user) return forbidden(READ_TEXT.keyForbidden, asJson, PRIVATE);
    const gem = [...host.gems()].find((g) => g.name === name);
    if (!gem) return text(404, READ_TEXT.gemNotFound, PRIVATE);
    if (host.mfaRequired(gem) && user.mfaLevel === 'disabled') return forbidden(READ_TEXT.mfaRequiredByGem, asJson, PRIVATE);
    if (!caller.scopes.has('configure_trusted_publishers') || (caller.gem !== null && caller.gem !== name)) {
      return forbidden(READ_TEXT.insufficientScope, asJson, PRIVATE);
    }
    const mine = gem.ownerships.get(user.handle);
    if (mine?.confirmedAt == null || mine.role !== 'owner') return forbidden(READ_TEXT.forbidden, asJson, PRIVATE);
    const otpFailure = caller.otpFailure(req.otp);
    if (otpFailure) return text(401, otpFailure === 'missing' ? READ_TEXT.otpMissing : READ_TEXT.otpIncorrect, PRIVATE);
    return json(
      host.publishers(name).map(({ id, publisher }) => trustedPublisherPayload(id, publisher)),
      200,
      PRIVATE,
    );
  }

  /** Api::V1::OIDC::ApiKeyRolesController#index: any user key, no scope; the double has no roles. */
  function apiKeyRoles(req: ReadRequest): ReadReply {
    const caller = host.authenticate(req.authorization);
    if (!caller) return text(401, READ_TEXT.badKey, PRIVATE);
    if (!caller.user) return forbidden(READ_TEXT.keyForbidden, true, PRIVATE); // the route defaults to json
    return json([], 200, PRIVATE);
  }

  /** ProfilesController#me: authenticate_or_request_with_http_basic; a raw key is no Basic header. */
  function profileMe(req: ReadRequest): ReadReply {
    if (!/^basic\s/i.test(req.authorization ?? '')) return text(401, READ_TEXT.basicDenied, { ...PRIVATE, 'www-authenticate': 'Basic realm="Application"' });
    return { status: 401, body: READ_TEXT.invalidCredentials, json: true, headers: PRIVATE };
  }

  /** A route whose controller is gone: Rails' PublicExceptions renders the 404 in the request's format
   *  (`{"status":404,"error":"Not Found"}` for .json; else public/404.html, not reproduced). */
  const gone404 = (ext: string | undefined): ReadReply => (ext === 'json' ? json({ status: 404, error: 'Not Found' }, 404) : text(404, 'Not Found'));

  /** The reply for a read route, or undefined when `req` is not one. */
  function route(req: ReadRequest): ReadReply | undefined {
    if (req.method !== 'GET') return undefined;
    const p = req.path;
    if (p === '/api/v1/gems.json') return myGems(req);
    let m = /^\/api\/v1\/owners\/([A-Za-z0-9._-]+)\/gems\.json$/.exec(p);
    if (m) return ownerGems(decodeURIComponent(m[1]!));
    m = /^\/api\/v1\/gems\/([A-Za-z0-9._-]+)\/trusted_publishers(?:\.(json))?$/.exec(p);
    if (m) return trustedPublishers(req, decodeURIComponent(m[1]!), m[2]);
    if (/^\/api\/v1\/oidc\/api_key_roles(?:\.json)?$/.test(p)) return apiKeyRoles(req);
    if (p === '/api/v1/api_key') return text(410, READ_TEXT.apiKeyRetired, PRIVATE);
    if (/^\/api\/v1\/profile\/me(?:\.json)?$/.test(p)) return profileMe(req);
    m = /^\/api\/v1\/multifactor_auth(?:\.(json))?$/.exec(p);
    if (m) return gone404(m[1]);
    return undefined;
  }

  return { route };
}

/** OIDC::RubygemTrustedPublisher#payload with OIDC::TrustedPublisher::GitHubAction#payload. */
export function trustedPublisherPayload(id: number, p: GemTrustedPublisher) {
  const [owner, repo] = p.repository.split('/') as [string, string];
  const workflow = /^([^/]+)\/([^/]+)\/\.github\/workflows\/([^/]+)$/.exec(p.job_workflow_ref);
  if (!workflow) throw new Error(`job_workflow_ref is not OWNER/REPO/.github/workflows/FILE: ${p.job_workflow_ref}`);
  const [, workflowOwner, workflowRepo, file] = workflow as unknown as [string, string, string, string];
  const sameRepo = workflowOwner === owner && workflowRepo === repo;
  return {
    id,
    trusted_publisher_type: 'OIDC::TrustedPublisher::GitHubAction',
    trusted_publisher: {
      name: `GitHub Actions ${owner}/${repo} @ .github/workflows/${file}${p.environment ? ` (${p.environment})` : ''}`,
      repository_owner: owner,
      repository_name: repo,
      repository_owner_id: p.repository_owner_id,
      workflow_filename: file,
      environment: p.environment ?? null,
      workflow_repository_owner: sameRepo ? null : workflowOwner,
      workflow_repository_name: sameRepo ? null : workflowRepo,
    },
  };
}
