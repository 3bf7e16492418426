// Inside one otp-publish run (a timestamped debug log: phases, memory, OTP waits at window edges),
// and why the action uploads in-process (how much parallel npm processes buy on this machine).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeMonorepo } from '../test-support/monorepo.js';
import { npmEnv, writePackage } from '../test-support/registry.js';
import { SCOPE, benchPuts, exec, summaryTimes, withFresh } from './harness.js';
import { MIN_LEFT_MS, SECRET, awayFromEdge, edgeWaits, totp } from './otp.js';
import { processCpuMs, reapedChildrenCpuMs, waitForQuiet } from './proc.js';
import { spawnAction } from './spawn.js';
import { median } from './stats.js';

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
  /** From the job summary: waits for a fresh window, summed and as wall time with at least one package waiting. */
  edgeWaitSumMs: number;
  edgeWaitWallMs: number;
  edgesCrossed: number;
  delayedPackages: number;
  /** Packages that needed a second code. */
  retries: number;
  /** Packages in flight at once during the publish phase, on average. */
  meanParallel: number | undefined;
  /** Median time of one package (its summary time, less any edge wait), ms. */
  medianPackageMs: number | undefined;
}

/** Time left in the window when the diagnostic run starts: more than an N = 30 run takes, guard included. */
const DIAGNOSTIC_CLEAR_MS = 20_000;

/** One run of the action on an N-package monorepo with RUNNER_DEBUG=1, its stdout timestamped here. */
export async function diagnosticRun(n: number, tolerance: number): Promise<Diagnostic> {
  return withFresh({ secret: SECRET, toleranceSteps: tolerance }, async ({ registry, token, dir }) => {
    const root = join(dir, 'repo');
    writeMonorepo(root, SCOPE, n);
    await waitForQuiet();
    // Clear of a window edge: the phases below are the run's own work (the edge probe measures edges).
    await awayFromEdge(DIAGNOSTIC_CLEAR_MS);
    const run = await spawnAction({
      cwd: root,
      debug: true,
      timeoutMs: 60_000 + n * 6_000,
      inputs: { workspaces: 'true', 'npm-token': token, 'npm-totp-secret': SECRET, 'npm-registry': registry.url },
    });
    const since = (epoch: number) => epoch - run.epochSpawn;
    const puts = await benchPuts(registry);
    const published = JSON.parse(run.outputs.published ?? '[]') as unknown[];
    const rows = summaryTimes(run.summary).filter((row) => row.result === 'published');
    const waits = edgeWaits(run.summary, rows, puts, run.epochSpawn);

    const codeTimes: number[] = [];
    let planLogged: number | undefined;
    let retries = 0;
    for (const line of run.stdout) {
      const at = since(line.epoch);
      if (/^::add-mask::\d{6,8}$/.test(line.text)) codeTimes.push(at);
      if (planLogged === undefined && /package\(s\) in publish order/.test(line.text)) planLogged = at;
      if (/^::debug::npm: OTP attempt 2,/.test(line.text)) retries++;
    }
    const accepted = puts.filter((put) => put.outcome === 'accepted').map((put) => since(put.at));
    const firstCode = codeTimes[0];
    const lastPut = accepted.length ? Math.max(...accepted) : undefined;
    // Each package ends about when its PUT is accepted (in-process uploads); its summary time gives its start.
    const putAt = new Map(puts.filter((put) => put.outcome === 'accepted').map((put) => [put.package, since(put.at)]));
    const spans = rows
      .filter((row) => putAt.has(row.name))
      .map((row) => ({ start: putAt.get(row.name)! - row.ms, end: putAt.get(row.name)!, busy: row.ms - row.waitMs }));
    const span = firstCode !== undefined && lastPut !== undefined ? lastPut - firstCode : undefined;
    const busy = spans.reduce((total, s) => total + s.busy, 0);
    const ok = run.exitCode === 0 && published.length === n;
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
        firstPut: accepted.length ? Math.min(...accepted) : undefined,
        lastPut,
        lastPackageDone: spans.length ? Math.max(...spans.map((s) => s.end)) : undefined,
        exit: run.tExit - run.tSpawn,
      },
      edgeWaitSumMs: waits.sumMs,
      edgeWaitWallMs: waits.wallMs,
      edgesCrossed: waits.edges,
      delayedPackages: waits.packages,
      retries,
      meanParallel: span ? busy / span : undefined,
      medianPackageMs: median(spans.map((s) => s.busy)),
    };
  });
}

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
 * on a fresh registry each: how much throughput parallel npm processes buy on this machine (why
 * the action uploads from its own process instead of running one `npm publish` per package).
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
