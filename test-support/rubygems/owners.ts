// Gem ownership for the rubygems.org double (server.ts): the routes `gem owner` uses.
//   GET    /api/v1/gems/<gem>/owners.(json|yaml)       confirmed owners: [{id, handle, email (if public), role}]
//   POST   /api/v1/gems/<gem>/owners[.json|.yaml]      form `email=<handle or email>` [&role=owner|maintainer]
//   DELETE /api/v1/gems/<gem>/owners[.json|.yaml]      form `email=<handle or email>`
// Checks, their order and the texts follow rubygems.org's Api::V1::OwnersController, Api::BaseController,
// Api::RubygemPolicy (+ ApplicationPolicy, RubygemPolicy), ApiKey#mfa_enabled?, Ownership and
// config/locales/en.yml: Rack::Attack (429) -> the key (401) -> the OTP (401) -> the gem (404) ->
// authorize: a user's key (403 "The API key doesn't have access"), the gem's MFA requirement, the key's
// scope (403 "This API key cannot ..."), the caller a confirmed owner with role owner (403 "Forbidden")
// -> `email` (400) -> the user (404) -> the ownership. Adding makes an unconfirmed ownership that
// owners.json leaves out until confirm() (the invitee clicking the mail; the token lives 48 h).
// Removing deletes an unconfirmed ownership always, a confirmed one only while another confirmed owner
// (any role) remains (Ownership#safe_destroy), else 403 "Unable to remove owner.".
// Not modelled: PUT/PATCH (role changes; gem 3.3.15 never sends them), organisations, soft-deleted
// keys, unconfirmed emails, and the MFA warnings rubygems.org appends for gems past 165M downloads.
import { randomBytes } from 'node:crypto';

const TOKEN_TTL_MS = 48 * 3_600_000; // Gemcutter::OWNERSHIP_TOKEN_EXPIRES_AFTER

/** Server answers, verbatim from rubygems.org. */
export const OWNER_TEXT = {
  added: (handle: string) =>
    `${handle} was added as an unconfirmed owner. Ownership access will be enabled after the user clicks on the confirmation mail sent to their email.`,
  removed: 'Owner removed successfully.',
  unableToRemove: 'Unable to remove owner.',
  ownerNotFound: 'Owner could not be found.',
  alreadyOwner: 'User is already an owner of this gem',
  alreadyInvited: 'User is already invited to this gem',
  invalidRole: 'Role is not included in the list',
  /** t(:forbidden): the caller is not an owner (or only a maintainer) of the gem. */
  forbidden: 'Forbidden',
  /** t(:api_key_forbidden): a key without a user (trusted publishing); `gem` then tries PUT /api/v1/api_key. */
  keyForbidden: "The API key doesn't have access",
  /** t(:api_key_insufficient_scope): the key lacks the scope, or is scoped to another gem. */
  insufficientScope: 'This API key cannot perform the specified action on this gem.',
  /** t("multifactor_auths.api.mfa_required"): the gem's latest version has rubygems_mfa_required, the caller has no MFA. */
  mfaRequiredByGem: 'Gem requires MFA enabled; You do not have MFA enabled yet.',
  /** t(:this_rubygem_could_not_be_found) */
  gemNotFound: 'This rubygem could not be found.',
  /** A missing, blank or repeated `email` (params.expect), rendered as JSON by Api::BaseController#render_bad_request. */
  missingEmail: JSON.stringify({ error: "Request is missing param 'email'" }),
} as const;

export type OwnerRole = 'owner' | 'maintainer';

/** One row of rubygems.org's ownerships table (confirmed or not). */
export interface Ownership {
  role: OwnerRole;
  /** Epoch ms on the server's clock; null until the invitee confirms. */
  confirmedAt: number | null;
  /** The confirmation mail's token (null once confirmed) and its expiry (server clock). */
  token: string | null;
  tokenExpiresAt: number;
  /** Handle of the owner who invited (the invitee itself for seeded or first-push ownerships). */
  authorizer: string;
}

export interface OwnerUser {
  id: number;
  handle: string;
  email: string;
  publicEmail: boolean;
  /** 'disabled' when the account has no MFA device. */
  mfaLevel: string;
}

/** The gem as the owners controller sees it; `ownerships` is the server's live map, keyed by handle. */
export interface OwnedGem {
  name: string;
  ownerships: Map<string, Ownership>;
  /** The latest indexed version's metadata says rubygems_mfa_required. */
  mfaRequired: boolean;
}

/** Whoever the request's API key belongs to. */
export interface OwnerCaller {
  /** null for a key from a trusted-publishing exchange (it has no user). */
  user: OwnerUser | null;
  /** The key's name for a trusted publisher's key, else the user's handle. */
  name: string;
  scopes: ReadonlySet<string>;
  /** A key scoped to one gem. */
  gem: string | null;
  /** The server's OTP check of this key (ApiKey#mfa_authorized?), with the owners' forced-reject counter. */
  otpFailure(otp: string | null): 'missing' | 'invalid' | 'forced-reject' | undefined;
}

export type OwnerOutcome =
  | 'listed'
  | 'added'
  | 'removed'
  | 'throttled'
  | 'bad-key'
  | 'missing'
  | 'invalid'
  | 'forced-reject'
  | 'gem-not-found'
  | 'key-forbidden'
  | 'mfa-required'
  | 'no-scope'
  | 'not-owner'
  | 'bad-request'
  | 'user-not-found'
  | 'already-owner'
  | 'already-invited'
  | 'invalid-role'
  | 'last-owner';

/** One request to an owners route. */
export interface OwnerAttempt {
  action: 'list' | 'add' | 'remove';
  gem: string;
  /** The `email` form field as sent (handle or email), null when absent. */
  target: string | null;
  role: string | null;
  /** Handle (or trusted key name) of the key's owner; null when the key is unknown or not needed. */
  user: string | null;
  otp: string | null;
  outcome: OwnerOutcome;
  status: number;
  /** Epoch milliseconds (real clock). */
  at: number;
}

export interface OwnerReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  json?: boolean;
  contentType?: string;
}

export interface OwnersHost {
  /** Server clock, epoch ms. */
  now(): number;
  users(): Iterable<OwnerUser>;
  gem(name: string): OwnedGem | undefined;
  authenticate(authorization: string | undefined): OwnerCaller | undefined;
  /** Consumes one unit of the owners' throttle counter; false when spent. */
  throttled(): boolean;
  /** Consumes one unit of the read throttle counter. */
  readThrottled(): boolean;
  retryAfter(): number;
}

export interface OwnerRequest {
  method: string;
  gem: string;
  format: 'json' | 'yaml' | null;
  authorization: string | undefined;
  otp: string | null;
  /** The form body (application/x-www-form-urlencoded) merged over the query string, as Rails' params. */
  params: URLSearchParams;
}

const RETRY_LATER = 'Retry later\n';

export function createGemOwners(host: OwnersHost) {
  let attempts: OwnerAttempt[] = [];

  const text = (status: number, body: string): OwnerReply => ({ status, body });

  function list(req: OwnerRequest): OwnerReply {
    const log = (reply: OwnerReply, outcome: OwnerOutcome) => record(req, 'list', null, null, outcome, reply);
    if (host.readThrottled()) return log({ ...text(429, RETRY_LATER), headers: { 'retry-after': String(host.retryAfter()) } }, 'throttled');
    const gem = host.gem(req.gem);
    if (!gem) return log(text(404, OWNER_TEXT.gemNotFound), 'gem-not-found');
    const byHandle = new Map([...host.users()].map((u) => [u.handle, u]));
    const payload = [...gem.ownerships]
      .filter(([, o]) => o.confirmedAt !== null)
      .map(([handle, o]) => {
        const u = byHandle.get(handle)!;
        return { id: u.id, handle: u.handle, ...(u.publicEmail ? { email: u.email } : {}), role: o.role };
      });
    if (req.format === 'yaml') {
      // config/initializers/yaml_renderer.rb: JSON.load(obj.to_json).to_yaml, send_data type: 'text/yaml'
      return log({ status: 200, body: toYaml(payload), contentType: 'text/yaml', headers: { 'content-disposition': 'attachment' } }, 'listed');
    }
    return log({ status: 200, body: JSON.stringify(payload), json: true }, 'listed');
  }

  /** POST (add) and DELETE (remove). */
  function change(req: OwnerRequest): OwnerReply {
    const action = req.method === 'POST' ? 'add' : 'remove';
    const emails = req.params.getAll('email');
    const arrays = [...req.params.keys()].some((k) => k.startsWith('email['));
    const target = emails.at(-1) ?? null;
    const role = req.params.has('role') ? req.params.get('role') : null;
    let who: string | null = null;
    const log = (reply: OwnerReply, outcome: OwnerOutcome) => record(req, action, target, role, outcome, reply, who);

    if (host.throttled()) return log({ ...text(429, RETRY_LATER), headers: { 'retry-after': String(host.retryAfter()) } }, 'throttled');
    const caller = host.authenticate(req.authorization);
    if (!caller) return log(text(401, 'Access Denied. Please sign up for an account at https://rubygems.org'), 'bad-key');
    who = caller.name;
    const otpFailure = caller.otpFailure(req.otp);
    if (otpFailure) {
      const body =
        otpFailure === 'missing'
          ? 'You have enabled multifactor authentication but no OTP code provided. Please fill it and retry.'
          : 'Your OTP code is incorrect. Please check it and retry.';
      return log(text(401, body), otpFailure);
    }
    const gem = host.gem(req.gem);
    if (!gem) return log(text(404, OWNER_TEXT.gemNotFound), 'gem-not-found');

    // Api::RubygemPolicy#add_owner? / #remove_owner?
    const user = caller.user;
    if (!user) return log(text(403, OWNER_TEXT.keyForbidden), 'key-forbidden');
    if (gem.mfaRequired && user.mfaLevel === 'disabled') return log(text(403, OWNER_TEXT.mfaRequiredByGem), 'mfa-required');
    const scope = action === 'add' ? 'add_owner' : 'remove_owner';
    if (!caller.scopes.has(scope) || (caller.gem !== null && caller.gem !== gem.name)) return log(text(403, OWNER_TEXT.insufficientScope), 'no-scope');
    const mine = gem.ownerships.get(user.handle);
    if (mine?.confirmedAt == null || mine.role !== 'owner') return log(text(403, OWNER_TEXT.forbidden), 'not-owner');

    if (target === null || target.trim() === '' || arrays) {
      return log({ status: 400, body: OWNER_TEXT.missingEmail, json: true }, 'bad-request');
    }
    // User.find_by_name!: the email (any case), then the handle.
    const users = [...host.users()];
    const invitee = users.find((u) => u.email.toLowerCase() === target.toLowerCase()) ?? users.find((u) => u.handle === target);
    if (!invitee) return log(text(404, OWNER_TEXT.ownerNotFound), 'user-not-found');
    const existing = gem.ownerships.get(invitee.handle);

    if (action === 'add') {
      // Ownership validations: validate_unique_user, then the role enum; errors joined by to_sentence.
      const errors: Array<[string, OwnerOutcome]> = [];
      if (existing) errors.push(existing.confirmedAt !== null ? [OWNER_TEXT.alreadyOwner, 'already-owner'] : [OWNER_TEXT.alreadyInvited, 'already-invited']);
      if (role !== null && role !== 'owner' && role !== 'maintainer') errors.push([OWNER_TEXT.invalidRole, 'invalid-role']);
      if (errors.length > 0) return log(text(422, toSentence(errors.map(([message]) => message))), errors[0]![1]);
      gem.ownerships.set(invitee.handle, {
        role: (role as OwnerRole | null) ?? 'owner',
        confirmedAt: null,
        token: randomBytes(20).toString('hex'),
        tokenExpiresAt: host.now() + TOKEN_TTL_MS,
        authorizer: user.handle,
      });
      return log(text(200, OWNER_TEXT.added(invitee.handle)), 'added');
    }
    if (!existing) return log(text(404, OWNER_TEXT.ownerNotFound), 'user-not-found');
    const confirmed = [...gem.ownerships.values()].filter((o) => o.confirmedAt !== null).length;
    if (existing.confirmedAt !== null && confirmed < 2) return log(text(403, OWNER_TEXT.unableToRemove), 'last-owner');
    gem.ownerships.delete(invitee.handle);
    return log(text(200, OWNER_TEXT.removed), 'removed');
  }

  function record(
    req: OwnerRequest,
    action: OwnerAttempt['action'],
    target: string | null,
    role: string | null,
    outcome: OwnerOutcome,
    reply: OwnerReply,
    user: string | null = null,
  ): OwnerReply {
    attempts.push({ action, gem: req.gem, target, role, user, otp: req.otp, outcome, status: reply.status, at: Date.now() });
    return reply;
  }

  return {
    list,
    change,
    /** The invitee clicks the confirmation mail (OwnersController#confirm). */
    confirm(gemName: string, handle: string): void {
      const ownership = host.gem(gemName)?.ownerships.get(handle);
      if (!ownership || ownership.confirmedAt !== null) throw new Error(`no pending invitation of ${handle} to ${gemName}`);
      if (ownership.tokenExpiresAt <= host.now()) throw new Error(`the invitation of ${handle} to ${gemName} has expired (48 h)`);
      ownership.confirmedAt = host.now();
      ownership.token = null;
    },
    attempts: () => [...attempts],
    reset: () => {
      attempts = [];
    },
  };
}

/** Array#to_sentence for up to a few words: "a", "a and b", "a, b, and c". */
function toSentence(words: string[]): string {
  if (words.length <= 2) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')}, and ${words.at(-1)}`;
}

/** Psych's #to_yaml of an array of flat hashes of strings and integers. The text is Psych's for handles
 *  and ordinary emails (checked against Ruby); other strings load the same but may be quoted otherwise. */
export function toYaml(rows: Array<Record<string, string | number>>): string {
  if (rows.length === 0) return '--- []\n';
  const resolvesToOther = [
    /^[-+]?[0-9_]*\.?[0-9_]*([eE][-+]?[0-9]+)?$/, // numbers
    /^[-+]?0x[0-9a-fA-F_]+$/, // hex
    /^\d{4}-\d\d?-\d\d?/, // dates and times
    /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/,
  ];
  const scalar = (value: string | number) => {
    if (typeof value === 'number') return String(value);
    const plain = /^[A-Za-z0-9_][A-Za-z0-9_.@+-]*$/.test(value) && !resolvesToOther.some((re) => re.test(value));
    return plain ? value : `'${value.replace(/'/g, "''")}'`;
  };
  const lines = ['---'];
  for (const row of rows) {
    Object.entries(row).forEach(([key, value], i) => {
      lines.push(`${i === 0 ? '- ' : '  '}${key}: ${scalar(value)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
