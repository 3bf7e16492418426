'use strict';
// npm's staged publishing, for the otp-gate (index.js). Test double only. Routes, as npm 11.19.1's
// `lib/commands/stage/*.js` and libnpmpublish's `stage` option call them:
//   POST   /-/stage/package/<escaped name>  the publish body; no one-time password asked
//          -> 201 {"stageId","id","packageName","version"}; 403 "You cannot publish over the previously
//          published versions: V." when V is released; a second item when name@V is staged already
//          (409 with config refuseSecondStage: npmjs's answer is undocumented);
//          422 for a provenance bundle with problems (when provenanceIdentity is set)
//   GET    /-/stage?page=N&perPage=M[&package=NAME]  -> {"items":[...],"total"} (page counts from 0)
//   GET    /-/stage/<id>                             -> the item (404 when unknown)
//   GET    /-/stage/<id>/tarball                     -> the staged tarball
//   POST   /-/stage/<id>/approve   the code in `npm-otp`, judged like a package write (401 +
//          `www-authenticate: OTP` otherwise); releases the version into Verdaccio and drops the item
//   DELETE /-/stage/<id>           the code likewise; drops the item and its tarball
// Every route needs a logged-in user. An exchanged trusted-publishing token may stage its own package
// when its trusted publisher has `allowStagePublish`, and nothing else (403). Items are
//   {id, packageName, version, tag, createdAt, actor, actorType ('user'|'oidc'), shasum}
// and are kept across resets (like packages). Staging, approving and rejecting are attempts
// (`stage`: 'publish' | 'approve' | 'reject', with `stageId`); `faults` and `failPackages` apply to
// them once they pass, as to package writes.

const { randomUUID } = require('node:crypto');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `gate`: what the stage routes share with the package writes of index.js:
 *   config, judge(user, otp) -> {outcome, codeLeftMs}, caller(req) -> {user, grant}, record(attempt), passes(outcome),
 *   askForOtp(req, res, outcome), faultThen(req, res, attempt, proceed), readJson(req),
 *   checkProvenance(body), releaseHeaders() (headers that let a request past the gate), safeDecode.
 */
module.exports = function stagingArea(gate) {
  /** id -> {item, body}; the body is the publish document, released as is on approval. */
  const stages = new Map();

  const items = () => [...stages.values()].map((stage) => stage.item);

  /** The caller, or an answer: 401 without a user, 403 for a trusted-publishing token (unless `oidcMay`). */
  function who(req, res, oidcMay) {
    const caller = gate.caller(req);
    if (!caller.user) {
      res.status(401).json({ error: 'You must be logged in to use staged publishing' });
      return null;
    }
    if (caller.grant && !oidcMay) {
      res.status(403).json({ error: 'a trusted publishing token can stage a package, but not list, view, approve or reject staged packages' });
      return null;
    }
    return caller;
  }

  function found(req, res) {
    const id = req.params[0];
    const stage = UUID.test(id) ? stages.get(id.toLowerCase()) : undefined;
    if (!stage) res.status(404).json({ error: `no staged package with id ${id}` });
    return stage;
  }

  /** Where Verdaccio itself serves (and takes) the package document. */
  const packageUrl = (req, name) => `http://${req.headers.host}/${encodeURIComponent(name).replace(/^%40/, '@')}`;

  /** The package document as Verdaccio serves it (no auth: the test registry lets $all read). */
  async function released(req, name) {
    const res = await fetch(packageUrl(req, name), { headers: { accept: 'application/json', ...gate.releaseHeaders() } });
    return res.ok ? res.json() : undefined;
  }

  async function stagePublish(req, res) {
    const name = gate.safeDecode(req.params[0]);
    const caller = who(req, res, true);
    if (!caller) return;
    const publisher = caller.grant && gate.config.oidc?.trustedPublishers?.[caller.grant];
    if (caller.grant && caller.grant !== name) return res.status(403).json({ error: `this trusted publishing token may only publish ${caller.grant}` });
    if (caller.grant && !publisher?.allowStagePublish) {
      return res.status(403).json({ error: `the trusted publisher of ${name} does not allow staged publishing (npm trust ... --allow-stage-publish)` });
    }
    let body;
    try {
      body = await gate.readJson(req);
    } catch (err) {
      return res.status(400).json({ error: `invalid JSON body: ${err.message}` });
    }
    const version = Object.keys(body.versions || {})[0];
    const tarball = Object.entries(body._attachments || {}).find(([file]) => file.endsWith('.tgz'));
    if (body.name !== name || !version || !tarball)
      return res.status(400).json({ error: 'a staged publish needs the package document with one version and its tarball' });

    const attempt = {
      method: 'POST',
      path: req.originalUrl,
      package: name,
      user: caller.user,
      otp: req.headers['npm-otp'] || null,
      outcome: caller.grant ? 'oidc' : 'staged',
      at: Date.now(),
      stage: 'publish',
      provenance: gate.checkProvenance(body),
    };
    gate.record(attempt);
    gate.faultThen(req, res, attempt, async () => {
      if ((await released(req, name))?.versions?.[version]) {
        return res.status(403).json({ error: `You cannot publish over the previously published versions: ${version}.` });
      }
      const twin = items().find((item) => item.packageName === name && item.version === version);
      // Whether npmjs refuses a second stage of a staged version is not documented: by default the
      // double stages it again (a second item), the answer a client must not rely on to skip it.
      if (twin && gate.config.refuseSecondStage) return res.status(409).json({ error: `${name}@${version} is already staged (id ${twin.id})` });
      const checked = attempt.provenance;
      // npmjs always checks the repository; the other problems count with provenanceIdentity set.
      const problems = gate.config.provenanceIdentity && checked ? checked.problems : checked?.repositoryProblem ? [checked.repositoryProblem] : [];
      if (problems.length) return res.status(422).json({ error: `Error verifying sigstore provenance bundle: ${problems.join('; ')}` });
      const id = randomUUID();
      const item = {
        id,
        packageName: name,
        version,
        tag: Object.keys(body['dist-tags'] || {})[0] || 'latest',
        createdAt: new Date().toISOString(),
        actor: caller.grant ? publisher.repository : caller.user,
        actorType: caller.grant ? 'oidc' : 'user',
        shasum: body.versions[version]?.dist?.shasum ?? null,
      };
      stages.set(id, { item, body, tarball: Buffer.from(tarball[1].data, 'base64') });
      attempt.stageId = id;
      res.status(201).json({ stageId: id, id, packageName: name, version });
    });
  }

  /** Approve and reject: a second factor for a staged id, then `then(stage)`. */
  function decide(kind, then) {
    return (req, res) => {
      const caller = who(req, res, false);
      if (!caller) return;
      const stage = found(req, res);
      if (!stage) return;
      const otp = req.headers['npm-otp'] || null;
      const { outcome } = gate.judge(caller.user, otp);
      const attempt = {
        method: req.method,
        path: req.originalUrl,
        package: stage.item.packageName,
        user: caller.user,
        otp,
        outcome,
        at: Date.now(),
        stage: kind,
        stageId: stage.item.id,
      };
      gate.record(attempt);
      if (!gate.passes(outcome)) return gate.askForOtp(req, res, outcome);
      gate.faultThen(req, res, attempt, () => then(req, res, stage));
    };
  }

  /** Releases the staged document into Verdaccio with the approver's own authorization. */
  async function release(req, res, stage) {
    const { packageName } = stage.item;
    const put = await fetch(packageUrl(req, packageName), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: req.headers.authorization || '', ...gate.releaseHeaders() },
      body: JSON.stringify(stage.body),
    });
    if (!put.ok) return res.status(put.status).json({ error: `releasing ${packageName}@${stage.item.version} failed: ${await put.text()}` });
    stages.delete(stage.item.id);
    res.json({ ...stage.item, approved: true });
  }

  function drop(_req, res, stage) {
    stages.delete(stage.item.id);
    res.json({ ok: true });
  }

  return {
    /** The staged items, for the control API. */
    items,
    routes(app) {
      app.post(/^\/-\/stage\/package\/(.+)$/, stagePublish);
      app.get('/-/stage', (req, res) => {
        if (!who(req, res, false)) return;
        const page = Math.max(0, Number(req.query.page) || 0);
        const perPage = Math.max(1, Number(req.query.perPage) || 100);
        const matching = items().filter((item) => !req.query.package || item.packageName === req.query.package);
        res.json({ items: matching.slice(page * perPage, (page + 1) * perPage), total: matching.length });
      });
      app.get(/^\/-\/stage\/([^/]+)\/tarball$/, (req, res) => {
        const stage = who(req, res, false) && found(req, res);
        if (stage) res.type('application/octet-stream').send(stage.tarball);
      });
      app.get(/^\/-\/stage\/([^/]+)$/, (req, res) => {
        const stage = who(req, res, false) && found(req, res);
        if (stage) res.json(stage.item);
      });
      app.post(/^\/-\/stage\/([^/]+)\/approve$/, decide('approve', release));
      app.delete(/^\/-\/stage\/([^/]+)$/, decide('reject', drop));
    },
  };
};
