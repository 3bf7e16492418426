'use strict';
// Verdaccio middleware plugin that demands a TOTP code on package writes, the
// way registry.npmjs.org does for accounts with two-factor auth. Test double only.
//
// Writes = PUT or DELETE on a package path (`/<pkg>`, `/@scope%2fname`,
// `/@scope/name`, `/<pkg>/-rev/<rev>`, `/<pkg>/-/<file>.tgz/-rev/<rev>`: publishes, unpublishes,
// owner changes, deprecations), and the administration writes under `/-/` (dist-tags, access) of
// admin.js. Other routes under `/-/` (user login, ...) and all GETs pass.
// Anonymous package writes also pass untouched: Verdaccio itself answers them 401/403.
// Every attempt has a `kind`: publish | unpublish | star | deprecate | owner | dist-tag | access, stage
// (stage.js) or read (a read fault).
//
// Control API (no auth):
//   GET  /-/_test/otp-gate/config    -> current config
//   POST /-/_test/otp-gate/config    JSON merged into the config; {"reset":true}
//                                    also clears attempts, reads, counters, used codes,
//                                    exchanges and exchanged tokens
//   GET  /-/_test/otp-gate/attempts  -> {"attempts":[...]}
//   GET  /-/_test/otp-gate/exchanges -> {"exchanges":[...]} (OIDC token exchanges)
//   GET  /-/_test/otp-gate/reads     -> {"reads":[...]} (package documents and admin reads; cleared by reset)
//   GET  /-/_test/otp-gate/owners    -> {"owners":{"<package>":[{name,email}]}} (kept across resets)
//   GET  /-/_test/otp-gate/settings  -> {"settings":{"<package>":{publicAccess,requireTfa,tokensOverrideTfa}}}
// failPackages: writes of these packages answer 500 after the OTP check (a registry fault).
//
// Trusted publishing (npm's OIDC exchange), with config
//   oidc: { issuer, jwks | publicJwk, audience?, trustedPublishers: { "<package>": { repository, workflow, environment? } } }
//   POST /-/npm/v1/oidc/token/exchange/package/<name>   (Authorization: Bearer <GitHub ID token>, empty body)
//     -> 201 {"token"}; 404 {"message":"OIDC token exchange error - package not found"} when the package has
//        no publisher; 401 {"message"} for a bad signature, iss, aud, exp/nbf or claims that do not match.
//   The ID token's aud must be `npm:<host of the request's Host header, without port>` (what npm asks GitHub
//   for: `npm:127.0.0.1` here) unless oidc.audience is set. `workflow` is the file name in workflow_ref
//   (`OWNER/REPO/.github/workflows/<workflow>@REF`), as npm matches the calling workflow.
//   The token authenticates as user OIDC_USER (set on req.remote_user here, so Verdaccio's own auth
//   accepts it) and may write that one package, with no OTP; other writes with it answer 403.
//   GET /-/package/<name>/visibility -> {"public":true} for the packages in publicPackages (or set
//   public since), else {"public":false} (npm asks when it considers provenance; a new package is not
//   public yet).
//
// Provenance: every package PUT's attempt has `provenance`: null without a `.sigstore` attachment,
// else what provenance.js reads from the bundle (subject, digest, signature, certificate identity,
// problems). With provenanceIdentity set, a PUT whose bundle has a problem, or whose certificate SAN
// is another identity, answers 422 {"error":"Error verifying sigstore provenance bundle: <problems>"}
// (problems joined by '; ') where it would be stored, i.e. after the OTP check and the faults; the
// attempt keeps the outcome of the OTP check. A bundle that is stored is taken off the upload, as
// npmjs does: the version's dist.attestations names it, and
//   GET /-/npm/v1/attestations/<name>@<version> -> {"attestations":[{"predicateType":..., "bundle":...}]}
//
// Staged publishing (npm stage publish | list | view | download | approve | reject): stage.js.
//   GET /-/_test/otp-gate/staged -> {"items":[...]} (what is staged now)
//
// Package administration (npm dist-tag | owner | deprecate | access, owners and package settings such
// as "Require two-factor authentication and disallow tokens"): admin.js.
//
// Account reads of a readiness audit (npm whoami | token list | profile get | trust list), token expiry
// and per-user profiles (tfa): readiness.js.

const { randomBytes } = require('node:crypto');
const { verifySync, createGuardrails } = require('otplib');
const { checkProvenance } = require('./provenance');
const stagingArea = require('./stage');
const { packageAdmin, checkSettings } = require('./admin');
const { readinessReads, READINESS_DEFAULTS, checkReadiness } = require('./readiness');

const OTP_ERROR = 'You must provide a one-time pass. Upgrade your client to npm@latest in order to use 2FA.';
const CONTROL = '/-/_test/otp-gate';
const OIDC_USER = 'oidc-trusted-publisher';
// The groups Verdaccio's createRemoteUser gives any logged-in user (publish: $authenticated).
const OIDC_USER_GROUPS = ['$all', '$authenticated', '@all', '@authenticated', 'all'];
const OIDC_KEYS = ['issuer', 'jwks', 'publicJwk', 'audience', 'trustedPublishers', 'tokenTtlMs'];
// How long an exchanged token lives: npm calls them short-lived without saying how long (unverified);
// RubyGems' keys live 15 minutes, taken here too. `oidc.tokenTtlMs` changes it.
const OIDC_TOKEN_TTL_MS = 15 * 60_000;
const PASSES = ['accepted', 'bypass', 'oidc'];
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
// Requests the gate makes to Verdaccio itself (releasing an approved stage) carry this header with
// the plugin's secret and pass the gate unjudged.
const RELEASE_HEADER = 'x-otp-gate-release';

const DEFAULTS = {
  secret: null,
  algorithm: 'sha1',
  digits: 6,
  period: 30,
  toleranceSteps: 0,
  rejectFirst: 0,
  rejectAll: false,
  allowReuse: true,
  clockOffsetMs: 0,
  bypassUsers: [],
  webauthn: false,
  failPackages: [],
  oidc: null,
  faults: [],
  readFaults: [],
  exchangeFaults: [],
  // Retry-After of a '429' fault: seconds; with retryAfterAsDate, sent as the HTTP date that far ahead.
  retryAfter: 1,
  retryAfterAsDate: false,
  // Certificate identity (URI SAN) a provenance bundle must have; null: bundles are only recorded.
  provenanceIdentity: null,
  // Packages the visibility endpoint calls public.
  publicPackages: [],
  // Answer a second stage of a staged version 409 (default: stage it again; stage.js).
  refuseSecondStage: false,
  // Initial settings per package: {"<name>": {publicAccess?, requireTfa?, tokensOverrideTfa?}} (admin.js).
  packageSettings: {},
  // Account reads (whoami, tokens, profile, trust): userTokens, profiles, tokensPerPage (readiness.js).
  ...READINESS_DEFAULTS,
};

// Registry faults, consumed one per request in order: `faults` by package writes that passed the
// OTP check, `readFaults` by package document GETs, `exchangeFaults` by OIDC token exchanges. '500' / '503': answered with that status
// before anything is stored; '429': Too Many Requests with Retry-After (`retryAfter`); 'reset': the connection
// is dropped before anything is stored; 'reset-after-write': the write is stored, then the
// connection is dropped instead of the answer (the upload arrived, the client cannot know);
// 'hang': never answered.
// '429-otp': 429 whose body says one-time passwords are rate-limited (as npmjs answers a burst of
// codes: "rate limited otp"), with Retry-After; 'none': this request passes (to place a later fault).
const FAULTS = ['500', '503', '429', '429-otp', 'reset', 'reset-after-write', 'hang', 'none'];

/** Keeps only known options; throws on unknown ones (a typo must not pass silently). */
function pickOptions(input, strict) {
  const out = {};
  for (const [key, value] of Object.entries(input || {})) {
    if (key in DEFAULTS) out[key] = value;
    else if (strict && key !== 'reset') throw new Error(`unknown otp-gate option: ${key}`);
  }
  if (typeof out.secret === 'string') out.secret = out.secret.replace(/[\s-]/g, '').toUpperCase();
  for (const key of ['bypassUsers', 'failPackages', 'publicPackages', 'faults', 'readFaults', 'exchangeFaults']) {
    if (key in out && !Array.isArray(out[key])) throw new Error(`${key} must be an array`);
  }
  for (const fault of [...(out.faults || []), ...(out.readFaults || []), ...(out.exchangeFaults || [])]) {
    if (!FAULTS.includes(fault)) throw new Error(`unknown fault: ${fault}; expected one of ${FAULTS.join(', ')}`);
  }
  if ('packageSettings' in out) checkSettings(out.packageSettings);
  checkReadiness(out);
  if ('provenanceIdentity' in out && out.provenanceIdentity !== null && typeof out.provenanceIdentity !== 'string') {
    throw new Error('provenanceIdentity must be a string or null');
  }
  for (const key of Object.keys(out.oidc || {})) {
    if (!OIDC_KEYS.includes(key)) throw new Error(`unknown otp-gate oidc option: ${key}`);
  }
  return out;
}

/** Answers (or does not answer) a request the way the fault says. */
function applyFault(fault, config, req, res, next) {
  if (fault === '500' || fault === '503') return res.status(Number(fault)).json({ error: `otp-gate fault ${fault}` });
  if (fault === '429') {
    const seconds = Number(config.retryAfter);
    const value = config.retryAfterAsDate ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds);
    return res.status(429).set('retry-after', value).json({ error: 'too many requests (test registry fault)' });
  }
  if (fault === '429-otp') return res.status(429).set('retry-after', String(config.retryAfter)).json({ error: 'rate limited otp' });
  if (fault === 'none') return next();
  if (fault === 'reset') return req.socket.destroy();
  if (fault === 'reset-after-write') {
    res.writeHead = () => res;
    res.end = () => req.socket.destroy();
    return next();
  }
  // 'hang': keep the request open until the client gives up.
}

/** Package name of a GET of a package document, or null. */
function readPackage(req) {
  if (req.method !== 'GET' || req.path.startsWith('/-/') || req.path === '/') return null;
  return safeDecode(req.path.slice(1).split('/').slice(0, 2).join('/'));
}

/** Package name of a write request, or null when the request is not a package write. */
function writtenPackage(req) {
  if (req.method !== 'PUT' && req.method !== 'DELETE') return null;
  if (req.path.startsWith('/-/')) return null;
  const segments = req.path.split('/').slice(1).map(safeDecode);
  let name = segments[0];
  if (!name) return null;
  if (name.startsWith('@') && !name.includes('/') && segments[1]) name += `/${segments[1]}`;
  return name;
}

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Matched time step of a valid code, or null. */
function verifyCode(config, code, nowMs) {
  try {
    const result = verifySync({
      secret: config.secret,
      token: code,
      epoch: Math.floor(nowMs / 1000),
      algorithm: config.algorithm,
      digits: config.digits,
      period: config.period,
      epochTolerance: config.toleranceSteps * config.period,
      guardrails,
    });
    return result.valid ? result.timeStep : null;
  } catch {
    return null; // wrong length, not digits, bad secret...
  }
}

function bearerToken(req) {
  return /^Bearer (.+)$/i.exec(req.headers.authorization || '')?.[1] || null;
}

// jose 6 is ESM-only (no "require" export condition); import() loads it from CommonJS on any Node 20.
let jose;
const loadJose = () => (jose ??= import('jose'));

/** Claims of a verified ID token (signature RS256/ES256, iss, aud, exp, nbf); throws otherwise. */
async function verifyIdToken(jwt, oidc, audience) {
  const { jwtVerify, createLocalJWKSet } = await loadJose();
  const keys = oidc.jwks || { keys: [oidc.publicJwk] };
  const options = { issuer: oidc.issuer, audience, algorithms: ['RS256', 'ES256'], requiredClaims: ['exp'] };
  return (await jwtVerify(jwt, createLocalJWKSet(keys), options)).payload;
}

/** Why the claims do not fit the package's trusted publisher, or null when they do. */
function publisherMismatch(publisher, claims) {
  const workflow = String(claims.workflow_ref || '')
    .replace(/@[^@]*$/, '')
    .split('/.github/workflows/')[1];
  const checks = [
    ['repository', claims.repository, publisher.repository],
    ['workflow', workflow, publisher.workflow],
  ];
  if (publisher.environment !== undefined) checks.push(['environment', claims.environment, publisher.environment]);
  const failed = checks.find(([, actual, wanted]) => actual !== wanted);
  return failed ? `${failed[0]} ${JSON.stringify(failed[1])} does not match the trusted publisher (${JSON.stringify(failed[2])})` : null;
}

/**
 * Parses a JSON request body ahead of Verdaccio (whose body parser then keeps req.body, as it does
 * for any request marked parsed); calls `done` with the body, or answers 400 like Verdaccio would.
 */
function parseJsonBody(req, res, done) {
  if (req._body || !/json/i.test(req.headers['content-type'] || '')) return done(req.body ?? null);
  readJson(req).then(
    (body) => {
      req.body = body;
      req._body = true;
      done(body);
    },
    (err) => res.status(400).json({ error: `invalid JSON body: ${err.message}` }),
  );
}

function readJson(req) {
  if (req.body && typeof req.body === 'object') return Promise.resolve(req.body);
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

module.exports = function otpGate(pluginConfig, options) {
  // Verdaccio merges the whole app config into pluginConfig: keep our keys only.
  const config = { ...DEFAULTS, ...pickOptions(pluginConfig, false) };
  let attempts = [];
  let forcedLeft = config.rejectFirst;
  let usedCodes = new Set();
  let exchanges = [];
  // `name@version` -> the provenance bundle accepted with it (kept across resets, like packages).
  const attestations = new Map();
  let oidcTokens = new Map(); // token -> {pkg: the one package it may write, expires (ms)}
  const releaseSecret = randomBytes(16).toString('hex');

  function configure(body) {
    const options = pickOptions(body, true);
    if (body.reset) {
      attempts = [];
      exchanges = [];
      oidcTokens = new Map();
      usedCodes = new Set();
      forcedLeft = config.rejectFirst;
      admin.reset();
    }
    Object.assign(config, options);
    if ('rejectFirst' in options) forcedLeft = config.rejectFirst;
  }

  /**
   * Decides the outcome of one write attempt. For a code it accepted, also `codeLeftMs`: how long
   * the code's window still ran when it was checked, ms; negative when the code was made for an
   * earlier window (accepted only through `toleranceSteps`), so a registry that accepts just the
   * current window would have refused it.
   */
  function judge(user, otp, factor = readiness.writeFactor(user)) {
    if (config.bypassUsers.includes(user)) return { outcome: 'bypass' };
    if (factor === 'none') return { outcome: 'accepted' }; // a configured profile without 2FA on writes
    if (config.webauthn || factor === 'webauthn') return { outcome: 'webauthn' };
    if (!config.secret) return { outcome: 'accepted' };
    if (!otp) return { outcome: 'missing' };
    if (config.rejectAll) return { outcome: 'forced-reject' };
    if (forcedLeft > 0) {
      forcedLeft--;
      return { outcome: 'forced-reject' };
    }
    const now = Date.now() + config.clockOffsetMs;
    const step = verifyCode(config, otp, now);
    if (step === null) return { outcome: 'invalid' };
    const key = `${step}:${otp}`;
    if (!config.allowReuse && usedCodes.has(key)) return { outcome: 'reused' };
    usedCodes.add(key);
    return { outcome: 'accepted', codeLeftMs: (step + 1) * config.period * 1000 - now };
  }

  /** npm's OIDC token exchange for `pkg`: {status, body}. */
  async function exchange(pkg, jwt, host) {
    const oidc = config.oidc;
    const fail = (status, reason) => ({ status, body: { message: `OIDC token exchange error - ${reason}` } });
    const publisher = oidc?.trustedPublishers?.[pkg];
    if (!publisher) return fail(404, 'package not found');
    if (!jwt) return fail(401, 'missing bearer token');
    let claims;
    try {
      claims = await verifyIdToken(jwt, oidc, oidc.audience || `npm:${new URL(`http://${host}`).hostname}`);
    } catch (err) {
      return fail(401, `invalid id token: ${err.message}`);
    }
    const mismatch = publisherMismatch(publisher, claims);
    if (mismatch) return fail(401, mismatch);
    const token = `npm_${randomBytes(27).toString('base64url')}`;
    oidcTokens.set(token, { pkg, expires: Date.now() + (oidc.tokenTtlMs ?? OIDC_TOKEN_TTL_MS) });
    return { status: 201, body: { token } };
  }

  /**
   * What npmjs does with an accepted bundle: keeps it apart from the tarball (Verdaccio stores
   * exactly one attachment per publish) and names it in the version's `dist.attestations`.
   */
  function keepAttestation(req, body, version) {
    const key = Object.keys(body._attachments).find((name) => name.endsWith('.sigstore'));
    const { data } = body._attachments[key];
    delete body._attachments[key];
    let bundle;
    try {
      bundle = typeof data === 'string' ? JSON.parse(data) : data;
    } catch {
      return; // recorded as a problem already; nothing to keep
    }
    const spec = `${body.name}@${version}`;
    attestations.set(spec, bundle);
    const manifest = body.versions[version];
    if (manifest) {
      manifest.dist = {
        ...manifest.dist,
        attestations: { url: `http://${req.headers.host}/-/npm/v1/attestations/${spec}`, provenance: { predicateType: SLSA_V1 } },
      };
    }
  }

  function gate(req, res, next) {
    // The registry's clock, as its Date header shows it (a skewed registry, or a skewed runner).
    if (config.clockOffsetMs) res.setHeader('date', new Date(Date.now() + config.clockOffsetMs).toUTCString());
    if (req.headers[RELEASE_HEADER] === releaseSecret) return release(req, res, next);
    const { grant } = caller(req);
    const read = readPackage(req);
    if (read !== null && config.readFaults.length) {
      const fault = config.readFaults.shift();
      attempts.push({ kind: 'read', method: 'GET', path: req.originalUrl, package: read, user: null, otp: null, outcome: `fault:${fault}`, at: Date.now() });
      return applyFault(fault, config, req, res, next);
    }
    const pkg = writtenPackage(req);
    const user = req.remote_user?.name || null;
    if (pkg === null || user === null) return next();
    if (req.method !== 'PUT') return write(req, res, next, pkg, user, grant, undefined);
    parseJsonBody(req, res, (body) => write(req, res, next, pkg, user, grant, body));
  }

  /**
   * Who calls: Verdaccio's auth ran first and found nothing in an exchanged token, so that one is
   * authenticated here (`grant`: the one package it may write).
   */
  function caller(req) {
    const entry = oidcTokens.get(bearerToken(req));
    // An expired token authenticates no one: Verdaccio then answers the write as anonymous (401).
    const grant = entry && entry.expires > Date.now() ? entry.pkg : undefined;
    if (grant) req.remote_user = { name: OIDC_USER, groups: OIDC_USER_GROUPS, real_groups: [] };
    return { user: req.remote_user?.name || null, grant };
  }

  /** An approved stage released into Verdaccio: its provenance bundle is kept as for any publish. */
  function release(req, res, next) {
    if (req.method !== 'PUT') return next();
    parseJsonBody(req, res, (body) => {
      const provenance = checkProvenance(body, { expectedIdentity: config.provenanceIdentity });
      if (provenance) keepAttestation(req, body, provenance.version);
      next();
    });
  }

  /** After a passed check: a failPackages 500, else the next fault, else `proceed`. */
  function faultThen(req, res, attempt, proceed) {
    if (config.failPackages.includes(attempt.package)) {
      attempt.outcome = 'server-error';
      return res.status(500).json({ error: 'internal server error (otp-gate failPackages)' });
    }
    if (!config.faults.length) return proceed();
    const fault = config.faults.shift();
    if (fault !== 'none') attempt.outcome = `fault:${fault}`;
    return applyFault(fault, config, req, res, proceed);
  }

  /** 401 asking for the code (or a security key), as npmjs answers a write without a good one. */
  function askForOtp(req, res, outcome) {
    res.status(401).set('www-authenticate', 'OTP');
    if (outcome === 'webauthn') {
      const base = `http://${req.headers.host}`;
      return res.json({ authUrl: `${base}/-/_test/auth/xyz`, doneUrl: `${base}/-/_test/done/xyz` });
    }
    return res.json({ error: OTP_ERROR });
  }

  const staging = stagingArea({
    config,
    judge,
    caller,
    record: (attempt) => attempts.push(Object.assign(attempt, { kind: 'stage' })),
    passes: (outcome) => PASSES.includes(outcome),
    askForOtp,
    faultThen,
    readJson,
    checkProvenance: (body) => checkProvenance(body, { expectedIdentity: config.provenanceIdentity }),
    releaseHeaders: () => ({ [RELEASE_HEADER]: releaseSecret }),
    safeDecode,
  });

  /**
   * Records one write attempt and decides it: a refusal of admin.js (403, before any code is judged),
   * the trusted-publishing grant, or the OTP check; once it passes, faults, then `proceed`.
   */
  function decide(req, res, attempt, grant, proceed) {
    const refused = admin.refusal(attempt.kind, attempt.package, attempt.user, grant);
    const { outcome, codeLeftMs } =
      refused || (grant ? { outcome: grant === attempt.package ? 'oidc' : 'oidc-wrong-package' } : judge(attempt.user, attempt.otp));
    Object.assign(attempt, { outcome, at: Date.now() });
    if (codeLeftMs !== undefined) attempt.codeLeftMs = codeLeftMs;
    attempts.push(attempt);
    if (refused) return res.status(403).json({ error: refused.error });
    if (PASSES.includes(outcome)) return faultThen(req, res, attempt, proceed);
    if (outcome === 'oidc-wrong-package') {
      return res.status(403).json({ error: `this trusted publishing token may only publish ${grant}` });
    }
    return askForOtp(req, res, outcome);
  }

  /** One package write: decided, then the provenance check, then Verdaccio stores it (owner changes: admin.js). */
  function write(req, res, next, pkg, user, grant, body) {
    const kind = admin.kindOf(req, body);
    const attempt = admin.attemptOf(kind, req, pkg, user, body);
    if (body !== undefined) attempt.provenance = checkProvenance(body, { expectedIdentity: config.provenanceIdentity });
    decide(req, res, attempt, grant, () => {
      if (kind === 'owner') return admin.changeOwners(req, res, pkg, body);
      // npmjs always checks the repository; the other problems answer 422 with provenanceIdentity set.
      if (attempt.provenance?.repositoryProblem || (config.provenanceIdentity && attempt.provenance?.problems.length)) {
        return res.status(422).json({ error: `Error verifying sigstore provenance bundle: ${attempt.provenance.problems.join('; ')}` });
      }
      if (attempt.provenance) keepAttestation(req, body, attempt.provenance.version);
      return next();
    });
  }

  const admin = packageAdmin({
    config,
    // Verdaccio's htpasswd file: the users that exist (run.cjs writes an absolute path).
    htpasswd: (options?.config ?? pluginConfig)?.auth?.htpasswd?.file,
    caller,
    decide,
    parseJsonBody,
    writtenPackage,
    internal: (req) => req.headers[RELEASE_HEADER] === releaseSecret,
    releaseHeaders: () => ({ [RELEASE_HEADER]: releaseSecret }),
    oidcUser: OIDC_USER,
    safeDecode,
  });

  const readiness = readinessReads({
    config,
    now: () => Date.now() + config.clockOffsetMs,
    bearerToken,
    caller,
    judge,
    askForOtp,
    recordRead: (entry) => admin.reads().push(entry),
    owners: () => admin.owners(),
    writtenPackage,
    releaseHeaders: () => ({ [RELEASE_HEADER]: releaseSecret }),
    safeDecode,
  });

  return {
    register_middlewares(app) {
      app.use(readiness.observe);
      app.use(admin.observe);
      app.get(`${CONTROL}/config`, (_req, res) => res.json(config));
      app.get(`${CONTROL}/attempts`, (_req, res) => res.json({ attempts }));
      app.get(`${CONTROL}/exchanges`, (_req, res) => res.json({ exchanges }));
      app.get(`${CONTROL}/staged`, (_req, res) => res.json({ items: staging.items() }));
      app.get(`${CONTROL}/reads`, (_req, res) => res.json({ reads: admin.reads() }));
      app.get(`${CONTROL}/owners`, (_req, res) => res.json({ owners: admin.owners() }));
      app.get(`${CONTROL}/settings`, (_req, res) => res.json({ settings: admin.settings() }));
      app.post(`${CONTROL}/config`, async (req, res) => {
        try {
          configure(await readJson(req));
          res.json(config);
        } catch (err) {
          res.status(400).json({ error: err.message });
        }
      });
      app.post(/^\/-\/npm\/v1\/oidc\/token\/exchange\/package\/(.+)$/, async (req, res) => {
        const pkg = safeDecode(req.params[0]); // `@scope%2fname` and `%40scope%2Fname` alike
        const fault = config.exchangeFaults.shift();
        if (fault !== undefined && fault !== 'none') {
          exchanges.push({ package: pkg, status: null, message: `fault:${fault}`, at: Date.now() });
          return applyFault(fault, config, req, res);
        }
        const { status, body } = await exchange(pkg, bearerToken(req), req.headers.host);
        exchanges.push({ package: pkg, status, message: body.message || null, at: Date.now() });
        res.status(status).json(body);
      });
      app.get(/^\/-\/npm\/v1\/attestations\/(.+)$/, (req, res) => {
        const spec = safeDecode(req.params[0]);
        const bundle = attestations.get(spec);
        if (!bundle) return res.status(404).json({ error: 'not found' });
        res.json({ attestations: [{ predicateType: SLSA_V1, bundle }] });
      });
      staging.routes(app);
      admin.routes(app);
      readiness.routes(app);
      app.use(gate);
    },
  };
};
