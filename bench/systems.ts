// The systems compared: otp-publish (dist/ as the runner runs it), what users script by hand, and peers.
// Each measured run gets a fresh Verdaccio (fresh storage, fresh npm cache) and a fresh monorepo.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGuardrails, generateSync } from 'otplib';
import { writeMonorepo, type MonorepoPackage } from '../test-support/monorepo.js';
import { npmEnv, startRegistry, writePackage, type Attempt, type GateConfig, type Registry } from '../test-support/registry.js';
import { cleanupRun, runAction, type ActionRun } from '../test-support/runner.js';
import type { Tools } from './env.js';
import { childPids, cmdline, machineBusyMs, processCpuMs, reapedChildrenCpuMs, selfCpuMs, waitForQuiet, watchProcess } from './proc.js';

/** 20-byte secret (what npm hands out); base32 as the action's input takes it. */
export const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
export const PERIOD_MS = 30_000;
/** The guard a careful user adds (and the action's default otp-min-remaining). */
export const MIN_LEFT_MS = 5_000;
export const SCOPE = 'bench';
const USER = 'alice';
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

export const SYSTEMS = ['otp-publish', 'npm-loop', 'npm-workspaces', 'lerna', 'pnpm', 'npm-levels'] as const;
export type SystemId = (typeof SYSTEMS)[number];
export const PEERS: SystemId[] = ['npm-workspaces', 'lerna', 'pnpm'];
export const LABEL: Record<SystemId, string> = {
  'otp-publish': 'otp-publish (dist/index.js, concurrency 4)',
  'npm-loop': 'sequential `npm publish --otp` loop',
  'npm-workspaces': '`npm publish --workspaces --otp`',
  lerna: 'lerna 9 `publish from-package --otp`',
  pnpm: 'pnpm 10 `-r publish --otp`',
  'npm-levels': 'what-if: one `npm publish -w … --otp` per dependency level',
};

export interface RunResult extends GateAnalysis {
  system: string;
  n: number;
  rep: number;
  ok: boolean;
  error?: string;
  wallMs: number;
  /** Time the script itself waited at window edges (user-scripted systems); null for the action (see the probe). */
  otpWaitMs: number | null;
  /** CPU of the system's processes (the action or npm/lerna/pnpm and every child), ms. */
  clientCpuMs: number;
  /** CPU of Verdaccio during the run, ms. */
  registryCpuMs: number | null;
  /** Cores busy with work that is not this benchmark (another test suite...), averaged over the run. */
  foreignCores: number;
  /** That load just before the run (after waiting up to 60 s for it to drop under 0.3 cores). */
  loadBefore: number;
  /** otp-publish: peak VmHWM of the action process (KiB) and the per-package times of its summary (ms). */
  peakRssKb?: number;
  summaryTimesMs?: number[];
  /** otp-publish: its waits at window edges, reconstructed (see edgeWaitsFromGate). */
  edgeWaits?: EdgeWaits;
}

export interface EdgeWaits {
  /** Sum over packages (slot time) and wall time during which at least one package waited, ms. */
  sumMs: number;
  wallMs: number;
  packages: number;
  /** Window edges between the first and the last accepted PUT. */
  edges: number;
}

/** npm's time from its PUT reaching the registry to its exit (measured in the diagnostic run, ~0.1 s). */
export const POST_PUT_MS = 100;

/**
 * The action's waits at window edges in a run without a debug log, reconstructed from the registry's
 * log and the job summary: a package's start is (PUT arrival + POST_PUT_MS − its summary duration);
 * when it started before the window edge that precedes its PUT but carried that window's code, its
 * code was made after the edge, i.e. it waited from its start to the edge (at most otp-min-remaining).
 * Assumes no package waited for the OTP pioneer (true here: every package depends on p-1).
 */
export function edgeWaitsFromGate(puts: Attempt[], durations: Map<string, number>, postPutMs = POST_PUT_MS): EdgeWaits {
  const accepted = puts.filter((put) => put.outcome === 'accepted' && put.otp);
  const intervals: Array<[number, number]> = [];
  let sumMs = 0;
  for (const put of accepted) {
    const duration = durations.get(put.package);
    if (duration === undefined) continue;
    const edge = Math.floor(put.at / PERIOD_MS) * PERIOD_MS;
    if (totp(edge) !== put.otp) continue; // code from the previous window: made before the edge, no wait
    const start = put.at + postPutMs - duration;
    if (start >= edge - 150) continue; // within the error of the estimate: no wait
    const wait = Math.min(edge - start, MIN_LEFT_MS + 500);
    sumMs += wait;
    intervals.push([edge - wait, edge]);
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let wallMs = 0;
  let cursor = -Infinity;
  for (const [from, to] of intervals) {
    if (to <= cursor) continue;
    wallMs += to - Math.max(from, cursor);
    cursor = to;
  }
  const times = accepted.map((put) => put.at);
  const edges = times.length ? Math.floor(Math.max(...times) / PERIOD_MS) - Math.floor(Math.min(...times) / PERIOD_MS) : 0;
  return { sumMs, wallMs, packages: intervals.length, edges };
}

// ---------------------------------------------------------------- helpers

export const msLeftInWindow = (now = Date.now()): number => PERIOD_MS - (now % PERIOD_MS);

export function totp(now = Date.now()): string {
  return generateSync({ secret: SECRET, epoch: Math.floor(now / 1000), guardrails });
}

/** A code the way a careful script gets one: wait for the next window when fewer than 5 s are left. */
export async function carefulCode(): Promise<{ code: string; waitedMs: number }> {
  let waitedMs = 0;
  const left = msLeftInWindow();
  if (left < MIN_LEFT_MS) {
    await sleep(left + 50);
    waitedMs = left + 50;
  }
  return { code: totp(), waitedMs };
}

/** Sleeps (untimed) until at least `needMs` are left in the window, so a short run never meets an edge. */
export async function awayFromEdge(needMs = MIN_LEFT_MS + 1_500): Promise<void> {
  const left = msLeftInWindow();
  if (left < needMs) await sleep(left + 100);
}

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
function failureText(result: ExecResult): string {
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
  try {
    const registryPid = childPids().find((pid) => !before.has(pid) && cmdline(pid).includes('run.cjs'));
    const token = authHash === 'sha' ? await login(registry) : await registry.addUser(USER);
    return await fn({ registry, token, registryPid, dir });
  } finally {
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
  for (const pkg of packages) (levels[depth.get(pkg.name)! - 1] ??= []).push(pkg);
  return levels;
}

/** What the registry's write log says about one run. */
interface GateAnalysis {
  published: number;
  rejectedWrites: number;
  /** Distinct codes the registry saw. */
  codes: number;
  /** Dependencies accepted after (or without) a package that depends on them. */
  orderViolations: number;
  /** From start to the first and the last accepted PUT, ms. */
  firstPutMs: number | null;
  lastPutMs: number | null;
}

/** The package writes of this benchmark's scope that the registry's gate saw. */
export async function benchPuts(registry: Registry): Promise<Attempt[]> {
  return (await registry.gate.attempts()).filter((a) => a.method === 'PUT' && a.package.startsWith(`@${SCOPE}/`));
}

function analyse(puts: Attempt[], packages: MonorepoPackage[], startEpoch: number): GateAnalysis {
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
  return {
    published: accepted.size,
    rejectedWrites: puts.filter((put) => !passed(put.outcome)).length,
    codes: new Set(puts.map((put) => put.otp).filter((otp) => otp)).size,
    orderViolations,
    firstPutMs: times.length ? Math.min(...times) - startEpoch : null,
    lastPutMs: times.length ? Math.max(...times) - startEpoch : null,
  };
}

/** Per-package times from the action's job summary (`<td>… s</td>` in the last column), ms. */
export function summaryTimes(summary: string): Array<{ name: string; ms: number; result: string }> {
  const rows: Array<{ name: string; ms: number; result: string }> = [];
  for (const [, row] of summary.matchAll(/<tr>(.*?)<\/tr>/gs)) {
    const cells = [...row!.matchAll(/<td>(.*?)<\/td>/gs)].map((m) => m[1]!);
    const time = /^([\d.]+) s$/.exec(cells[6] ?? '');
    if (cells.length === 7 && time) rows.push({ name: cells[0]!, result: cells[3]!, ms: Number(time[1]) * 1000 });
  }
  return rows;
}

/** CPU and time accounting around one measured run. */
function meter(registryPid: number | undefined) {
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

// ---------------------------------------------------------------- the monorepo systems

export interface SystemOptions {
  tools: Tools;
  tolerance: number;
}

const gateFor = (opts: SystemOptions): GateConfig => ({ secret: SECRET, toleranceSteps: opts.tolerance });
const timeoutFor = (n: number) => 60_000 + n * 6_000;

/** One measured run of `system` on a fresh registry with a fresh N-package monorepo. */
export async function runSystem(system: SystemId, n: number, rep: number, opts: SystemOptions): Promise<RunResult> {
  return withFresh(gateFor(opts), async ({ registry, token, registryPid, dir }) => {
    const root = join(dir, 'repo');
    const packages = writeMonorepo(root, SCOPE, n);
    const env = npmEnv(registry, token, { CI: 'true', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' });
    const timeoutMs = timeoutFor(n);
    await prepare(system, root, env);

    const loadBefore = await waitForQuiet();
    const startEpoch = Date.now();
    const measure = meter(registryPid);
    let ok = false;
    let error: string | undefined;
    let otpWaitMs: number | null = 0;
    let extra: Partial<RunResult> = {};
    let summary: string | undefined;
    let actionRun: ActionRun | undefined;

    const fail = (result: ExecResult, what: string) => {
      error = `${what}: ${failureText(result)}`;
    };
    switch (system) {
      case 'otp-publish': {
        otpWaitMs = null;
        const watch = watchProcess('dist/index.js');
        const run = await runAction({
          cwd: root,
          timeoutMs,
          inputs: { workspaces: 'true', 'npm-token': token, 'npm-totp-secret': SECRET, 'npm-registry': registry.url },
        });
        const { peakKb } = watch.stop();
        const published = JSON.parse(run.outputs['published'] ?? '[]') as unknown[];
        ok = run.exitCode === 0 && published.length === n;
        if (!ok) error = `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}, ${published.length}/${n} published: ${(run.outputs['failed'] ?? run.stdout.slice(-300)).slice(0, 300)}`;
        summary = run.summary;
        extra = { peakRssKb: peakKb, summaryTimesMs: summaryTimes(run.summary).filter((row) => row.result === 'published').map((row) => row.ms) };
        actionRun = run;
        break;
      }
      case 'npm-loop': {
        for (const pkg of dependencyOrder(packages)) {
          const { code, waitedMs } = await carefulCode();
          otpWaitMs += waitedMs;
          const result = await exec('npm', ['publish', `--otp=${code}`], { cwd: pkg.dir, env, timeoutMs });
          if (result.exitCode !== 0) {
            fail(result, pkg.name);
            break;
          }
        }
        ok = error === undefined;
        break;
      }
      case 'npm-levels': {
        for (const level of dependencyLevels(packages)) {
          const { code, waitedMs } = await carefulCode();
          otpWaitMs += waitedMs;
          const args = ['publish', ...level.flatMap((pkg) => ['-w', pkg.name]), `--otp=${code}`];
          const result = await exec('npm', args, { cwd: root, env, timeoutMs });
          if (result.exitCode !== 0) {
            fail(result, `level of ${level[0]!.name}`);
            break;
          }
        }
        ok = error === undefined;
        break;
      }
      default: {
        const { code, waitedMs } = await carefulCode();
        otpWaitMs = waitedMs;
        const [command, args] = peerCommand(system, code, registry.url, opts.tools);
        const result = await exec(command, args, { cwd: root, env, timeoutMs });
        ok = result.exitCode === 0;
        if (!ok) fail(result, system);
      }
    }
    const measured = measure.stop();
    if (actionRun) await cleanupRun(actionRun);
    const puts = await benchPuts(registry);
    const gate = analyse(puts, packages, startEpoch);
    if (system === 'otp-publish' && summary) {
      const waits = edgeWaitsFromGate(puts, new Map(summaryTimes(summary).map((row) => [row.name, row.ms])));
      otpWaitMs = waits.wallMs;
      extra.edgeWaits = waits;
    }
    if (ok && gate.published !== n) {
      ok = false;
      error = `exit 0 but the registry accepted ${gate.published}/${n}`;
    }
    return {
      system,
      n,
      rep,
      ok,
      error,
      ...measured,
      loadBefore,
      otpWaitMs,
      ...gate,
      ...extra,
    };
  });
}

/** Untimed set-up a peer needs: lerna a committed git repo and lerna.json, pnpm a pnpm-workspace.yaml. */
async function prepare(system: SystemId, root: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (system === 'pnpm') writeFileSync(join(root, 'pnpm-workspace.yaml'), "packages:\n  - 'packages/*'\n");
  if (system === 'lerna') {
    writeFileSync(join(root, 'lerna.json'), JSON.stringify({ $schema: 'node_modules/lerna/schemas/lerna-schema.json', version: 'independent', npmClient: 'npm' }, null, 2) + '\n');
    writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
    const git = (args: string[]) => {
      const result = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: root, env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    };
    git(['init', '-q']);
    git(['add', '-A']);
    git(['commit', '-qm', 'release']);
  }
}

function peerCommand(system: SystemId, code: string, registryUrl: string, tools: Tools): [string, string[]] {
  switch (system) {
    case 'npm-workspaces':
      return ['npm', ['publish', '--workspaces', `--otp=${code}`]];
    case 'lerna':
      return [tools.lerna, ['publish', 'from-package', '--yes', '--otp', code, '--registry', registryUrl]];
    case 'pnpm':
      return [tools.pnpm, ['-r', 'publish', '--otp', code, '--no-git-checks']];
    default:
      throw new Error(`not a peer: ${system}`);
  }
}

// ---------------------------------------------------------------- one package

export const SINGLES = ['bare npm publish', 'npm publish --otp', 'otp-publish (TOTP)', 'otp-publish (token only)'] as const;
export type SingleId = (typeof SINGLES)[number];

/**
 * One package on a fresh registry. `bare npm publish` uses a token that bypasses 2FA (no OTP at
 * all); the run is started outside the last 6.5 s of a window so no edge wait mixes in (the edge
 * waits are measured on their own).
 */
export async function runSingle(kind: SingleId, rep: number, opts: SystemOptions): Promise<RunResult> {
  const bypass = kind === 'bare npm publish' || kind === 'otp-publish (token only)';
  const gate: GateConfig = { ...gateFor(opts), bypassUsers: bypass ? [USER] : [] };
  return withFresh(gate, async ({ registry, token, registryPid, dir }) => {
    const pkg: MonorepoPackage = { name: `@${SCOPE}/solo`, version: '1.0.0', dir: join(dir, 'solo'), dependsOn: [] };
    writePackage(pkg.dir, { name: pkg.name, version: pkg.version, publishConfig: { access: 'public' } });
    const env = npmEnv(registry, token, { CI: 'true' });
    const loadBefore = await waitForQuiet();
    await awayFromEdge();
    const startEpoch = Date.now();
    const measure = meter(registryPid);
    let ok: boolean;
    let error: string | undefined;
    let peakRssKb: number | undefined;
    let actionRun: ActionRun | undefined;
    if (kind === 'bare npm publish' || kind === 'npm publish --otp') {
      const args = kind === 'bare npm publish' ? ['publish'] : ['publish', `--otp=${totp()}`];
      const result = await exec('npm', args, { cwd: pkg.dir, env, timeoutMs: 60_000 });
      ok = result.exitCode === 0;
      if (!ok) error = failureText(result);
    } else {
      const inputs: Record<string, string> = { 'npm-token': token, 'npm-registry': registry.url };
      if (kind === 'otp-publish (TOTP)') inputs['npm-totp-secret'] = SECRET;
      const watch = watchProcess('dist/index.js');
      const run = await runAction({ cwd: pkg.dir, timeoutMs: 60_000, inputs });
      peakRssKb = watch.stop().peakKb;
      ok = run.exitCode === 0 && (JSON.parse(run.outputs['published'] ?? '[]') as unknown[]).length === 1;
      if (!ok) error = `exit ${run.exitCode}: ${run.stdout.slice(-300)}`;
      actionRun = run;
    }
    const measured = measure.stop();
    if (actionRun) await cleanupRun(actionRun);
    const analysis = analyse(await benchPuts(registry), [pkg], startEpoch);
    return {
      system: kind,
      n: 1,
      rep,
      ok: ok && analysis.published === 1,
      error,
      ...measured,
      loadBefore,
      otpWaitMs: null,
      ...analysis,
      peakRssKb,
    };
  });
}
