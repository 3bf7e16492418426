// A loopback proxy that makes a local registry answer with the latency of a remote one: each
// request waits `readMs` (GET, HEAD) or `uploadMs` (PUT, POST, DELETE), with jitter, before it
// is forwarded; bodies and answers pass through untouched. For the benchmark's latency profile.
import { Agent, createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';

export interface LatencyProfile {
  /** Added to each read, ms. */
  readMs: number;
  /** Added to each upload (and any other write), ms. */
  uploadMs: number;
  /** Each delay is scaled by a factor drawn from [1 - jitter, 1 + jitter]. */
  jitter: number;
}

/** The benchmark's default: a read from a registry tens of milliseconds away, an upload that takes a second or more. */
export const REMOTE_PROFILE: LatencyProfile = { readMs: 40, uploadMs: 1200, jitter: 0.25 };

export interface LatencyProxy {
  /** `http://127.0.0.1:N/`, with the trailing slash as npm prints registries. */
  url: string;
  port: number;
  /** The delays applied so far, in order (ms). */
  delays(): Array<{ method: string; ms: number }>;
  stop(): Promise<void>;
}

export interface ProxyOptions {
  /** Injectable for tests: how to wait, and where jitter comes from. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** `profile` written as `read:40,upload:1200,jitter:0.25` (any subset; the rest from REMOTE_PROFILE). */
export function parseProfile(text: string): LatencyProfile {
  const profile = { ...REMOTE_PROFILE };
  for (const part of text.split(',').filter(Boolean)) {
    const [key, value] = part.split(':');
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0) throw new Error(`latency profile part '${part}': expected a number`);
    if (key === 'read') profile.readMs = number;
    else if (key === 'upload') profile.uploadMs = number;
    else if (key === 'jitter' && number <= 1) profile.jitter = number;
    else throw new Error(`latency profile part '${part}': expected read:<ms>, upload:<ms> or jitter:<0..1>`);
  }
  return profile;
}

export async function startLatencyProxy(target: string, profile: LatencyProfile, options: ProxyOptions = {}): Promise<LatencyProxy> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const log: Array<{ method: string; ms: number }> = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const base = method === 'GET' || method === 'HEAD' ? profile.readMs : profile.uploadMs;
    const ms = Math.round(base * (1 + profile.jitter * (2 * random() - 1)));
    log.push({ method, ms });
    await sleep(ms);
    const out = forward({ host: upstream.hostname, port: upstream.port, method, path: req.url, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  }

  const server = createServer((req, res) => void handle(req, res));
  const { url, port } = await listenOnLoopback(server);
  return {
    url: `${url}/`,
    port,
    delays: () => log.map((entry) => ({ ...entry })),
    async stop() {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
