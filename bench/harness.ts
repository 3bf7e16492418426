// What every measured run shares: a fresh Verdaccio, commands run without a TTY, the registry's
// write log read back, the action's job summary parsed, and CPU accounting.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MonorepoPackage } from '../test-support/monorepo.js';
import { startRegistry, type Attempt, type GateConfig, type Registry } from '../test-support/registry.js';
import { startLatencyProxy, type LatencyProfile } from '../test-support/latency-proxy.js';
import { childPids, cmdline, machineBusyMs, processCpuMs, reapedChildrenCpuMs, selfCpuMs } from './proc.js';

export const SCOPE = 'bench';
/** The registry user every system publishes as. */
export const USER = 'alice';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs a command without TTY in its own process group; on timeout the whole group is killed. */
export function exec(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<ExecResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, opts.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}

/** Last meaningful line(s) of a failed command, for the report. */
export function failureText(result: ExecResult): string {
  if (result.timedOut) return 'timed out';
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /error|ERR|EOTP|fail/i.test(line));
  return (lines.slice(0, 3).join(' | ') || `exit ${result.exitCode}`).slice(0, 300);
}

export interface Fresh {
  registry: Registry;
  token: string;
  /** Verdaccio's pid (a child of this process), for its CPU. */
  registryPid: number | undefined;
  /** Scratch directory (removed at the end). */
  dir: string;
}

/**
 * How Verdaccio stores the user's password. 'bcrypt' is startRegistry as the tests use it: Verdaccio's
 * legacy tokens carry the password, so every authenticated request runs a bcrypt check (~60 ms of the
 * registry's single thread on these machines, on the same 2 cores as the clients). 'sha' seeds the
 * htpasswd file with a {SHA} entry so that check is nearly free, as a remote registry's would be to us.
 */
export type AuthHash = 'bcrypt' | 'sha';
let authHash: AuthHash = 'bcrypt';
export function setAuthHash(hash: AuthHash): void {
  authHash = hash;
}

/** With a profile, every system talks to the registry through a latency proxy (reads and uploads delayed as from a remote registry). */
let latency: LatencyProfile | undefined;
export function setLatency(profile: LatencyProfile | undefined): void {
  latency = profile;
}
/** The profile runs are measured under now. */
export const currentProfile = (): 'loopback' | 'latency' => (latency ? 'latency' : 'loopback');

/** A token for the user seeded in htpasswd: Verdaccio logs in an existing user when the request carries Basic auth. */
async function login(registry: Registry): Promise<string> {
  const password = `${USER}-password`;
  const res = await fetch(`${registry.url}-/user/org.couchdb.user:${USER}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${USER}:${password}`).toString('base64')}` },
    body: JSON.stringify({ name: USER, password }),
  });
  const body = (await res.json()) as { token?: string };
  if (!res.ok || !body.token) throw new Error(`login to the seeded user failed: ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** A fresh Verdaccio (new storage, new npm cache) and a scratch directory for one measured run. */
export async function withFresh<T>(gate: GateConfig, fn: (fresh: Fresh) => Promise<T>): Promise<T> {
  const before = new Set(childPids());
  const dir = mkdtempSync(join(tmpdir(), 'otp-publish-bench-'));
  let registry: Registry;
  try {
    if (authHash === 'sha') {
      const registryDir = join(dir, 'registry');
      mkdirSync(registryDir);
      const hash = createHash('sha1').update(`${USER}-password`, 'utf8').digest('base64');
      writeFileSync(join(registryDir, 'htpasswd'), `${USER}:{SHA}${hash}:autocreated ${new Date().toISOString()}\n`);
      registry = await startRegistry({ gate, dir: registryDir });
    } else {
      registry = await startRegistry({ gate });
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // The clients see the proxy's URL and port; the gate's control API (the test's own calls) stays direct.
  const proxy = latency ? await startLatencyProxy(registry.url, latency) : undefined;
  const seen: Registry = proxy ? { ...registry, url: proxy.url, port: proxy.port } : registry;
  try {
    const registryPid = childPids().find((pid) => !before.has(pid) && cmdline(pid).includes('run.cjs'));
    const token = authHash === 'sha' ? await login(seen) : await registry.addUser(USER);
    return await fn({ registry: seen, token, registryPid, dir });
  } finally {
    await proxy?.stop();
    await registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Kahn's order (ties by package number), as a user would derive it for a loop. */
export function dependencyOrder(packages: MonorepoPackage[]): MonorepoPackage[] {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const done = new Set<string>();
  const order: MonorepoPackage[] = [];
  while (order.length < packages.length) {
    const ready = packages.filter((pkg) => !done.has(pkg.name) && pkg.dependsOn.every((dep) => done.has(dep) || !byName.has(dep)));
    if (!ready.length) throw new Error('dependency cycle');
    const next = ready[0]!;
    done.add(next.name);
    order.push(next);
  }
  return order;
}

/** Packages grouped by depth in the dependency graph (level 1 has no workspace dependency). */
export function dependencyLevels(packages: MonorepoPackage[]): MonorepoPackage[][] {
  const depth = new Map<string, number>();
  for (const pkg of dependencyOrder(packages)) depth.set(pkg.name, 1 + Math.max(0, ...pkg.dependsOn.map((dep) => depth.get(dep) ?? 0)));
  const levels: MonorepoPackage[][] = [];
  for (const pkg of packages) {
    const level = depth.get(pkg.name)! - 1;
    levels[level] ??= [];
    levels[level].push(pkg);
  }
  return levels;
}

/** What the registry's write log says about one run. */
export interface GateAnalysis {
  published: number;
  rejectedWrites: number;
  /** Distinct codes the registry saw. */
  codes: number;
  /** Dependencies accepted after (or without) a package that depends on them. */
  orderViolations: number;
  /** From start to the first and the last accepted PUT, ms. */
  firstPutMs: number | null;
  lastPutMs: number | null;
  /**
   * Accepted PUTs whose code was made for an earlier window than the one the registry checked it
   * in: accepted only because the gate tolerates the previous window; a registry that accepts the
   * current window only would have refused them.
   */
  lateCodes: number;
  /** Of the accepted PUTs with a code, the least time its window still ran when the registry checked it, ms (negative: late). */
  closestCodeMs: number | null;
}

/** The package writes of this benchmark's scope that the registry's gate saw. */
export async function benchPuts(registry: Registry): Promise<Attempt[]> {
  return (await registry.gate.attempts()).filter((a) => a.method === 'PUT' && a.package.startsWith(`@${SCOPE}/`));
}

export function analyse(puts: Attempt[], packages: MonorepoPackage[], startEpoch: number): GateAnalysis {
  const accepted = new Map<string, number>();
  const passed = (outcome: string) => outcome === 'accepted' || outcome === 'bypass';
  for (const put of puts) if (passed(put.outcome) && !accepted.has(put.package)) accepted.set(put.package, put.at);
  let orderViolations = 0;
  for (const pkg of packages) {
    const at = accepted.get(pkg.name);
    if (at === undefined) continue;
    for (const dep of pkg.dependsOn) {
      const depAt = accepted.get(dep);
      if (depAt === undefined || depAt > at) orderViolations++;
    }
  }
  const times = [...accepted.values()];
  const left = puts.flatMap((put) => (put.outcome === 'accepted' && typeof put.codeLeftMs === 'number' ? [put.codeLeftMs] : []));
  return {
    published: accepted.size,
    rejectedWrites: puts.filter((put) => !passed(put.outcome)).length,
    codes: new Set(puts.map((put) => put.otp).filter((otp) => otp)).size,
    orderViolations,
    firstPutMs: times.length ? Math.min(...times) - startEpoch : null,
    lastPutMs: times.length ? Math.max(...times) - startEpoch : null,
    lateCodes: left.filter((ms) => ms < 0).length,
    closestCodeMs: left.length ? Math.min(...left) : null,
  };
}

export interface SummaryRow {
  name: string;
  result: string;
  ms: number;
  /** Of which waiting for a fresh OTP window, ms. */
  waitMs: number;
}

/** Per-package rows of the action's job summary: its time cell reads `1.2 s` or `6.1 s (5.0 s waiting for a fresh OTP window)`. */
export function summaryTimes(summary: string): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const [, row] of summary.matchAll(/<tr>(.*?)<\/tr>/gs)) {
    const cells = [...row!.matchAll(/<td>(.*?)<\/td>/gs)].map((m) => m[1]!);
    // The time is the last cell (the table grew a Provenance column before it).
    const time = /^([\d.]+) s(?: \(([\d.]+) s waiting for a fresh OTP window\))?$/.exec(cells.at(-1) ?? '');
    if (cells.length >= 7 && time) rows.push({ name: cells[0]!, result: cells[3]!, ms: Number(time[1]) * 1000, waitMs: Number(time[2] ?? 0) * 1000 });
  }
  return rows;
}

/** CPU and time accounting around one measured run. */
export function meter(registryPid: number | undefined) {
  const registryCpu = () => (registryPid ? processCpuMs(registryPid)?.own : undefined);
  const registry0 = registryCpu();
  const client0 = reapedChildrenCpuMs();
  const self0 = selfCpuMs();
  const busy0 = machineBusyMs();
  const t0 = performance.now();
  return {
    t0,
    stop() {
      const wallMs = performance.now() - t0;
      const clientCpuMs = reapedChildrenCpuMs() - client0;
      const registry1 = registryCpu();
      const registryCpuMs = registry0 !== undefined && registry1 !== undefined ? registry1 - registry0 : null;
      const foreignMs = machineBusyMs() - busy0 - clientCpuMs - (registryCpuMs ?? 0) - (selfCpuMs() - self0);
      return { wallMs, clientCpuMs, registryCpuMs, foreignCores: Math.max(0, foreignMs / wallMs) };
    },
  };
}
