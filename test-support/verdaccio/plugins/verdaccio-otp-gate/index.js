'use strict';
// Verdaccio middleware plugin that demands a TOTP code on package writes, the
// way registry.npmjs.org does for accounts with two-factor auth. Test double only.
//
// Writes = PUT or DELETE on a package path (`/<pkg>`, `/@scope%2fname`,
// `/@scope/name`, `/<pkg>/-rev/<rev>`, `/<pkg>/-/<file>.tgz/-rev/<rev>`).
// Routes under `/-/` (user login, dist-tags API, ...) and all GETs pass.
// Anonymous writes also pass untouched: Verdaccio itself answers them 401/403.
//
// Control API (no auth):
//   GET  /-/_test/otp-gate/config    -> current config
//   POST /-/_test/otp-gate/config    JSON merged into the config; {"reset":true}
//                                    also clears attempts, counters, used codes
//   GET  /-/_test/otp-gate/attempts  -> {"attempts":[...]}
// failPackages: writes of these packages answer 500 after the OTP check (a registry fault).

const { verifySync, createGuardrails } = require('otplib');

const OTP_ERROR = 'You must provide a one-time pass. Upgrade your client to npm@latest in order to use 2FA.';
const CONTROL = '/-/_test/otp-gate';
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

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
};

/** Keeps only known options; throws on unknown ones (a typo must not pass silently). */
function pickOptions(input, strict) {
  const out = {};
  for (const [key, value] of Object.entries(input || {})) {
    if (key in DEFAULTS) out[key] = value;
    else if (strict && key !== 'reset') throw new Error(`unknown otp-gate option: ${key}`);
  }
  if (typeof out.secret === 'string') out.secret = out.secret.replace(/[\s-]/g, '').toUpperCase();
  for (const key of ['bypassUsers', 'failPackages']) {
    if (key in out && !Array.isArray(out[key])) throw new Error(`${key} must be an array`);
  }
  return out;
}

/** Package name of a write request, or null when the request is not a package write. */
function writtenPackage(req) {
  if (req.method !== 'PUT' && req.method !== 'DELETE') return null;
  if (req.path.startsWith('/-/')) return null;
  const segments = req.path.split('/').slice(1).map(safeDecode);
  let name = segments[0];
  if (!name) return null;
  if (name.startsWith('@') && !name.includes('/') && segments[1]) name += '/' + segments[1];
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

module.exports = function otpGate(pluginConfig) {
  // Verdaccio merges the whole app config into pluginConfig: keep our keys only.
  const config = { ...DEFAULTS, ...pickOptions(pluginConfig, false) };
  let attempts = [];
  let forcedLeft = config.rejectFirst;
  let usedCodes = new Set();

  function configure(body) {
    const options = pickOptions(body, true);
    if (body.reset) {
      attempts = [];
      usedCodes = new Set();
      forcedLeft = config.rejectFirst;
    }
    Object.assign(config, options);
    if ('rejectFirst' in options) forcedLeft = config.rejectFirst;
  }

  /** Decides the outcome of one write attempt. */
  function judge(user, otp) {
    if (config.bypassUsers.includes(user)) return 'bypass';
    if (config.webauthn) return 'webauthn';
    if (!config.secret) return 'accepted';
    if (!otp) return 'missing';
    if (config.rejectAll) return 'forced-reject';
    if (forcedLeft > 0) {
      forcedLeft--;
      return 'forced-reject';
    }
    const step = verifyCode(config, otp, Date.now() + config.clockOffsetMs);
    if (step === null) return 'invalid';
    const key = `${step}:${otp}`;
    if (!config.allowReuse && usedCodes.has(key)) return 'reused';
    usedCodes.add(key);
    return 'accepted';
  }

  function gate(req, res, next) {
    const pkg = writtenPackage(req);
    const user = (req.remote_user && req.remote_user.name) || null;
    if (pkg === null || user === null) return next();
    const otp = req.headers['npm-otp'] || null;
    const outcome = judge(user, otp);
    attempts.push({ method: req.method, path: req.originalUrl, package: pkg, user, otp, outcome, at: Date.now() });
    if ((outcome === 'accepted' || outcome === 'bypass') && config.failPackages.includes(pkg)) {
      attempts[attempts.length - 1].outcome = 'server-error';
      return res.status(500).json({ error: 'internal server error (otp-gate failPackages)' });
    }
    if (outcome === 'accepted' || outcome === 'bypass') return next();

    res.status(401).set('www-authenticate', 'OTP');
    if (outcome === 'webauthn') {
      const base = `http://${req.headers.host}`;
      return res.json({ authUrl: `${base}/-/_test/auth/xyz`, doneUrl: `${base}/-/_test/done/xyz` });
    }
    return res.json({ error: OTP_ERROR });
  }

  return {
    register_middlewares(app) {
      app.get(`${CONTROL}/config`, (_req, res) => res.json(config));
      app.get(`${CONTROL}/attempts`, (_req, res) => res.json({ attempts }));
      app.post(`${CONTROL}/config`, async (req, res) => {
        try {
          configure(await readJson(req));
          res.json(config);
        } catch (err) {
          res.status(400).json({ error: err.message });
        }
      });
      app.use(gate);
    },
  };
};
