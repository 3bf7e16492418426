'use strict';
// npm's account reads, for the otp-gate (index.js): what a "readiness audit" asks registry.npmjs.org before a
// release. Test double only. Requests as npm 11.19.1 / 12.2.3 send them (lib/commands/{whoami,token,profile,
// access}.js, lib/commands/trust/list.js + lib/trust-cmd.js, npm-profile, libnpmaccess); shapes from npm's
// registry docs (npm/registry docs/user/{authentication,profile}.md) and what npmjs answered in public reports.
//   GET /-/whoami                       -> {username}; 401 {} without a (live) token          npm whoami
//       (an exchanged trusted-publishing token answers `oidc-trusted-publisher`: npmjs's answer is unverified)
//   GET /-/npm/v1/tokens?page=N&perPage=M  -> {objects, total, urls: {next?, prev?}}          npm token list
//       (page from 0, perPage default `tokensPerPage` = npmjs's 10; `next` is a relative URL; 400 for a bad
//       page). The caller's tokens, oldest first, expired ones included (npmjs lists them). Granular shape
//       (npmjs today, npm/cli#9443): {name, description, key, token, expiry, cidr, bypass_2fa, revoked, created,
//       updated, accessed, permissions: [{name: 'package', action}], scopes: [{name, type: 'package'}]};
//       classic shape (the registry docs): {key, token, cidr_whitelist, readonly, created, updated}.
//       key = hex sha512 of the bearer token; token = its first 8 characters, '...', its last 4.
//   GET /-/npm/v1/user                  -> {tfa, name, email, email_verified, created, updated,      npm profile get
//       cidr_whitelist, fullname?}; tfa false or {mode: 'auth-only' | 'auth-and-writes', pending}
//   GET /-/package/<esc>/trust          -> [{id, type: 'github', claims: {repository,                npm trust list
//       workflow_ref: {file}, environment?}, permissions: ['createPackage', 'createStagedPackage'?]}] from
//       oidc.trustedPublishers ([] without one; 404 for an unknown package). Like every trust endpoint it needs
//       two-factor auth (npm/cli#8899): the code in `npm-otp` is judged like a write (401 + `www-authenticate:
//       OTP`, or authUrl/doneUrl for a security key); a bypass-2FA token (bypassUsers), a trusted-publishing
//       token, an account without 2FA and a non-owner are refused 403 (texts unverified).
//   (npm access get status reads GET /-/package/<esc>/visibility: admin.js. No npm command reads a package's
//   2FA setting back: `npm access get` takes only `status`, libnpmaccess has no getter.)
// None of these reads but trust asks for a code (npmjs's auth-and-writes covers PUT/POST/DELETE only).
//
// Tokens: every token Verdaccio hands out on `PUT /-/user/org.couchdb.user:<name>` is recorded (bearer ->
// user, created), kept across resets like the users. Config `userTokens`, keyed by user name (all of the
// user's tokens) or by the bearer token itself (that one; wins): {expires (ISO; null: never; default created
// + 90 days), shape, name, description, readonly, cidr, packages}. `bypass_2fa` is the user's bypassUsers
// entry. An expired token is refused as npmjs does (npm/cli#8816, public CI logs): every answer carries
// `npm-notice: Access token expired or revoked. Please try logging in again.` and the request goes on as
// anonymous, so reads that need a user answer 401, public reads are served, and a package write answers
// 404 {"error":"Not found"} (npm prints the notice except for answers it caches, e.g. a packument it
// views). The time is the gate's clock (clockOffsetMs). Tokens are not enforced otherwise (readonly, cidr,
// packages are listed only).
// Profiles: config `profiles` per user {tfa, email, emailVerified, fullname, cidrWhitelist}, tfa one of
// false | 'auth-only' | 'auth-and-writes' | 'security-key' | 'pending'; without one a user's tfa follows the
// gate (secret or webauthn: auth-and-writes, else false). 'security-key' is reported as auth-and-writes (how
// npmjs reports a security-key-only account is unverified; npm only knows modes); a configured tfa also
// decides the user's writes (writeFactor): security-key -> the webauthn challenge, false / auth-only /
// pending -> no code asked.
// Reads are recorded in the gate's `reads` (kinds whoami | tokens | profile | trust; trust reads with the
// outcome of their code).

const { createHash } = require('node:crypto');

const EXPIRED_NOTICE = 'Access token expired or revoked. Please try logging in again.';
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_LIFETIME_DAYS = 90;
const TFA = [false, 'auth-only', 'auth-and-writes', 'security-key', 'pending'];
const TOKEN_KEYS = ['expires', 'shape', 'name', 'description', 'readonly', 'cidr', 'packages'];
const PROFILE_KEYS = ['tfa', 'email', 'emailVerified', 'fullname', 'cidrWhitelist'];
const LOGIN = /^\/-\/user\/org\.couchdb\.user:([^/]+)$/;
const TRUST = /^\/-\/package\/([^/]+)\/trust$/;

/** The gate options of this module, with their defaults (index.js merges them into its DEFAULTS). */
const READINESS_DEFAULTS = { userTokens: {}, profiles: {}, tokensPerPage: 10 };

/** Throws on a malformed readiness option of `out` (what pickOptions kept). */
function checkReadiness(out) {
  for (const [key, settings] of Object.entries(out.userTokens || {})) {
    for (const [field, value] of Object.entries(settings || {})) {
      if (!TOKEN_KEYS.includes(field)) throw new Error(`userTokens.${key}.${field}: expected one of ${TOKEN_KEYS.join(', ')}`);
      if (field === 'expires' && value !== null && Number.isNaN(Date.parse(value))) throw new Error(`userTokens.${key}.expires must be an ISO date or null`);
      if (field === 'shape' && !['granular', 'classic'].includes(value)) throw new Error(`userTokens.${key}.shape must be granular or classic`);
    }
  }
  for (const [user, settings] of Object.entries(out.profiles || {})) {
    for (const [field, value] of Object.entries(settings || {})) {
      if (!PROFILE_KEYS.includes(field)) throw new Error(`profiles.${user}.${field}: expected one of ${PROFILE_KEYS.join(', ')}`);
      if (field === 'tfa' && !TFA.includes(value)) throw new Error(`profiles.${user}.tfa must be one of ${TFA.map(String).join(', ')}`);
    }
  }
  if ('tokensPerPage' in out && !(Number.isInteger(out.tokensPerPage) && out.tokensPerPage >= 1)) throw new Error('tokensPerPage must be a positive integer');
}

/** The email admin.js gives every user (its owners' `email`). */
const emailOf = (name) => `${name}@example.com`;
const sha512 = (text) => createHash('sha512').update(text).digest('hex');
/** How npmjs shows a token it lists: `npm_NYn6...jCq0` (npm/cli#9443). */
const truncate = (token) => `${token.slice(0, 8)}...${token.slice(-4)}`;
/** A stable id for the trust configuration of a package (npmjs's id format is unverified). */
function trustId(pkg) {
  const hex = createHash('sha256').update(`trust:${pkg}`).digest('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), `4${hex.slice(13, 16)}`, `8${hex.slice(17, 20)}`, hex.slice(20, 32)].join('-');
}

/**
 * `gate`: what this module shares with index.js: config, now() (the gate's clock, ms), bearerToken(req),
 * caller(req) -> {user, grant}, judge(user, otp, factor), askForOtp(req, res, outcome), recordRead(entry),
 * owners() -> {package: [{name, email}]}, writtenPackage(req), releaseHeaders(), safeDecode.
 */
function readinessReads(gate) {
  const tokens = new Map(); // bearer token -> {user, created, updated, accessed} (ISO dates)
  const firstSeen = new Map(); // user -> ISO date of the first token the gate saw
  const startedAt = new Date(gate.now()).toISOString();
  const iso = () => new Date(gate.now()).toISOString();

  function settingsOf(token, record) {
    return { ...gate.config.userTokens[record.user], ...gate.config.userTokens[token] };
  }

  function expiryOf(token, record) {
    const { expires } = settingsOf(token, record);
    if (expires === null) return null;
    if (expires !== undefined) return new Date(expires).toISOString();
    return new Date(Date.parse(record.created) + DEFAULT_LIFETIME_DAYS * DAY_MS).toISOString();
  }

  const isExpired = (token, record) => {
    const expiry = expiryOf(token, record);
    return expiry !== null && Date.parse(expiry) <= gate.now();
  };

  /** One token as npmjs lists it. */
  function listed(token, record) {
    const settings = settingsOf(token, record);
    const common = { key: sha512(token), token: truncate(token) };
    const cidr = settings.cidr || [];
    if (settings.shape === 'classic') {
      return { ...common, cidr_whitelist: cidr.length ? cidr : null, readonly: Boolean(settings.readonly), created: record.created, updated: record.updated };
    }
    return {
      name: settings.name ?? `${record.user}-token`,
      description: settings.description ?? null,
      ...common,
      expiry: expiryOf(token, record),
      cidr,
      bypass_2fa: gate.config.bypassUsers.includes(record.user),
      revoked: null,
      created: record.created,
      updated: record.updated,
      accessed: record.accessed,
      permissions: [{ name: 'package', action: settings.readonly ? 'read' : 'write' }],
      scopes: (settings.packages || []).map((name) => ({ name, type: 'package' })),
    };
  }

  /** The user's tfa as configured, or as the gate implies it. */
  function tfaOf(user) {
    const configured = gate.config.profiles[user]?.tfa;
    if (configured !== undefined) return configured;
    return gate.config.secret || gate.config.webauthn ? 'auth-and-writes' : false;
  }

  function profileOf(user) {
    const settings = gate.config.profiles[user] || {};
    const tfa = tfaOf(user);
    const created = firstSeen.get(user) || startedAt;
    const profile = {
      tfa: tfa === false ? false : { mode: tfa === 'auth-only' ? 'auth-only' : 'auth-and-writes', pending: tfa === 'pending' },
      name: user,
      email: settings.email ?? emailOf(user),
      email_verified: settings.emailVerified ?? true,
      created,
      updated: created,
      cidr_whitelist: settings.cidrWhitelist ?? null,
    };
    if (settings.fullname !== undefined) profile.fullname = settings.fullname;
    return profile;
  }

  /** How a configured profile decides the user's writes: 'webauthn', 'none' (no code asked) or null (the gate decides). */
  function writeFactor(user) {
    const tfa = gate.config.profiles[user]?.tfa;
    if (tfa === undefined || tfa === 'auth-and-writes') return null;
    return tfa === 'security-key' ? 'webauthn' : 'none';
  }

  /** Records a token Verdaccio hands out on login (201 {token}). */
  function captureLogin(req, res) {
    const user = gate.safeDecode(LOGIN.exec(req.path)[1]);
    const send = res.send.bind(res);
    res.send = (body) => {
      try {
        const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
        const token = res.statusCode === 201 && (typeof text === 'string' ? JSON.parse(text) : text)?.token;
        if (typeof token === 'string' && !tokens.has(token)) {
          const now = iso();
          tokens.set(token, { user, created: now, updated: now, accessed: null });
          if (!firstSeen.has(user)) firstSeen.set(user, now);
        }
      } catch {
        // not JSON: not a login answer
      }
      return send(body);
    };
  }

  /** Runs first on every request: records logins, refuses expired tokens, notes when a token was used. */
  function observe(req, res, next) {
    if (req.method === 'PUT' && LOGIN.test(req.path)) captureLogin(req, res);
    const token = gate.bearerToken(req);
    const record = token && tokens.get(token);
    if (!record) return next();
    if (!isExpired(token, record)) {
      record.accessed = iso();
      return next();
    }
    res.set('npm-notice', EXPIRED_NOTICE);
    const anonymous = { name: undefined, groups: ['$all', '$anonymous', '@all', '@anonymous'], real_groups: [] };
    req.remote_user = anonymous;
    res.locals.remote_user = anonymous;
    delete req.headers.authorization;
    if (gate.writtenPackage(req) !== null) return res.status(404).json({ error: 'Not found' });
    next();
  }

  /** Records a read in the gate's `reads`; returns the entry (its status is filled in when answered). */
  function record(req, response, kind, pkg, user) {
    const entry = {
      kind,
      path: req.originalUrl,
      package: pkg,
      user,
      otp: req.headers['npm-otp'] || null,
      command: req.headers['npm-command'] || null,
      status: null,
      at: Date.now(),
    };
    gate.recordRead(entry);
    response.on('finish', () => (entry.status = response.statusCode));
    return entry;
  }

  /** 401 {} without a user; 403 for a trusted-publishing token (unless `oidcMay`); else `then(req, response, user)`. */
  function signedIn(kind, then, oidcMay = false) {
    return (req, response) => {
      response.set('cache-control', 'no-store');
      const { user, grant } = gate.caller(req);
      record(req, response, kind, null, user);
      if (!user) return response.status(401).json({});
      if (grant && !oidcMay) return response.status(403).json({ error: `a trusted publishing token cannot read the ${kind} of an account` });
      then(req, response, user);
    };
  }

  function listTokens(req, response, user) {
    const page = req.query.page === undefined ? 0 : Number(req.query.page);
    const perPage = req.query.perPage === undefined ? gate.config.tokensPerPage : Number(req.query.perPage);
    if (!Number.isInteger(page) || page < 0 || !Number.isInteger(perPage) || perPage < 1 || perPage > 9999) {
      return response.status(400).json({ error: `invalid page ${req.query.page} or perPage ${req.query.perPage}` });
    }
    const mine = [...tokens].filter(([, entry]) => entry.user === user).map(([token, entry]) => listed(token, entry));
    const pages = Math.max(1, Math.ceil(mine.length / perPage));
    if (page >= pages) return response.status(400).json({ error: `page ${page} is out of range (${pages} pages)` });
    const urls = {};
    if (page + 1 < pages) urls.next = `/-/npm/v1/tokens?page=${page + 1}&perPage=${perPage}`;
    if (page > 0) urls.prev = `/-/npm/v1/tokens?page=${page - 1}&perPage=${perPage}`;
    response.json({ objects: mine.slice(page * perPage, (page + 1) * perPage), total: mine.length, urls });
  }

  /** The package document as Verdaccio keeps it (a request of the gate's own, not a read), or undefined. */
  async function packument(req, name) {
    const url = `http://${req.headers.host}/${encodeURIComponent(name).replace(/^%40/, '@')}`;
    const answer = await fetch(url, { headers: { accept: 'application/json', ...gate.releaseHeaders() } });
    return answer.ok ? answer.json() : undefined;
  }

  /** GET /-/package/<esc>/trust: the trusted publisher of the package, behind two-factor auth. */
  async function listTrust(req, response) {
    response.set('cache-control', 'no-store');
    const pkg = gate.safeDecode(req.params[0]);
    const { user, grant } = gate.caller(req);
    const entry = record(req, response, 'trust', pkg, user);
    const refuse = (status, outcome, error) => {
      entry.outcome = outcome;
      return response.status(status).json(status === 401 ? {} : { error });
    };
    if (!user) return refuse(401, 'missing', null);
    if (grant) return refuse(403, 'oidc-not-allowed', 'a trusted publishing token cannot manage trusted publishers');
    if (gate.config.bypassUsers.includes(user)) {
      return refuse(403, 'bypass-not-allowed', 'granular access tokens that bypass two-factor authentication cannot manage trusted publishers');
    }
    const tfa = tfaOf(user);
    if (tfa === false || tfa === 'pending') {
      return refuse(403, 'tfa-required', 'two-factor authentication must be enabled on your account to manage trusted publishers');
    }
    if (!(await packument(req, pkg))) return refuse(404, 'not-found', 'Not found');
    const owners = gate.owners()[pkg];
    if (owners && !owners.some((owner) => owner.name === user)) return refuse(403, 'not-owner', `${user} is not an owner of ${pkg}`);
    const { outcome } = gate.judge(user, entry.otp, tfa === 'security-key' ? 'webauthn' : null);
    entry.outcome = outcome;
    if (outcome !== 'accepted') return gate.askForOtp(req, response, outcome);
    const publisher = gate.config.oidc?.trustedPublishers?.[pkg];
    if (!publisher) return response.json([]);
    const claims = { repository: publisher.repository, workflow_ref: { file: publisher.workflow } };
    if (publisher.environment !== undefined) claims.environment = publisher.environment;
    const permissions = ['createPackage', ...(publisher.allowStagePublish ? ['createStagedPackage'] : [])];
    response.json([{ id: trustId(pkg), type: 'github', claims, permissions }]);
  }

  return {
    observe,
    writeFactor,
    routes(app) {
      app.get(
        '/-/whoami',
        signedIn('whoami', (_req, response, user) => response.json({ username: user }), true),
      );
      app.get('/-/npm/v1/tokens', signedIn('tokens', listTokens));
      app.get(
        '/-/npm/v1/user',
        signedIn('profile', (_req, response, user) => response.json(profileOf(user))),
      );
      app.get(TRUST, (req, response, next) => listTrust(req, response).catch(next));
    },
  };
}

module.exports = { readinessReads, READINESS_DEFAULTS, checkReadiness };
