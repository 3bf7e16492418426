'use strict';
// npm's package administration, for the otp-gate (index.js). Test double only. What registry.npmjs.org
// does for an account with two-factor auth on writes, as npm 11.19.1 / 12.2.3 `lib/commands/{dist-tag,
// owner,deprecate,access}.js` and libnpmaccess call it. Every write needs a code in `npm-otp`, judged
// like a publish (401 + `www-authenticate: OTP` otherwise); reads never do.
//   PUT    /-/package/<esc>/dist-tags/<tag>  body: the JSON string "<version>"     npm dist-tag add
//   DELETE /-/package/<esc>/dist-tags/<tag>                                        npm dist-tag rm
//   POST   /-/package/<esc>/dist-tags        body: {tag: version} (no npm command sends it)
//          Verdaccio stores these once the code passed: 201, 404 for a version or package it lacks.
//   PUT    /<esc>/-rev/<rev>  {_id, _rev, maintainers: [{name, email}]}              npm owner add | rm
//          Answered here (Verdaccio keeps no maintainers and answers such a body 422): 200 {ok, id, rev};
//          404 for an unknown package or user, 409 for a stale _rev, 400 for no owner at all.
//   PUT    /<esc>  the whole document, matching versions carrying `deprecated`      npm deprecate
//          ("" un-deprecates), `_attachments: {}`. Verdaccio stores it (and drops an empty `deprecated`).
//   POST   /-/package/<esc>/access  {access: public|restricted}                     npm access set status=
//          or {publish_requires_tfa, automation_token_overrides_tfa?}               npm access set mfa=
//          -> 200 {}; 400 for another body, 404 for an unknown package.
//   GET    /-/user/org.couchdb.user:<name>  -> {_id, name, email} of a user in Verdaccio's htpasswd, else 404
//   GET    /-/package/<esc>/visibility      -> {public} (the package's publicAccess)
//   GET    /<esc>                           -> Verdaccio's packument plus `maintainers` (its owners)
//
// Owners: the publisher of a package's first version (once Verdaccio accepted it), then whatever owner
// writes make them; emails are `<name>@example.com`. Kept across resets, like packages. A package the
// gate never saw published has no owners: no `maintainers`, and anyone may administer it.
// Refusals (403, recorded as attempts, before any code is judged; npmjs's statuses and texts for them
// are unverified):
//   not-owner           an admin write (dist-tag, owner, deprecate, access) by someone who is not an owner
//                       (publishes are not checked: Verdaccio lets any user publish, and tests rely on it)
//   oidc-not-allowed    an exchanged trusted-publishing token changing owners, deprecations or access
//                       (it may move dist-tags of its package: npm 12 tries that; whether npmjs allows it is unverified)
//   bypass-not-allowed  a bypass-2FA user (bypassUsers) changing owners (npm's docs: such tokens cannot manage owners)
//   tokens-disallowed   a publish with a token, with or without a code, bypass users included, of a package
//                       set to "Require two-factor authentication and disallow tokens" (requireTfa without
//                       tokensOverrideTfa, i.e. `npm access set mfa=publish`): only trusted publishing
//                       (and staging) can publish it
//   tfa-required        a publish by a user whose configured profile has no 2FA (`profiles.<user>.tfa: false`)
//                       with a token that does not bypass 2FA (not in bypassUsers); the text is npmjs's
// Settings per package (publicAccess, requireTfa, tokensOverrideTfa): config `publicPackages` and
// `packageSettings` give the initial state, a first publish with `access: public` and access writes
// change it; kept across resets.
//
// Anonymous dist-tag and access writes answer 401 here (anonymous package writes still reach Verdaccio).
// Attempts of admin writes also keep `command` (npm-command), `authType` (npm-auth-type), `contentType`
// and `body` (for deprecate: the versions sent, the deprecations among them and the attachments). Reads
// of package documents and of the routes above are listed apart (`reads`, cleared by reset) with the
// `npm-otp` they carried.

const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const ADMIN_KINDS = ['dist-tag', 'owner', 'deprecate', 'access'];
/** npmjs's answer to a publish by an account without 2FA whose token does not bypass it (as users report it). */
const TFA_REQUIRED_TO_PUBLISH = 'Two-factor authentication or granular access token with bypass 2fa enabled is required to publish packages.';
const SETTINGS = ['publicAccess', 'requireTfa', 'tokensOverrideTfa'];

const emailOf = (name) => `${name}@example.com`;
/** A version manifest that carries `deprecated` (a message, or "" to un-deprecate). */
const isDeprecation = (manifest) => Boolean(manifest) && typeof manifest === 'object' && 'deprecated' in manifest;

/** What a package write is, from its method, path and body. */
function kindOf(req, body) {
  if (req.method === 'DELETE') return 'unpublish';
  if (typeof body === 'string') return 'dist-tag'; // the old `PUT /<pkg>/<tag>` form
  if (!body || typeof body !== 'object' || Object.keys(body._attachments || {}).length) return 'publish';
  if (!body.versions && Array.isArray(body.maintainers)) return 'owner';
  if (!body.versions && body.users) return 'star';
  const rev = req.path.includes('/-rev/');
  if (!rev && Object.values(body.versions || {}).some(isDeprecation)) return 'deprecate';
  return rev ? 'unpublish' : 'publish';
}

/** Throws unless `settings` is {name: {publicAccess?, requireTfa?, tokensOverrideTfa?}} with booleans. */
function checkSettings(settings) {
  for (const [name, values] of Object.entries(settings || {})) {
    for (const [key, value] of Object.entries(values || {})) {
      if (!SETTINGS.includes(key) || typeof value !== 'boolean')
        throw new Error(`packageSettings.${name}.${key} must be one of ${SETTINGS.join(', ')}, a boolean`);
    }
  }
}

/**
 * `gate`: what admin shares with index.js: config, htpasswd (file path), caller(req) -> {user, grant},
 * decide(req, res, attempt, grant, proceed), parseJsonBody(req, res, done), writtenPackage(req),
 * internal(req) (a request of the gate's own), releaseHeaders(), oidcUser, safeDecode.
 */
function packageAdmin(gate) {
  const owners = new Map(); // package -> [{name, email}]
  const changed = new Map(); // package -> settings set by access writes
  let reads = [];

  function settingsOf(name) {
    const initial = { publicAccess: gate.config.publicPackages.includes(name), requireTfa: false, tokensOverrideTfa: true };
    return { ...initial, ...gate.config.packageSettings[name], ...changed.get(name) };
  }

  function userExists(name) {
    try {
      return readFileSync(gate.htpasswd, 'utf8')
        .split('\n')
        .some((line) => line.split(':')[0] === name);
    } catch {
      return false;
    }
  }

  /** The packument as Verdaccio keeps it, or undefined (a request of the gate's own: not a read). */
  async function packument(req, name) {
    const url = `http://${req.headers.host}/${encodeURIComponent(name).replace(/^%40/, '@')}`;
    const res = await fetch(url, { headers: { accept: 'application/json', ...gate.releaseHeaders() } });
    return res.ok ? res.json() : undefined;
  }

  /** Why a write is refused before its code is judged (see the header), or null. */
  function refusal(kind, pkg, user, grant) {
    const settings = settingsOf(pkg);
    if (kind === 'publish' && !grant && settings.requireTfa && !settings.tokensOverrideTfa) {
      return { outcome: 'tokens-disallowed', error: `${pkg} requires two-factor authentication and disallows tokens: publish it with trusted publishing` };
    }
    if (kind === 'publish' && !grant && gate.config.profiles?.[user]?.tfa === false && !gate.config.bypassUsers.includes(user)) {
      return { outcome: 'tfa-required', error: TFA_REQUIRED_TO_PUBLISH };
    }
    if (!ADMIN_KINDS.includes(kind)) return null;
    if (grant) return kind === 'dist-tag' ? null : { outcome: 'oidc-not-allowed', error: `a trusted publishing token cannot change the ${kind} of ${pkg}` };
    if (kind === 'owner' && gate.config.bypassUsers.includes(user)) {
      return { outcome: 'bypass-not-allowed', error: 'a token that bypasses two-factor authentication cannot manage owners' };
    }
    const current = owners.get(pkg);
    if (current && !current.some((owner) => owner.name === user)) return { outcome: 'not-owner', error: `${user} is not an owner of ${pkg}` };
    return null;
  }

  /** The attempt a package write records: the request, and for admin writes what details(kind, req, body) keeps. */
  function attemptOf(kind, req, pkg, user, body) {
    const otp = req.headers['npm-otp'] || null;
    return { kind, method: req.method, path: req.originalUrl, package: pkg, user, otp, ...details(kind, req, body) };
  }

  /** What an admin write's attempt keeps of the request. */
  function details(kind, req, body) {
    if (!ADMIN_KINDS.includes(kind)) return {};
    let sent = body ?? null;
    if (kind === 'deprecate') {
      const deprecated = Object.fromEntries(Object.entries(body.versions).flatMap(([v, m]) => (isDeprecation(m) ? [[v, m.deprecated]] : [])));
      sent = { versions: Object.keys(body.versions), deprecated, _attachments: body._attachments };
    }
    const header = (name) => req.headers[name] || null;
    return { command: header('npm-command'), authType: header('npm-auth-type'), contentType: header('content-type'), body: sent };
  }

  /** npm owner add | rm, once the code passed: the new owners become the package's. */
  async function changeOwners(req, res, pkg, body) {
    const doc = await packument(req, pkg);
    if (!doc) return res.status(404).json({ error: `no such package available: ${pkg}` });
    if (body._rev !== doc._rev) return res.status(409).json({ error: `document update conflict: _rev ${body._rev} is not the current ${doc._rev}` });
    const names = [...new Set(body.maintainers.map((maintainer) => maintainer?.name))];
    if (!names.length) return res.status(400).json({ error: 'a package needs at least one owner' });
    const unknown = names.filter((name) => typeof name !== 'string' || !userExists(name));
    if (unknown.length) return res.status(404).json({ error: `no such user: ${unknown.join(', ')}` });
    owners.set(
      pkg,
      names.map((name) => ({ name, email: emailOf(name) })),
    );
    res.json({ ok: 'owners updated', id: pkg, rev: doc._rev });
  }

  /** npm access set, once the code passed. */
  async function setAccess(req, res, _next, pkg, body) {
    const change = {};
    const fields = { access: 'publicAccess', publish_requires_tfa: 'requireTfa', automation_token_overrides_tfa: 'tokensOverrideTfa' };
    for (const [field, setting] of Object.entries(fields)) {
      if (!body || !(field in body)) continue;
      const value = body[field];
      if (field === 'access' ? !['public', 'restricted'].includes(value) : typeof value !== 'boolean') {
        return res.status(400).json({ error: `invalid ${field}: ${JSON.stringify(value)}` });
      }
      change[setting] = field === 'access' ? value === 'public' : value;
    }
    if (!Object.keys(change).length) return res.status(400).json({ error: `expected ${Object.keys(fields).join(' or ')}` });
    if (!(await packument(req, pkg))) return res.status(404).json({ error: `no such package available: ${pkg}` });
    changed.set(pkg, { ...changed.get(pkg), ...change });
    res.json({});
  }

  /** A route's write: the caller, its body, the gate's verdict, then `proceed(req, res, next, pkg, body)`. */
  function adminWrite(kind, proceed) {
    return (req, res, next) => {
      const pkg = gate.safeDecode(req.params[0]);
      const { user, grant } = gate.caller(req);
      if (!user) return res.status(401).json({ error: `authorization required to change the ${kind} of ${pkg}` });
      gate.parseJsonBody(req, res, (body) => {
        const attempt = attemptOf(kind, req, pkg, user, body);
        gate.decide(req, res, attempt, grant, () => proceed(req, res, next, pkg, body));
      });
    };
  }

  /** Reads worth listing: package documents and the administration reads. */
  function readOf(req) {
    const admin = /^\/-\/package\/([^/]+)\/(dist-tags|visibility|collaborators)$/.exec(req.path);
    if (admin) return { kind: admin[2], package: gate.safeDecode(admin[1]) };
    if (/^\/-\/user\/org\.couchdb\.user:[^/]+$/.test(req.path)) return { kind: 'user', package: null };
    if (req.path.startsWith('/-/') || req.path === '/') return null;
    const parts = gate.safeDecode(req.path.slice(1)).split('/');
    const name = parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const rest = parts.slice(name.split('/').length);
    if (rest.length > 1 || rest[0] === '-') return null; // tarballs and the like
    return { kind: rest.length ? 'version' : 'packument', package: name };
  }

  /** The packument with its owners as `maintainers` (and an ETag that matches, so caches revalidate). */
  function withMaintainers(res, name) {
    const send = res.send.bind(res);
    res.send = (body) => {
      const list = owners.get(name);
      if (!list || res.statusCode !== 200 || typeof body !== 'string') return send(body);
      let doc;
      try {
        doc = JSON.parse(body);
      } catch {
        return send(body);
      }
      if (doc?.name !== name || !doc.versions) return send(body);
      const text = `${JSON.stringify({ ...doc, maintainers: list }, undefined, '  ')}\n`;
      res.set('etag', `"${createHash('md5').update(text).digest('hex')}"`);
      return send(text);
    };
  }

  /** Runs first on every request: lists reads, adds maintainers, makes a first publisher the owner. */
  function observe(req, res, next) {
    if (req.method === 'GET' && !gate.internal(req)) {
      const read = readOf(req);
      if (read) {
        const entry = {
          ...read,
          path: req.originalUrl,
          user: gate.caller(req).user,
          otp: req.headers['npm-otp'] || null,
          command: req.headers['npm-command'] || null,
          status: null,
          at: Date.now(),
        };
        reads.push(entry);
        res.on('finish', () => (entry.status = res.statusCode));
        if (read.kind === 'packument') withMaintainers(res, read.package);
      }
    } else if (req.method === 'PUT') {
      res.on('finish', () => {
        const pkg = gate.writtenPackage(req);
        const user = req.remote_user?.name;
        if (res.statusCode >= 300 || !pkg || !user || user === gate.oidcUser || owners.has(pkg)) return;
        if (kindOf(req, req.body) !== 'publish') return;
        owners.set(pkg, [{ name: user, email: emailOf(user) }]);
        // A first publish with `access: public` (npm publish --access public) makes a scoped package public, as on npmjs.
        if (req.body?.access === 'public') changed.set(pkg, { ...changed.get(pkg), publicAccess: true });
      });
    }
    next();
  }

  return {
    kindOf,
    refusal,
    attemptOf,
    changeOwners,
    observe,
    reads: () => reads,
    owners: () => Object.fromEntries(owners),
    /** The settings of every package that has any: seeded, public or changed. */
    settings: () => {
      const names = new Set([...gate.config.publicPackages, ...Object.keys(gate.config.packageSettings), ...changed.keys()]);
      return Object.fromEntries([...names].map((name) => [name, settingsOf(name)]));
    },
    reset() {
      reads = [];
    },
    routes(app) {
      app.get(/^\/-\/user\/org\.couchdb\.user:([^/]+)$/, (req, res) => {
        const name = gate.safeDecode(req.params[0]);
        if (!userExists(name)) return res.status(404).json({ error: `user ${name} not found` });
        res.json({ _id: `org.couchdb.user:${name}`, name, email: emailOf(name) });
      });
      app.get(/^\/-\/package\/([^/]+)\/visibility$/, (req, res) => res.json({ public: settingsOf(gate.safeDecode(req.params[0])).publicAccess }));
      const tags = adminWrite('dist-tag', (_req, _res, next) => next()); // Verdaccio stores it
      app.put(/^\/-\/package\/([^/]+)\/dist-tags\/([^/]+)$/, tags);
      app.delete(/^\/-\/package\/([^/]+)\/dist-tags\/([^/]+)$/, tags);
      app.post(/^\/-\/package\/([^/]+)\/dist-tags$/, tags);
      app.post(/^\/-\/package\/([^/]+)\/access$/, adminWrite('access', setAccess));
    },
  };
}

module.exports = { packageAdmin, kindOf, checkSettings };
