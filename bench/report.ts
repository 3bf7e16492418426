// Turns the measurements into the summary (JSON) and the Markdown report.
import type { Diagnostic, ParallelPoint } from './diagnostic.js';
import type { AuditRun, Bundle, ColdStart } from './probes.js';
import type { ProvenanceRun } from './provenance.js';
import { DEFAULT_CONCURRENCY } from '../src/action/inputs.js';
import { SINGLES } from './single.js';
import { growthExponent, linearFit, max, median, min, seconds } from './stats.js';
import { LABEL, PEERS, SYSTEMS, type Profile, type RunResult, type SystemId } from './systems.js';

export interface Meta {
  /** The command-line options as given. */
  args: string[];
  startedAt: string;
  finishedAt: string;
  durationS: number;
  quick: boolean;
  /** Loopback sizes, and those of the latency profile's table (older result files: none). */
  sizes: number[];
  latencySizes?: number[];
  reps: Record<string, number>;
  tolerance: number;
  authHash: string;
  machine: { cpus: number; memGiB: number; kernel: string };
  versions: Record<string, string>;
  registryStrategy: string;
  tools: string;
  /** Per N: the number of dependency levels (longest chain) of the generated monorepo. */
  criticalPath: Record<string, number>;
  quietWaitedMs: number;
  notes: string[];
}

export interface Cell {
  system: string;
  profile: Profile;
  n: number;
  reps: number;
  okRuns: number;
  medianMs: number | undefined;
  minMs: number | undefined;
  maxMs: number | undefined;
  /** Median of the successful runs over the loop's median at the same N. */
  ratioToLoop: number | undefined;
  perPackageMs: number | undefined;
  otpWaitMs: number | undefined;
  /** Median over successful runs of (wall − OTP wait): the time without window-edge luck. */
  wallLessWaitMs: number | undefined;
  clientCpuMs: number | undefined;
  registryCpuMs: number | undefined;
  orderViolations: number | undefined;
  codes: number | undefined;
  peakRssKb: number | undefined;
  /** Highest load from outside the benchmark during one of these runs (cores). */
  foreignCores: number | undefined;
  /** Median over successful runs of (first accepted upload − start) / wall. */
  firstUploadShare: number | undefined;
  /** otp-publish: median over successful runs of its edge waits (wall) per window edge crossed while publishing (at least one), ms. */
  edgeWaitPerEdgeMs: number | undefined;
  errors: string[];
}

export interface Target {
  name: string;
  pass: boolean | null;
  measured: string;
  threshold: string;
}

export interface Results {
  meta: Meta;
  cells: Cell[];
  growth: Array<{ system: string; perPackageMs: Record<string, number | undefined>; fit?: { fixedMs: number; perPackageMs: number }; exponent?: number }>;
  singles: Cell[];
  coldStart?: ColdStart;
  bundle: Bundle;
  diagnostic?: Diagnostic;
  parallel?: ParallelPoint[];
  audit?: AuditRun[];
  provenance?: ProvenanceRun[];
  /** otp-publish at N=SWEEP_N under the latency profile, one run per `concurrency` value. */
  sweepRuns?: RunResult[];
  /** The edge-wait probe: otp-publish on loopback, each run started a fixed time before a window edge. */
  edgeRuns?: RunResult[];
  targets: Target[];
  runs: RunResult[];
  singleRuns: RunResult[];
}

const profileOf = (run: RunResult): Profile => run.profile ?? 'loopback';

function cellOf(system: string, n: number, runs: RunResult[], loop: number | undefined, profile: Profile = 'loopback'): Cell {
  const mine = runs.filter((r) => r.system === system && r.n === n && profileOf(r) === profile);
  const ok = mine.filter((r) => r.ok);
  const walls = ok.map((r) => r.wallMs);
  const med = median(walls);
  const pick = (f: (r: RunResult) => number | null | undefined) => median(ok.map(f).filter((v): v is number => typeof v === 'number'));
  return {
    system,
    profile,
    n,
    reps: mine.length,
    okRuns: ok.length,
    medianMs: med,
    minMs: min(walls),
    maxMs: max(walls),
    ratioToLoop: med !== undefined && loop ? med / loop : undefined,
    perPackageMs: med !== undefined ? med / n : undefined,
    otpWaitMs: pick((r) => r.otpWaitMs),
    wallLessWaitMs: pick((r) => (r.otpWaitMs === null ? null : r.wallMs - r.otpWaitMs)),
    clientCpuMs: pick((r) => r.clientCpuMs),
    registryCpuMs: pick((r) => r.registryCpuMs),
    orderViolations: max(mine.map((r) => r.orderViolations)),
    codes: pick((r) => r.codes),
    peakRssKb: max(ok.map((r) => r.peakRssKb).filter((v): v is number => v !== undefined)),
    foreignCores: max(mine.map((r) => r.foreignCores)),
    firstUploadShare: pick((r) => (r.firstPutMs === null ? null : r.firstPutMs / r.wallMs)),
    edgeWaitPerEdgeMs: pick((r) => (r.edgeWaits?.edges ? r.edgeWaits.wallMs / r.edgeWaits.edges : null)),
    errors: mine.filter((r) => !r.ok).map((r) => `rep ${r.rep}: ${r.error ?? 'failed'} (after ${seconds(r.wallMs)} s, ${r.published}/${r.n} accepted)`),
  };
}

export function summarise(
  meta: Meta,
  runs: RunResult[],
  singleRuns: RunResult[],
  extras: Pick<Results, 'coldStart' | 'bundle' | 'diagnostic' | 'parallel' | 'audit' | 'provenance' | 'sweepRuns' | 'edgeRuns'>,
): Results {
  const systems = SYSTEMS.filter((s) => runs.some((r) => r.system === s));
  const cells: Cell[] = [];
  for (const [profile, sizes] of [
    ['loopback', meta.sizes],
    ['latency', meta.latencySizes ?? []],
  ] as const) {
    const mine = runs.filter((r) => profileOf(r) === profile);
    for (const n of sizes) {
      const loop = median(mine.filter((r) => r.system === 'npm-loop' && r.n === n && r.ok).map((r) => r.wallMs));
      for (const system of systems) if (mine.some((r) => r.system === system && r.n === n)) cells.push(cellOf(system, n, mine, loop, profile));
    }
  }
  const growth = systems.map((system) => {
    const points = cells
      .filter((c) => c.profile === 'loopback' && c.system === system && c.medianMs !== undefined)
      .map((c) => [c.n, c.medianMs!] as [number, number]);
    const fit = linearFit(points);
    return {
      system,
      perPackageMs: Object.fromEntries(
        meta.sizes.map((n) => [String(n), cells.find((c) => c.profile === 'loopback' && c.system === system && c.n === n)?.perPackageMs]),
      ),
      fit: fit ? { fixedMs: fit.a, perPackageMs: fit.b } : undefined,
      exponent: growthExponent(points),
    };
  });
  const singles = SINGLES.filter((s) => singleRuns.some((r) => r.system === s)).map((s) => cellOf(s, 1, singleRuns, undefined));
  return { meta, cells, growth, singles, ...extras, targets: targets(cells, singles, extras), runs, singleRuns };
}

/** Median wall time of the successful signed and plain runs, and their ratio. */
export function provenanceCost(runs: ProvenanceRun[] | undefined): { signedMs?: number; plainMs?: number; ratio?: number } {
  const signedMs = median((runs ?? []).filter((r) => r.ok && r.provenance).map((r) => r.wallMs));
  const plainMs = median((runs ?? []).filter((r) => r.ok && !r.provenance).map((r) => r.wallMs));
  return { signedMs, plainMs, ratio: signedMs !== undefined && plainMs ? signedMs / plainMs : undefined };
}

function targets(
  cells: Cell[],
  singles: Cell[],
  { coldStart: cold, provenance, edgeRuns }: { coldStart?: ColdStart; provenance?: ProvenanceRun[]; edgeRuns?: RunResult[] },
): Target[] {
  const list: Target[] = [];
  const loopback = cells.filter((c) => c.profile === 'loopback');
  const latency = cells.filter((c) => c.profile === 'latency');
  const action30 = loopback.find((c) => c.system === 'otp-publish' && c.n === 30);
  if (action30?.medianMs !== undefined && action30.ratioToLoop !== undefined) {
    list.push({
      name: 'N=30: otp-publish <= 0.35x the sequential loop',
      pass: action30.ratioToLoop <= 0.35,
      measured: `${action30.ratioToLoop.toFixed(2)}x (${seconds(action30.medianMs)} s vs ${seconds(action30.medianMs / action30.ratioToLoop)} s)`,
      threshold: '<= 0.35x',
    });
  } else {
    list.push({
      name: 'N=30: otp-publish <= 0.35x the sequential loop',
      pass: null,
      measured: 'not measured (N=30 not run, or a run failed)',
      threshold: '<= 0.35x',
    });
  }
  const peers = loopback.filter((c) => c.n === 30 && PEERS.includes(c.system as SystemId));
  if (action30?.medianMs !== undefined && peers.length) {
    const measured = peers.filter((p) => p.medianMs !== undefined);
    const failedPeers = peers.filter((p) => p.medianMs === undefined).map((p) => `${p.system} did not complete`);
    const ratios = measured.map((p) => `${p.system} ${(action30.medianMs! / p.medianMs!).toFixed(2)}x`);
    list.push({
      name: 'N=30: otp-publish faster than every peer measured',
      pass: measured.length ? measured.every((p) => action30.medianMs! < p.medianMs!) : null,
      measured: `${[...ratios, ...failedPeers].join(', ')} (otp-publish / peer)`,
      threshold: '< 1.00x each',
    });
  } else {
    list.push({ name: 'N=30: otp-publish faster than every peer measured', pass: null, measured: 'not measured', threshold: '< 1.00x each' });
  }
  list.push(...pipelineTargets(loopback, latency, edgeRuns ?? []));
  const coldMs = cold ? median(cold.firstRequestMs) : undefined;
  list.push({
    name: 'cold start (spawn to first registry request)',
    pass: coldMs === undefined ? null : coldMs < 200,
    measured: coldMs === undefined ? 'not measured' : `${coldMs.toFixed(0)} ms (median)`,
    threshold: '< 200 ms',
  });
  const bare = singles.find((s) => s.system === 'bare npm publish')?.medianMs;
  const action = singles.find((s) => s.system === 'otp-publish (TOTP)')?.medianMs;
  list.push({
    name: 'per-package overhead over a bare npm publish (1 package)',
    pass: bare && action ? action / bare - 1 < 0.1 : null,
    measured:
      bare && action
        ? `${action >= bare ? '+' : '−'}${Math.abs((action / bare - 1) * 100).toFixed(0)}% (${seconds(action, 2)} s vs ${seconds(bare, 2)} s)`
        : 'not measured',
    threshold: '< +10%',
  });
  const cost = provenanceCost(provenance);
  list.push({
    name: `provenance: true no slower than 1.5x the same run without it${provenance?.length ? ` (N=${provenance[0]!.n})` : ''}`,
    pass: cost.ratio === undefined ? null : cost.ratio <= 1.5,
    measured:
      cost.ratio === undefined ? 'not measured (or a run failed)' : `${cost.ratio.toFixed(2)}x (${seconds(cost.signedMs)} s vs ${seconds(cost.plainMs)} s)`,
    threshold: '<= 1.5x',
  });
  return list;
}

/** Wall time with at least one package waiting at an edge, over all successful probe runs, per edge crossed. */
export function edgeWaitPerEdge(runs: RunResult[]): { ms: number; edges: number; runs: number } | undefined {
  const crossed = runs.filter((r) => r.ok && r.edgeWaits?.edges);
  const edges = crossed.reduce((total, r) => total + r.edgeWaits!.edges, 0);
  if (!edges) return undefined;
  return { ms: crossed.reduce((total, r) => total + r.edgeWaits!.wallMs, 0) / edges, edges, runs: crossed.length };
}

/** The closest call and the late codes of `runs`, as a clause of a measurement ('' when the registry recorded neither). */
function margin(runs: RunResult[]): string {
  const closest = runs.flatMap((r) => (typeof r.closestCodeMs === 'number' ? [r.closestCodeMs] : []));
  if (!closest.length) return '';
  const late = runs.reduce((total, r) => total + (r.lateCodes ?? 0), 0);
  return `; closest call ${seconds(Math.min(...closest), 2)} s left in a code's window, ${late} late code(s)`;
}

/** The loopback N=30 ratio before the pipelined start (bench/results of 2026-12-01): a later run may not exceed it by more than 10%. */
const N30_RATIO_BEFORE = 0.18;

/** The targets of the latency profile, the pipelined start and the edge waits. */
function pipelineTargets(loopback: Cell[], latency: Cell[], edgeRuns: RunResult[]): Target[] {
  const list: Target[] = [];
  const notMeasured = (name: string, threshold: string): Target => ({ name, pass: null, measured: 'not measured (not run, or the run failed)', threshold });
  const lat = latency.find((c) => c.system === 'otp-publish' && c.n === 100);
  const name1 = 'latency profile, N=100: otp-publish <= 0.12x the sequential loop';
  list.push(
    lat?.medianMs !== undefined && lat.ratioToLoop !== undefined
      ? {
          name: name1,
          pass: lat.ratioToLoop <= 0.12,
          measured: `${lat.ratioToLoop.toFixed(3)}x (${seconds(lat.medianMs)} s vs ${seconds(lat.medianMs / lat.ratioToLoop)} s)`,
          threshold: '<= 0.12x',
        }
      : notMeasured(name1, '<= 0.12x'),
  );
  const name2 = 'latency profile, N=100: otp-publish faster than every peer that publishes all N';
  const peers = latency.filter((c) => c.n === 100 && PEERS.includes(c.system as SystemId));
  if (lat?.medianMs !== undefined && peers.length) {
    const complete = peers.filter((p) => p.medianMs !== undefined);
    const incomplete = peers.filter((p) => p.medianMs === undefined).map((p) => `${p.system} did not publish all N`);
    list.push({
      name: name2,
      pass: complete.every((p) => lat.medianMs! < p.medianMs!),
      measured: `${[...complete.map((p) => `${p.system} ${(lat.medianMs! / p.medianMs!).toFixed(2)}x`), ...incomplete].join(', ')} (otp-publish / peer)`,
      threshold: '< 1.00x each',
    });
  } else list.push(notMeasured(name2, '< 1.00x each'));
  const loop100 = loopback.find((c) => c.system === 'otp-publish' && c.n === 100);
  const name3 = 'loopback, N=100: first upload within 25% of the wall time';
  list.push(
    loop100?.firstUploadShare !== undefined
      ? {
          name: name3,
          pass: loop100.firstUploadShare <= 0.25,
          measured: `${(loop100.firstUploadShare * 100).toFixed(0)}% of ${seconds(loop100.medianMs)} s`,
          threshold: '<= 25%',
        }
      : notMeasured(name3, '<= 25%'),
  );
  const name4 = 'loopback, N=100: edge waits per window edge (average)';
  const perEdge = edgeWaitPerEdge(edgeRuns);
  list.push(
    perEdge
      ? {
          name: name4,
          pass: perEdge.ms <= 1000,
          measured: `${seconds(perEdge.ms, 2)} s (${perEdge.edges} edge(s) in ${perEdge.runs} edge-probe run(s)${margin(edgeRuns)})`,
          threshold: '<= 1 s',
        }
      : loop100?.edgeWaitPerEdgeMs !== undefined
        ? { name: name4, pass: loop100.edgeWaitPerEdgeMs <= 1000, measured: `${seconds(loop100.edgeWaitPerEdgeMs, 2)} s`, threshold: '<= 1 s' }
        : loop100?.okRuns
          ? { name: name4, pass: null, measured: 'no window edge crossed between its first and last upload', threshold: '<= 1 s' }
          : notMeasured(name4, '<= 1 s'),
  );
  const n30 = loopback.find((c) => c.system === 'otp-publish' && c.n === 30);
  const limit = N30_RATIO_BEFORE * 1.1;
  const name5 = `loopback, N=30: no regression of the ratio to the loop (${N30_RATIO_BEFORE.toFixed(2)}x before the pipelined start)`;
  list.push(
    n30?.ratioToLoop !== undefined
      ? { name: name5, pass: n30.ratioToLoop <= limit, measured: `${n30.ratioToLoop.toFixed(2)}x`, threshold: `<= ${limit.toFixed(2)}x` }
      : notMeasured(name5, `<= ${limit.toFixed(2)}x`),
  );
  return list;
}

// ---------------------------------------------------------------- Markdown

const s1 = (ms: number | undefined) => seconds(ms, 1);
const s2 = (ms: number | undefined) => seconds(ms, 2);
const mib = (kb: number | undefined) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MiB`);
const kib = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(0)} KiB`);
const load = (cores: number | undefined) => (cores === undefined ? '' : cores.toFixed(2));
const ms0 = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${ms.toFixed(0)} ms`);

export function markdown(results: Results): string {
  const { meta } = results;
  const out: string[] = [];
  out.push(`# otp-publish benchmark`, '');
  out.push(
    `${meta.startedAt} · ${meta.args.length ? `\`npm run bench -- ${meta.args.join(' ')}\`` : 'full run (`npm run bench`)'}, ${meta.durationS.toFixed(0)} s · ${meta.machine.cpus} cores, ${meta.machine.memGiB} GiB · ` +
      Object.entries(meta.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    '',
  );
  out.push(`Registry: ${meta.registryStrategy}`, '');
  out.push(
    `Generated monorepos (test-support/monorepo.ts): dependency levels (longest chain) ${Object.entries(meta.criticalPath)
      .map(([n, l]) => `N=${n}: ${l}`)
      .join(', ')}. Waited ${seconds(meta.quietWaitedMs, 0)} s in total for other work on the machine to stop before runs.`,
    '',
  );
  out.push(
    `Repetitions: ${Object.entries(meta.reps)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} (median of the successful runs; min–max shown). Peers: ${meta.tools}.`,
    '',
  );

  out.push('## Monorepo publish: wall time (loopback)', '');
  out.push(...wallTable(results.cells.filter((c) => c.profile === 'loopback')));
  const latencyCells = results.cells.filter((c) => c.profile === 'latency');
  if (latencyCells.length) {
    out.push('', '## Monorepo publish under the latency profile', '');
    out.push(
      'The same systems through the latency proxy (see Registry above), one run each. A peer that sends one code for the whole run fails once the run outlives what the gate accepts of that code (60 s with ±1 step).',
      '',
    );
    out.push(...wallTable(latencyCells));
  }
  const sweep = results.sweepRuns ?? [];
  if (sweep.length) {
    const loop = latencyCells.find((c) => c.system === 'npm-loop' && c.n === sweep[0]!.n)?.medianMs;
    out.push('', `## otp-publish's \`concurrency\` under the latency profile (N=${sweep[0]!.n})`, '');
    out.push('| concurrency | wall s | × loop | first upload s | edge waits s (wall) | edges | ok |', '|---:|---:|---:|---:|---:|---:|---|');
    for (const r of sweep) {
      out.push(
        `| ${r.concurrency ?? 'default'} | ${s1(r.wallMs)} | ${loop ? `${(r.wallMs / loop).toFixed(3)}x` : ''} | ${s1(r.firstPutMs ?? undefined)} | ${s1(r.edgeWaits?.wallMs)} | ${r.edgeWaits?.edges ?? ''} | ${r.ok ? 'yes' : `no: ${r.error}`} |`,
      );
    }
  }
  const edge = results.edgeRuns ?? [];
  if (edge.length) {
    out.push(
      '',
      `## Waits at a window edge (otp-publish, loopback, N=${edge[0]!.n})`,
      '',
      'Each run starts a set time before a window edge, spread evenly over a run of about 15 s, so the edge falls before the first upload, while the first codes are timed, or among the later uploads, as it does for a run started at any moment (a run that ends before its edge crosses none). "edges crossed" counts the edges from the run\'s start to its last upload; "edge waits" is the wall time during which at least one package waited for a fresh window, as the action reports it in its job summary from its own record of each wait. "closest call" is, of all the codes the registry accepted, the least time the code\'s window still ran when the registry checked it (the registry\'s own record), and "late codes" counts those checked after their window had ended, which a registry accepting only the current window would refuse: the margin the window guard left.',
      '',
    );
    out.push(
      '| run | edge after s | wall s | first upload s | edges crossed | edge waits s (wall) | packages that waited | their waits s (sum) | closest call s | late codes | ok |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    );
    for (const r of edge) {
      const w = r.edgeWaits;
      out.push(
        `| ${r.rep} | ${seconds(r.edgeAfterMs, 1)} | ${s1(r.wallMs)} | ${s1(r.firstPutMs ?? undefined)} | ${w?.edges ?? ''} | ${s2(w?.wallMs)} | ${w?.packages ?? ''} | ${s1(w?.sumMs)} | ${s2(r.closestCodeMs ?? undefined)} | ${r.lateCodes ?? ''} | ${r.ok ? 'yes' : `no: ${r.error}`} |`,
      );
    }
  }
  const noisy = [...results.cells, ...results.singles].filter((c) => (c.foreignCores ?? 0) > 0.25);
  if (noisy.length) {
    out.push(
      '',
      `**Warning:** other work was running on the machine during ${noisy.map((c) => `${c.system} N=${c.n} (${load(c.foreignCores)} cores)`).join(', ')}; those times are inflated.`,
    );
  }
  const errors = results.cells.flatMap((c) => c.errors.map((e) => `- ${c.system} ${c.profile} N=${c.n} ${e}`));
  if (errors.length) out.push('', 'Failed runs:', '', ...errors);
  out.push(
    '',
    '"client CPU" is user+system CPU of the system\'s own processes and all their children (npm, lerna, pnpm, the action); "registry CPU" is Verdaccio\'s. ' +
      '"other load" is the highest average number of cores busy with work outside the benchmark during one of the runs (from /proc/stat; each run first waits up to 2 min (6 min per benchmark run) for the machine to be quiet): above ~0.2 the times are inflated. ' +
      '"OTP wait" is wall time spent waiting for a fresh window (fewer than 5 s left): measured directly for the scripted systems and peers; for otp-publish, read from its job summary (each package\'s wait) and placed just before the package\'s PUT (time during which at least one package waited). ' +
      '"first upload" is when the registry accepted the run\'s first upload, as a share of the wall time; "edge wait / edge" (otp-publish) is that wall time of waiting divided by the window edges crossed between the first and the last upload (empty when none was crossed). ' +
      '"codes" is the number of distinct one-time passwords the registry saw; "order violations" counts dependency edges (dependencies, peer and optional) whose dependency the registry accepted after the dependent.',
    '',
  );

  out.push('## Growth with N', '');
  out.push(`| System | ${meta.sizes.map((n) => `ms/pkg N=${n}`).join(' | ')} | fit: fixed + per package | exponent (t ∝ N^k) |`);
  out.push(`|---|${meta.sizes.map(() => '---:').join('|')}|---|---:|`);
  for (const g of results.growth) {
    const perN = meta.sizes.map((n) => (g.perPackageMs[String(n)] === undefined ? 'n/a' : g.perPackageMs[String(n)]!.toFixed(0)));
    out.push(
      `| ${g.system} | ${perN.join(' | ')} | ${g.fit ? `${s1(g.fit.fixedMs)} s + ${g.fit.perPackageMs.toFixed(0)} ms·N` : 'n/a'} | ${g.exponent === undefined ? 'n/a' : g.exponent.toFixed(2)} |`,
    );
  }
  out.push('');

  out.push('## One package', '');
  out.push('| Run | wall s (median) | min–max | ok | client CPU s | registry CPU s | peak RSS of the action | other load |');
  out.push('|---|---:|---|---:|---:|---:|---:|---:|');
  for (const c of results.singles)
    out.push(
      `| ${c.system} | ${s2(c.medianMs)} | ${s2(c.minMs)}–${s2(c.maxMs)} | ${c.okRuns}/${c.reps} | ${s2(c.clientCpuMs)} | ${s2(c.registryCpuMs)} | ${c.peakRssKb ? mib(c.peakRssKb) : ''} | ${load(c.foreignCores)} |`,
    );
  out.push(
    '',
    '"bare npm publish" has no OTP (the user bypasses 2FA at the gate); each single run starts at least 6.5 s before a window edge and at least 1.2 s after one, so no edge wait mixes in.',
    '',
  );

  const cold = results.coldStart;
  if (cold) {
    out.push('## Cold start', '');
    out.push(
      `- \`node dist/index.js\` (Node 24) spawn to the first request on a loopback registry: **${ms0(median(cold.firstRequestMs))}** median (${cold.firstRequestMs.map((v) => v.toFixed(0)).join(', ')} ms; first, unmeasured run: ${ms0(cold.warmupMs)}); spawn to exit (package already published, nothing packed or uploaded): ${ms0(median(cold.exitMs))}.`,
    );
    out.push(`- Same through runAction (clock started before the harness prepares the run): ${ms0(median(cold.viaRunActionMs))}.`);
    out.push(
      `- Floors with the same binary: \`node -e 0\` to exit ${ms0(median(cold.nodeExitMs))}; a one-line \`fetch()\` script to its request ${ms0(median(cold.nodeFetchMs))}. So loading the bundle and the work before the first request cost about ${ms0((median(cold.firstRequestMs) ?? 0) - (median(cold.nodeFetchMs) ?? 0))}.`,
    );
    out.push(`- Peak RSS of the action in these runs: ${mib(cold.peakKb)}.`, '');
  }

  out.push('## Bundle', '');
  const b = results.bundle;
  out.push(
    `- dist/index.js: ${kib(b.indexBytes)} (${b.indexBytes} bytes), ${kib(b.indexGzipBytes)} gzipped, loaded at start; chunks loaded on first use (npm's packing and publishing libraries, Octokit for the audit issue, workspace discovery): ${kib(b.chunkBytes)}; dist/post/index.js: ${kib(b.postBytes)}; dist/index.js.map: ${kib(b.sourceMapBytes)} (not registered at run time).`,
    '',
  );

  const d = results.diagnostic;
  if (d) {
    out.push(`## Inside one otp-publish run (N=${d.n}, RUNNER_DEBUG=1, stdout timestamped)`, '');
    if (!d.ok) out.push(`**The run failed:** ${d.error}`, '');
    const p = d.phases;
    out.push(
      `- Wall ${s1(d.wallMs)} s. Phases (s after spawn): plan logged ${s2(p.planLogged)}, first code made ${s2(p.firstCode)} (existence checks done), second code ${s2(p.secondCode)} (the first package publishes alone: OTP pioneer + it is the root of the graph), first PUT accepted ${s2(p.firstPut)}, last PUT ${s2(p.lastPut)}, last package done ${s2(p.lastPackageDone)}, exit ${s2(p.exit)}.`,
    );
    out.push(
      `- ${d.n} packages, uploaded from the action's own process; median ${s2(d.medianPackageMs)} s per package (existence check excluded; its summary time less any edge wait); on average ${d.meanParallel?.toFixed(2) ?? 'n/a'} packages in flight at once (concurrency ${DEFAULT_CONCURRENCY}, ${results.meta.machine.cpus} cores).`,
    );
    out.push(
      `- CPU: ${s1(d.totalCpuMs)} s in total (${(d.totalCpuMs / d.wallMs || 0).toFixed(2)} cores busy on average), of which the action process itself ${s1(d.ownCpuMs)} s.`,
    );
    out.push(`- Peak RSS (VmHWM) of the action process: **${mib(d.peakKb)}** (polled every 10 ms).`);
    out.push(
      `- OTP waits at window edges (from the job summary: its wall time at edges, and each package's wait): ${d.edgesCrossed} edge(s) crossed while publishing; ${d.delayedPackages} package(s) waited, ${s2(d.edgeWaitSumMs)} s in total, ${s2(d.edgeWaitWallMs)} s of wall time with at least one package waiting; ${d.retries} OTP retr(ies).`,
      '',
    );
  }

  if (results.parallel?.length) {
    const base = results.parallel.find((p) => p.parallel === 1)?.wallMs;
    out.push(`## Do parallel npm processes help? (${results.parallel[0]!.packages} independent packages, \`npm publish --otp\`, fresh registry each)`, '');
    out.push('| npm processes at once | wall s | speed-up | s per `npm publish` | client CPU s | registry CPU s |', '|---:|---:|---:|---:|---:|---:|');
    for (const p of results.parallel)
      out.push(
        `| ${p.parallel} | ${s2(p.wallMs)} | ${base ? `${(base / p.wallMs).toFixed(2)}x` : ''} | ${s2(p.perProcessMs)} | ${s2(p.clientCpuMs)} | ${s2(p.registryCpuMs ?? undefined)} |`,
      );
    out.push('');
  }

  if (results.audit?.length) {
    const runs = results.audit;
    const ok = runs.filter((r) => r.ok);
    out.push('## Owner audit of 200 packages', '');
    out.push(
      `- \`mode: audit\` of 150 npm packages + 50 gems against the npm-read, RubyGems and GitHub doubles (audit-issue on, no drift): **${s2(median(ok.map((r) => r.wallMs)))} s** median (${runs.map((r) => s2(r.wallMs)).join(', ')} s; ${ok.length}/${runs.length} ok), ` +
        `${runs[0]!.npmRequests} npm requests, at most ${runs[0]!.npmMaxConcurrent} at once, ${runs[0]!.githubRequests} GitHub request(s); peak RSS ${mib(max(ok.map((r) => r.peakKb ?? 0)))}.`,
    );
    for (const r of runs.filter((x) => !x.ok)) out.push(`- failed: ${r.error}`);
    out.push('');
  }

  if (results.provenance?.length) {
    const runs = results.provenance;
    const cost = provenanceCost(runs);
    out.push('## Provenance', '');
    out.push(
      `- The N-package monorepo with \`provenance: true\` (token and TOTP; a \`sigstore\` ID token from the GitHub OIDC double, a certificate from the Fulcio mock, a Rekor entry and a timestamp per package, all on loopback; the gate checks every bundle) against the same run with \`provenance: false\`: ` +
        `**${cost.ratio === undefined ? 'n/a' : `${cost.ratio.toFixed(2)}x`}** (${s1(cost.signedMs)} s vs ${s1(cost.plainMs)} s median).`,
    );
    out.push(
      `- Runs: ${runs.map((r) => `${r.provenance ? 'signed' : 'plain'} ${s1(r.wallMs)} s (${r.signed} signed, ${r.sigstoreRequests} sigstore requests${r.ok ? '' : `, FAILED: ${r.error}`})`).join('; ')}.`,
      '',
    );
  }

  out.push(...whereTimeGoes(results));
  const drift = speedDrift(results);
  if (drift) out.push(drift, '');

  out.push('## Targets', '');
  out.push('| Target | Result | Measured | Threshold |', '|---|---|---|---|');
  for (const t of results.targets) out.push(`| ${t.name} | ${t.pass === null ? 'n/a' : t.pass ? 'PASS' : '**FAIL**'} | ${t.measured} | ${t.threshold} |`);
  out.push('');
  if (meta.notes.length) out.push('## Notes', '', ...meta.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}

/** One wall-time table (one profile). */
function wallTable(cells: Cell[]): string[] {
  const out = [
    '| System | N | wall s (median) | min–max | ok runs | × loop | ms / package | first upload | OTP wait s | edge wait / edge s | wall − wait s | client CPU s | registry CPU s | codes | order violations | action RSS | other load |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const c of cells) {
    const failed = c.medianMs === undefined;
    out.push(
      `| ${LABEL[c.system as SystemId] ?? c.system} | ${c.n} | ${failed ? '**failed**' : s1(c.medianMs)} | ${failed ? '' : `${s1(c.minMs)}–${s1(c.maxMs)}`} | ${c.okRuns}/${c.reps} | ${c.ratioToLoop === undefined ? '' : `${c.ratioToLoop.toFixed(c.ratioToLoop < 0.2 ? 3 : 2)}x`} | ${c.perPackageMs === undefined ? '' : c.perPackageMs.toFixed(0)} | ${c.firstUploadShare === undefined ? '' : `${(c.firstUploadShare * 100).toFixed(0)}%`} | ${s1(c.otpWaitMs)} | ${c.edgeWaitPerEdgeMs === undefined ? '' : s2(c.edgeWaitPerEdgeMs)} | ${s1(c.wallLessWaitMs)} | ${s1(c.clientCpuMs)} | ${s1(c.registryCpuMs)} | ${c.codes ?? ''} | ${c.orderViolations ?? ''} | ${c.peakRssKb ? mib(c.peakRssKb) : ''} | ${load(c.foreignCores)} |`,
    );
  }
  return out;
}

/** The otp-publish run taken apart, from the diagnostic run and the tables (numbers only; no advice). */
function whereTimeGoes(results: Results): string[] {
  const d = results.diagnostic;
  if (!d?.ok) return [];
  const p = d.phases;
  const lines = [`## Where the time goes in otp-publish (diagnostic run, N=${d.n})`, ''];
  const part = (label: string, ms: number | undefined) => (ms === undefined ? undefined : { label, ms });
  const publishPhase = p.lastPackageDone !== undefined && p.secondCode !== undefined ? p.lastPackageDone - p.secondCode - d.edgeWaitWallMs : undefined;
  const between = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? to - from : undefined);
  const parts = [
    part('start-up and workspace discovery (spawn → plan logged)', p.planLogged),
    part(`existence checks (${d.n} GETs, up to 16 at a time) and packing (plan → first code)`, between(p.planLogged, p.firstCode)),
    part('first package alone (OTP pioneer; here also the root of the graph)', between(p.firstCode, p.secondCode)),
    part('waiting for a fresh window at edges (wall, at least one package waiting)', d.edgeWaitWallMs),
    part(`the other ${d.n - 1} packages (${d.meanParallel?.toFixed(2) ?? '?'} in flight on average)`, publishPhase),
    part('after the last package (summary, outputs, exit)', p.lastPackageDone !== undefined ? p.exit - p.lastPackageDone : undefined),
  ].filter((x): x is { label: string; ms: number } => x !== undefined);
  lines.push('| Phase | s | share |', '|---|---:|---:|');
  for (const x of parts) lines.push(`| ${x.label} | ${s2(x.ms)} | ${((x.ms / d.wallMs) * 100).toFixed(0)}% |`);
  lines.push(`| total (wall) | ${s2(d.wallMs)} | |`, '');
  const bare = results.singles.find((c) => c.system === 'npm publish --otp');
  const cell30 = results.cells.find((c) => c.profile === 'loopback' && c.system === 'otp-publish' && c.n === d.n);
  const loop30 = results.cells.find((c) => c.profile === 'loopback' && c.system === 'npm-loop' && c.n === d.n);
  if (bare?.medianMs && d.medianPackageMs) {
    lines.push(
      `- One package takes ${s2(d.medianPackageMs)} s inside the action (code, upload, the registry's answer) against ${s2(bare.medianMs)} s for a \`npm publish --otp\` alone.`,
    );
  }
  if (cell30?.clientCpuMs !== undefined && cell30.registryCpuMs !== undefined && cell30.medianMs !== undefined) {
    const cpuPerPkg = (cell30.clientCpuMs + cell30.registryCpuMs) / d.n;
    lines.push(
      `- CPU per package in the timed runs: ${ms0(cell30.clientCpuMs / d.n)} client (the action) + ${ms0(cell30.registryCpuMs / d.n)} Verdaccio = ${ms0(cpuPerPkg)}; ` +
        `on ${results.meta.machine.cpus} cores that alone needs ≥ ${s1((cpuPerPkg * d.n) / results.meta.machine.cpus)} s for N=${d.n}, and Verdaccio (one thread) needs ${s1(cell30.registryCpuMs)} s on its own.`,
    );
    if (loop30?.medianMs !== undefined) {
      lines.push(
        `- 0.35x of the loop is ${s1(loop30.medianMs * 0.35)} s at N=${d.n}. The critical path of this graph is ${results.meta.criticalPath[String(d.n)] ?? '?'} packages long (each waits for the one before), so with one \`npm publish\` per package the floor would be about ${results.meta.criticalPath[String(d.n)] ?? '?'} × ${s2(bare?.medianMs)} s = ${s1((results.meta.criticalPath[String(d.n)] ?? 0) * (bare?.medianMs ?? 0))} s even with unlimited cores.`,
      );
    }
  }
  lines.push('');
  return lines;
}

/**
 * The same work measured early and late in the run: CPU per uncontended `npm publish --otp` in the
 * one-package runs (start) and in the parallel probe's one-at-a-time point (end). The machine's speed
 * can drift (a shared host); ratios between systems measured side by side are more robust than times.
 */
function speedDrift(results: Results): string | undefined {
  const early = results.singles.find((c) => c.system === 'npm publish --otp')?.clientCpuMs;
  const lateRun = results.parallel?.find((p) => p.parallel === 1);
  if (early === undefined || !lateRun) return undefined;
  const late = lateRun.clientCpuMs / lateRun.packages;
  return (
    `Machine speed check: one uncontended \`npm publish --otp\` used ${ms0(early)} CPU at the start of the run and ${ms0(late)} at the end (${((late / early - 1) * 100).toFixed(0)}%). ` +
    'A shared host can drift like this between runs; the systems are interleaved (order rotated per repetition), so ratios are more robust than absolute times.'
  );
}
