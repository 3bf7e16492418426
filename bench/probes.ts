// Measurements besides the wall times: cold start, a diagnostic run of the action with a timestamped
// log (OTP waits at window edges, phases, memory), the owner audit of 200 packages, and the bundle.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { startGitHubServer } from '../test-support/github/server.js';
import { writeMonorepo } from '../test-support/monorepo.js';
import { startNpmReadServer } from '../test-support/npm-read/server.js';
import { npmEnv, writePackage } from '../test-support/registry.js';
import { startGemServer } from '../test-support/rubygems/server.js';
import {
  HARNESS_GITHUB_TOKEN,
  RUNNER_CONTEXT_ENV,
  cleanupRun,
  inputEnvName,
  nodeForAction,
  parseCommandFile,
  projectRoot,
  readActionMetadata,
  runAction,
} from '../test-support/runner.js';
import { processCpuMs, reapedChildrenCpuMs, waitForQuiet, watchProcess } from './proc.js';
import { median } from './stats.js';
import { MIN_LEFT_MS, PERIOD_MS, SCOPE, SECRET, awayFromEdge, edgeWaitsFromGate, exec, summaryTimes, totp, withFresh, type EdgeWaits } from './systems.js';

// ---------------------------------------------------------------- spawning dist/index.js with a timestamped log

export interface Line {
  /** performance.now() of arrival. */
  t: number;
  /** Date.now() of arrival. */
  epoch: number;
  text: string;
}

export interface Spawned {
  exitCode: number | null;
  timedOut: boolean;
  /** performance.now() and Date.now() just before spawn, and performance.now() at exit. */
  tSpawn: number;
  epochSpawn: number;
  tExit: number;
  stdout: Line[];
  outputs: Record<string, string>;
  summary: string;
  peakKb: number | undefined;
  ownCpuMs: number | undefined;
  /** CPU of the action and all its children (reaped), ms. */
  totalCpuMs: number;
}

/**
 * Runs dist/index.js like test-support/runner.ts's runAction does (same Node 24 binary, INPUT_* from
 * action.yml defaults plus `inputs`, the runner's GITHUB_* variables and fresh command files), but
 * spawned here so the spawn instant, the pid and every stdout line's arrival time are known.
 */
export async function spawnAction(opts: { cwd: string; inputs: Record<string, string>; env?: Record<string, string>; debug?: boolean; timeoutMs: number }): Promise<Spawned> {
  const base = mkdtempSync(join(tmpdir(), 'otp-publish-probe-'));
  const dir = (name: string) => {
    const path = join(base, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const commands = dir('_runner_file_commands');
  const files = Object.fromEntries(['output', 'state', 'env', 'path', 'summary'].map((kind) => [kind, join(commands, kind)])) as Record<string, string>;
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(readActionMetadata().inputs)) {
    inputs[inputEnvName(name)] = (def ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, HARNESS_GITHUB_TOKEN);
  }
  for (const [name, value] of Object.entries(opts.inputs)) inputs[inputEnvName(name)] = value;
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|STATE_|ACTIONS_|NPM_CONFIG_)/i.test(e[0])),
  );
  delete inherited['NODE_ICU_DATA'];
  const env: Record<string, string> = {
    ...inherited,
    HOME: dir('home'),
    ...RUNNER_CONTEXT_ENV,
    GITHUB_WORKFLOW: 'bench',
    RUNNER_NAME: 'bench',
    ...opts.env,
    ...inputs,
    GITHUB_WORKSPACE: opts.cwd,
    RUNNER_TEMP: dir('runner_temp'),
    GITHUB_OUTPUT: files['output']!,
    GITHUB_STATE: files['state']!,
    GITHUB_ENV: files['env']!,
    GITHUB_PATH: files['path']!,
    GITHUB_STEP_SUMMARY: files['summary']!,
    ...(opts.debug ? { RUNNER_DEBUG: '1' } : {}),
  };
  const node = nodeForAction();
  const script = join(projectRoot, 'dist', 'index.js');
  const cpu0 = reapedChildrenCpuMs();
  const epochSpawn = Date.now();
  const tSpawn = performance.now();
  const child = spawn(node, [script], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const watch = watchProcess(child.pid!, 10);
  const stdout: Line[] = [];
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const t = performance.now();
    const epoch = Date.now();
    const parts = (pending + chunk).split('\n');
    pending = parts.pop()!;
    for (const text of parts) stdout.push({ t, epoch, text });
  });
  child.stderr.resume();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, opts.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  const tExit = performance.now();
  clearTimeout(timer);
  const { peakKb, ownCpuMs } = watch.stop();
  if (pending) stdout.push({ t: tExit, epoch: Date.now(), text: pending });
  const result: Spawned = {
    exitCode,
    timedOut,
    tSpawn,
    epochSpawn,
    tExit,
    stdout,
    outputs: parseCommandFile(readFileSync(files['output']!, 'utf8')),
    summary: readFileSync(files['summary']!, 'utf8'),
    peakKb,
    ownCpuMs,
    totalCpuMs: reapedChildrenCpuMs() - cpu0,
  };
  rmSync(base, { recursive: true, force: true });
  return result;
}

// ---------------------------------------------------------------- cold start

export interface ColdStart {
  /** Spawn of `node dist/index.js` to the first request the loopback registry sees, ms (measured runs). */
  firstRequestMs: number[];
  /** The first (unmeasured warm-up) run, ms: page cache of the Node 24 binary and the bundle may be cold. */
  warmupMs: number | undefined;
  /** Spawn to exit (the package is reported already published, so no npm process runs), ms. */
  exitMs: number[];
  /** Same, seen through runAction (clock started before the harness prepares the run), ms. */
  viaRunActionMs: number[];
  /** Floors with the same binary: `node -e 0` to exit, and a one-line script's first fetch(). */
  nodeExitMs: number[];
  nodeFetchMs: number[];
  peakKb: number | undefined;
}

/** A loopback "registry" that records arrival times and says the package's version is already published. */
async function startRecorder(name: string, version: string) {
  const arrivals: Array<{ t: number; method: string; url: string }> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    arrivals.push({ t: performance.now(), method: req.method ?? '', url: req.url ?? '' });
    req.resume();
    const known = req.method === 'GET' && decodeURIComponent((req.url ?? '').slice(1)).toLowerCase() === name;
    res.writeHead(known ? 200 : 404, { 'content-type': 'application/json', date: new Date().toUTCString() });
    res.end(JSON.stringify(known ? { name, 'dist-tags': { latest: version }, versions: { [version]: { name, version } } } : { error: 'Not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    /** performance.now() of the first request after `since`. */
    firstAfter: (since: number) => arrivals.find((arrival) => arrival.t >= since)?.t,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export async function coldStart(reps: number): Promise<ColdStart> {
  const name = '@cold/solo';
  const recorder = await startRecorder(name, '1.0.0');
  const work = mkdtempSync(join(tmpdir(), 'otp-publish-cold-'));
  const node = nodeForAction();
  try {
    const pkg = writePackage(join(work, 'solo'), { name, version: '1.0.0' });
    const inputs = { 'npm-token': 'npm_benchToken', 'npm-totp-secret': SECRET, 'npm-registry': recorder.url };
    const result: ColdStart = { firstRequestMs: [], warmupMs: undefined, exitMs: [], viaRunActionMs: [], nodeExitMs: [], nodeFetchMs: [], peakKb: undefined };
    for (let i = 0; i <= reps; i++) {
      await waitForQuiet();
      const run = await spawnAction({ cwd: pkg, inputs, timeoutMs: 30_000 });
      const first = recorder.firstAfter(run.tSpawn);
      if (run.exitCode !== 0 || first === undefined) throw new Error(`cold-start run failed (exit ${run.exitCode}): ${run.stdout.map((l) => l.text).join('\n').slice(-500)}`);
      if (i === 0) result.warmupMs = first - run.tSpawn;
      else {
        result.firstRequestMs.push(first - run.tSpawn);
        result.exitMs.push(run.tExit - run.tSpawn);
        result.peakKb = Math.max(result.peakKb ?? 0, run.peakKb ?? 0);
      }
    }
    for (let i = 0; i < Math.min(reps, 3); i++) {
      const t0 = performance.now();
      const run = await runAction({ cwd: pkg, inputs, timeoutMs: 30_000 });
      const first = recorder.firstAfter(t0);
      if (first !== undefined) result.viaRunActionMs.push(first - t0);
      await cleanupRun(run);
    }
    for (let i = 0; i < reps; i++) {
      const exit = await exec(node, ['-e', '0'], { cwd: work, env: process.env, timeoutMs: 10_000 });
      result.nodeExitMs.push(exit.ms);
      const t0 = performance.now();
      await exec(node, ['-e', 'fetch(process.argv[1]).then((r) => r.text()).catch(() => {})', recorder.url], { cwd: work, env: process.env, timeoutMs: 10_000 });
      const first = recorder.firstAfter(t0);
      if (first !== undefined) result.nodeFetchMs.push(first - t0);
    }
    return result;
  } finally {
    await recorder.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- diagnostic run (timestamped debug log)

export interface PackageTrace {
  name: string;
  /** Start (slot taken, dependencies done) and end, ms after spawn. */
  startMs: number;
  endMs: number;
  /** Seconds left in the window when its code was made (from the debug log). */
  secondsLeft: number | undefined;
  attempts: number;
  /** Time its publish waited for the next window, ms (0 when it did not). */
  edgeWaitMs: number;
}

export interface Diagnostic {
  n: number;
  ok: boolean;
  error?: string;
  wallMs: number;
  peakKb: number | undefined;
  ownCpuMs: number | undefined;
  totalCpuMs: number;
  /** ms after spawn. */
  phases: {
    planLogged: number | undefined;
    firstCode: number | undefined;
    secondCode: number | undefined;
    firstPut: number | undefined;
    lastPut: number | undefined;
    lastPackageDone: number | undefined;
    exit: number;
  };
  /** Sum over packages of the time spent waiting at window edges, and the wall-clock time at least one package waited. */
  edgeWaitSumMs: number;
  edgeWaitWallMs: number;
  edgesCrossed: number;
  delayedPackages: number;
  /** The estimate used for the timed runs (registry log + summary, no debug log), for comparison. */
  gateEstimate: EdgeWaits;
  /** Median time from a package's PUT reaching the registry to its group being printed (npm's exit), ms. */
  postPutMs: number | undefined;
  retries: number;
  /** Mean number of npm processes running at once during the publish phase. */
  meanParallel: number | undefined;
  medianPackageMs: number | undefined;
  packages: PackageTrace[];
}

/**
 * One run of the action on an N-package monorepo with RUNNER_DEBUG=1, its stdout timestamped here.
 * The action does not report its OTP waits (GateResult.waitedMs is computed but never logged or
 * output), so they are reconstructed: a package's group is printed when it ends (end time), the
 * summary gives its duration (start = end − duration, ±0.05 s), and the debug line "OTP attempt 1,
 * S s left in its window" tells whether its code was made in the first second of a window. A
 * package that started before such a window edge waited from its start to the edge.
 */
export async function diagnosticRun(n: number, tolerance: number): Promise<Diagnostic> {
  return withFresh({ secret: SECRET, toleranceSteps: tolerance }, async ({ registry, token, dir }) => {
    const root = join(dir, 'repo');
    writeMonorepo(root, SCOPE, n);
    await waitForQuiet();
    const run = await spawnAction({
      cwd: root,
      debug: true,
      timeoutMs: 60_000 + n * 6_000,
      inputs: { workspaces: 'true', 'npm-token': token, 'npm-totp-secret': SECRET, 'npm-registry': registry.url },
    });
    const since = (epoch: number) => epoch - run.epochSpawn;
    const puts = (await registry.gate.attempts()).filter((a) => a.method === 'PUT' && a.package.startsWith(`@${SCOPE}/`));
    const published = JSON.parse(run.outputs['published'] ?? '[]') as unknown[];
    const durations = new Map(summaryTimes(run.summary).map((row) => [row.name, row.ms]));

    const traces: PackageTrace[] = [];
    const codeTimes: number[] = [];
    let current: PackageTrace | undefined;
    let planLogged: number | undefined;
    for (const line of run.stdout) {
      const at = since(line.epoch);
      if (/^::add-mask::\d{6,8}$/.test(line.text)) codeTimes.push(at);
      if (planLogged === undefined && /package\(s\) in publish order/.test(line.text)) planLogged = at;
      const group = /^::group::npm (@[^@\s]+)@\S+$/.exec(line.text);
      if (group) {
        const ms = durations.get(group[1]!) ?? 0;
        current = { name: group[1]!, startMs: at - ms, endMs: at, secondsLeft: undefined, attempts: 0, edgeWaitMs: 0 };
        traces.push(current);
        continue;
      }
      if (line.text === '::endgroup::') current = undefined;
      const attempt = /^::debug::npm: OTP attempt (\d+), (\d+) s left/.exec(line.text);
      if (attempt && current) {
        current.attempts = Math.max(current.attempts, Number(attempt[1]));
        if (current.secondsLeft === undefined) current.secondsLeft = Number(attempt[2]);
      }
    }
    // Window edges in spawn-relative ms.
    const edgeAfter = (ms: number) => Math.ceil((run.epochSpawn + ms) / PERIOD_MS) * PERIOD_MS - run.epochSpawn;
    const intervals: Array<[number, number]> = [];
    for (const trace of traces) {
      if (trace.secondsLeft === undefined || trace.secondsLeft < PERIOD_MS / 1000 - 1) continue;
      const edge = edgeAfter(trace.startMs);
      if (edge <= trace.endMs && edge - trace.startMs <= MIN_LEFT_MS + 100) {
        trace.edgeWaitMs = Math.max(0, edge - trace.startMs);
        if (trace.edgeWaitMs > 0) intervals.push([trace.startMs, edge]);
      }
    }
    intervals.sort((a, b) => a[0] - b[0]);
    let wall = 0;
    let cursor = -Infinity;
    for (const [from, to] of intervals) {
      if (to <= cursor) continue;
      wall += to - Math.max(from, cursor);
      cursor = to;
    }
    const putTimes = puts.filter((p) => p.outcome === 'accepted').map((p) => since(p.at));
    const firstCode = codeTimes[0];
    const lastDone = traces.length ? Math.max(...traces.map((t) => t.endMs)) : undefined;
    const busy = traces.reduce((total, t) => total + (t.endMs - t.startMs - t.edgeWaitMs), 0);
    const span = firstCode !== undefined && lastDone !== undefined ? lastDone - firstCode : undefined;
    const edgesCrossed = firstCode !== undefined && lastDone !== undefined ? Math.max(0, Math.floor((run.epochSpawn + lastDone) / PERIOD_MS) - Math.floor((run.epochSpawn + firstCode) / PERIOD_MS)) : 0;
    const ok = run.exitCode === 0 && published.length === n;
    const putAt = new Map(puts.filter((p) => p.outcome === 'accepted').map((p) => [p.package, since(p.at)]));
    const postPut = median(traces.filter((t) => putAt.has(t.name)).map((t) => t.endMs - putAt.get(t.name)!));
    return {
      n,
      ok,
      error: ok ? undefined : `exit ${run.exitCode}, ${published.length}/${n} published`,
      wallMs: run.tExit - run.tSpawn,
      peakKb: run.peakKb,
      ownCpuMs: run.ownCpuMs,
      totalCpuMs: run.totalCpuMs,
      phases: {
        planLogged,
        firstCode,
        secondCode: codeTimes[1],
        firstPut: putTimes.length ? Math.min(...putTimes) : undefined,
        lastPut: putTimes.length ? Math.max(...putTimes) : undefined,
        lastPackageDone: lastDone,
        exit: run.tExit - run.tSpawn,
      },
      edgeWaitSumMs: traces.reduce((total, t) => total + t.edgeWaitMs, 0),
      edgeWaitWallMs: wall,
      edgesCrossed,
      delayedPackages: traces.filter((t) => t.edgeWaitMs > 0).length,
      gateEstimate: edgeWaitsFromGate(puts, durations),
      postPutMs: postPut,
      retries: traces.filter((t) => t.attempts > 1).length,
      meanParallel: span ? busy / span : undefined,
      medianPackageMs: median(traces.map((t) => t.endMs - t.startMs - t.edgeWaitMs)),
      packages: traces,
    };
  });
}

// ---------------------------------------------------------------- do parallel npm processes help?

export interface ParallelPoint {
  parallel: number;
  packages: number;
  wallMs: number;
  /** Median time of one `npm publish` at that parallelism. */
  perProcessMs: number | undefined;
  clientCpuMs: number;
  registryCpuMs: number | null;
}

/**
 * `packages` independent packages published with `npm publish --otp`, `parallel` processes at a time,
 * on a fresh registry each: how much throughput parallel npm processes buy on this machine (the
 * action's design runs one npm process per package, up to `concurrency` at once).
 */
export async function parallelProbe(levels: number[], packages = 8, tolerance = 1): Promise<ParallelPoint[]> {
  const points: ParallelPoint[] = [];
  for (const parallel of levels) {
    points.push(
      await withFresh({ secret: SECRET, toleranceSteps: tolerance }, async ({ registry, token, registryPid, dir }) => {
        const env = npmEnv(registry, token, { CI: 'true' });
        const dirs = Array.from({ length: packages }, (_, i) => writePackage(join(dir, `q-${i}`), { name: `@${SCOPE}/q-${i}`, version: '1.0.0' }));
        await waitForQuiet();
        await awayFromEdge(MIN_LEFT_MS + 8_000);
        const registry0 = registryPid ? processCpuMs(registryPid)?.own : undefined;
        const cpu0 = reapedChildrenCpuMs();
        const t0 = performance.now();
        const times: number[] = [];
        let next = 0;
        const code = totp();
        await Promise.all(
          Array.from({ length: parallel }, async () => {
            while (next < dirs.length) {
              const cwd = dirs[next++]!;
              const result = await exec('npm', ['publish', `--otp=${code}`], { cwd, env, timeoutMs: 60_000 });
              if (result.exitCode !== 0) throw new Error(`npm publish failed in the parallel probe: ${result.stderr.slice(-300)}`);
              times.push(result.ms);
            }
          }),
        );
        const wallMs = performance.now() - t0;
        const registry1 = registryPid ? processCpuMs(registryPid)?.own : undefined;
        return {
          parallel,
          packages,
          wallMs,
          perProcessMs: median(times),
          clientCpuMs: reapedChildrenCpuMs() - cpu0,
          registryCpuMs: registry0 !== undefined && registry1 !== undefined ? registry1 - registry0 : null,
        };
      }),
    );
  }
  return points;
}

// ---------------------------------------------------------------- audit of 200 packages

export interface AuditRun {
  ok: boolean;
  error?: string;
  wallMs: number;
  peakKb: number | undefined;
  npmRequests: number;
  npmMaxConcurrent: number;
  githubRequests: number;
}

export const AUDIT_NPM = 150;
export const AUDIT_GEMS = 50;

/** `mode: audit` of 150 npm packages and 50 gems against the local doubles, with the audit issue on (GitHub double). */
export async function auditRuns(reps: number): Promise<AuditRun[]> {
  const repo = 'octo-org/octo-repo';
  const [github, npm, gems] = await Promise.all([startGitHubServer({ token: HARNESS_GITHUB_TOKEN, repo }), startNpmReadServer(), startGemServer()]);
  const workspace = mkdtempSync(join(tmpdir(), 'otp-publish-audit-'));
  try {
    gems.addUser('carol');
    const lines: string[] = [];
    for (let i = 1; i <= AUDIT_NPM; i++) {
      npm.setPackage(`@acme/p-${i}`, { maintainers: ['alice', 'bob'], versions: [{ version: '1.0.0', publisher: 'alice' }, { version: '1.1.0', publisher: 'bob' }] });
      lines.push(`npm:@acme/p-${i}`);
    }
    for (let i = 1; i <= AUDIT_GEMS; i++) {
      gems.addGem(`gem-${i}`, { owners: ['carol'], versions: [{ number: '1.0.0', metadata: { rubygems_mfa_required: 'true' } }] });
      lines.push(`rubygems:gem-${i}`);
    }
    const runs: AuditRun[] = [];
    for (let rep = 0; rep < reps; rep++) {
      github.reset();
      await waitForQuiet();
      const npmBefore = npm.requests().length;
      const watch = watchProcess('dist/index.js');
      const t0 = performance.now();
      const run = await runAction({
        cwd: workspace,
        timeoutMs: 180_000,
        env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: '42' },
        inputs: { mode: 'audit', packages: lines.join('\n'), owners: 'npm: alice, bob\nrubygems: carol', 'npm-registry': npm.url, 'rubygems-host': gems.url },
      });
      const wallMs = performance.now() - t0;
      const { peakKb } = watch.stop();
      const ok = run.exitCode === 0 && run.outputs['audited'] === String(AUDIT_NPM + AUDIT_GEMS);
      runs.push({
        ok,
        error: ok ? undefined : `exit ${run.exitCode}, audited ${run.outputs['audited']}: ${run.stdout.slice(-400)}`,
        wallMs,
        peakKb,
        npmRequests: npm.requests().length - npmBefore,
        npmMaxConcurrent: npm.maxConcurrent(),
        githubRequests: github.requests().length,
      });
      await cleanupRun(run);
    }
    return runs;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    await Promise.all([github.stop(), npm.stop(), gems.stop()]);
  }
}

// ---------------------------------------------------------------- bundle

export interface Bundle {
  indexBytes: number;
  indexGzipBytes: number;
  postBytes: number | undefined;
  sourceMapBytes: number | undefined;
}

export function bundle(): Bundle {
  const file = (path: string) => join(projectRoot, 'dist', path);
  const size = (path: string) => (existsSync(file(path)) ? statSync(file(path)).size : undefined);
  return {
    indexBytes: size('index.js')!,
    indexGzipBytes: gzipSync(readFileSync(file('index.js')), { level: 9 }).length,
    postBytes: size('post/index.js'),
    sourceMapBytes: size('index.js.map'),
  };
}
