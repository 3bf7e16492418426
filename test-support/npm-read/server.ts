// An in-process stand-in for the read side of an npm registry, for owner audits: `GET /<name>`
// answers a full packument (`maintainers`, `versions[v]._npmUser`, `time`), as registry.npmjs.org
// does. Scoped names are found as `/@scope%2fname`, `/%40scope%2Fname` or `/@scope/name`. A request
// that prefers `application/vnd.npm.install-v1+json` gets the abbreviated document, which (as on
// npmjs) has no maintainers, publishers or times.
//
//   const npm = await startNpmReadServer();
//   npm.setPackage('@acme/lib', { maintainers: ['alice'], versions: [{ version: '1.0.0', publisher: 'alice' }] });
//   const doc = await (await fetch(`${npm.url}@acme%2flib`)).json();
//   await npm.stop();
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../loopback.js';

export interface NpmPackageSeed {
  /** User names; each gets the email `<name>@example.com`. */
  maintainers: string[];
  /** Oldest first; `time` (ISO) defaults to one minute after the previous version. */
  versions: Array<{ version: string; publisher: string; time?: string }>;
  /** `dist-tags.latest`; default the last version given. */
  latest?: string;
}

export interface NpmReadConfig {
  /** Answer the next N requests 429 with `Retry-After: <retryAfterSec>`. */
  throttleNext: number;
  /** Default 1. */
  retryAfterSec: number;
  /** Answer the next N requests (after any throttled ones) 503 with a JSON body. */
  failNext: number;
  /** Hold every request this long before answering (to see concurrency). */
  delayMs: number;
}

/** `path` as received (escaping kept); `at` is the arrival time (epoch ms); `status` 0 while unanswered. */
export interface NpmReadRequest {
  path: string;
  status: number;
  at: number;
}

export interface NpmReadServer {
  /** `http://127.0.0.1:N/` (with the trailing slash, as npm's `registry` setting). */
  url: string;
  port: number;
  /** Creates or replaces a package. */
  setPackage(name: string, seed: NpmPackageSeed): void;
  /** Merges `partial` (unknown keys throw) and returns the whole config (throttleNext and failNext count down). */
  configure(partial: Partial<NpmReadConfig>): NpmReadConfig;
  requests(): NpmReadRequest[];
  /** The highest number of requests in flight at once since start or reset. */
  maxConcurrent(): number;
  /** Back to the state right after start: no packages, requests or config. */
  reset(): void;
  stop(): Promise<void>;
}

export const NPM_READ_DEFAULTS: Readonly<NpmReadConfig> = { throttleNext: 0, retryAfterSec: 1, failNext: 0, delayMs: 0 };
const ABBREVIATED = 'application/vnd.npm.install-v1+json';
const EPOCH = Date.parse('2024-01-01T00:00:00.000Z');
const email = (name: string) => `${name}@example.com`;

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The package name a registry path names, or undefined. */
function packageName(path: string): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(path.slice(1));
  } catch {
    return undefined;
  }
  return /^(@[^/@]+\/)?[^/@]+$/.test(name) ? name : undefined;
}

/**
 * The packument as registry.npmjs.org serves it (the fields an audit reads, and a few more); with
 * `full` false the abbreviated form (`application/vnd.npm.install-v1+json`): no maintainers, _npmUser or time.
 */
function packument(name: string, seed: NpmPackageSeed, url: string, full: boolean): Record<string, unknown> {
  const versions: Record<string, unknown> = {};
  const time: Record<string, string> = {};
  let at = EPOCH - 60_000;
  for (const { version, publisher, time: given } of seed.versions) {
    at = given ? Date.parse(given) : at + 60_000;
    time[version] = new Date(at).toISOString();
    const dist = { tarball: `${url}${name}/-/${name.replace(/^@[^/]+\//, '')}-${version}.tgz` };
    versions[version] = full
      ? { name, version, _id: `${name}@${version}`, _npmUser: { name: publisher, email: email(publisher) }, dist }
      : { name, version, dist };
  }
  const stamps = Object.values(time).sort();
  const [created, modified] = [stamps[0], stamps.at(-1)].map((t) => t ?? new Date(EPOCH).toISOString());
  const latest = seed.latest ?? seed.versions.at(-1)?.version;
  const distTags = latest ? { latest } : {};
  if (!full) return { name, modified, 'dist-tags': distTags, versions };
  const maintainers = seed.maintainers.map((m) => ({ name: m, email: email(m) }));
  return { _id: name, name, 'dist-tags': distTags, maintainers, versions, time: { created, modified, ...time } };
}

export async function startNpmReadServer(): Promise<NpmReadServer> {
  const config: NpmReadConfig = { ...NPM_READ_DEFAULTS };
  let packages = new Map<string, NpmPackageSeed>();
  let log: NpmReadRequest[] = [];
  let inFlight = 0;
  let peak = 0;
  const timers = new Set<NodeJS.Timeout>();
  let url = '';

  function answer(req: IncomingMessage): Reply {
    if (config.throttleNext > 0 && config.throttleNext--) {
      return { status: 429, body: { error: 'Too Many Requests' }, headers: { 'retry-after': String(config.retryAfterSec) } };
    }
    if (config.failNext > 0 && config.failNext--) return { status: 503, body: { error: 'Service Unavailable' } };
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const name = req.method === 'GET' || req.method === 'HEAD' ? packageName(pathname) : undefined;
    const seed = name === undefined ? undefined : packages.get(name);
    if (!name || !seed) return { status: 404, body: { error: 'Not found' } };
    // npm asks for `application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*`.
    const full = !(req.headers.accept ?? '').trim().startsWith(ABBREVIATED);
    return { status: 200, body: packument(name, seed, url, full), headers: full ? {} : { 'content-type': ABBREVIATED } };
  }

  function send(req: IncomingMessage, res: ServerResponse, entry: NpmReadRequest) {
    const reply = answer(req);
    entry.status = reply.status;
    if (res.destroyed) return;
    res.writeHead(reply.status, { date: new Date().toUTCString(), 'content-type': 'application/json', ...reply.headers });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(reply.body));
  }

  const server = createServer((req, res) => {
    const entry: NpmReadRequest = { path: req.url ?? '/', status: 0, at: Date.now() };
    log.push(entry);
    peak = Math.max(peak, ++inFlight);
    res.once('close', () => inFlight--);
    req.resume();
    req.once('end', () => {
      if (config.delayMs <= 0) return send(req, res, entry);
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(req, res, entry);
      }, config.delayMs);
      timers.add(timer);
    });
  });
  const listening = await listenOnLoopback(server);
  const port = listening.port;
  url = `${listening.url}/`;

  return {
    url,
    port,
    setPackage(name, seed) {
      if (!packageName(`/${name}`)) throw new Error(`not a package name: ${name}`);
      if (seed.latest !== undefined && !seed.versions.some((v) => v.version === seed.latest)) {
        throw new Error(`latest ${seed.latest} is not among the versions of ${name}`);
      }
      packages.set(name, structuredClone(seed));
    },
    configure(partial) {
      for (const key of Object.keys(partial)) if (!(key in NPM_READ_DEFAULTS)) throw new Error(`unknown npm read server option: ${key}`);
      Object.assign(config, partial);
      return { ...config };
    },
    requests: () => log.map((r) => ({ ...r })),
    maxConcurrent: () => peak,
    reset() {
      packages = new Map();
      log = [];
      peak = inFlight;
      Object.assign(config, NPM_READ_DEFAULTS);
    },
    async stop() {
      timers.forEach(clearTimeout);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
