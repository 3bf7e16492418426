// The systems compared on a generated monorepo: otp-publish (dist/ as the runner runs it), what
// users script by hand, and peers. Each measured run gets a fresh Verdaccio (fresh storage, fresh
// npm cache) and a fresh monorepo.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeMonorepo } from '../test-support/monorepo.js';
import { npmEnv, type GateConfig } from '../test-support/registry.js';
import { cleanupRun, runAction, type ActionRun } from '../test-support/runner.js';
import type { Tools } from './env.js';
import {
  SCOPE,
  analyse,
  currentProfile,
  benchPuts,
  dependencyLevels,
  dependencyOrder,
  exec,
  failureText,
  meter,
  summaryTimes,
  withFresh,
  type ExecResult,
  type GateAnalysis,
} from './harness.js';
import { SECRET, carefulCode, edgeIn, edgeWaits, type EdgeWaits } from './otp.js';
import { waitForQuiet, watchProcess } from './proc.js';

export const SYSTEMS = ['otp-publish', 'npm-loop', 'npm-workspaces', 'lerna', 'pnpm', 'npm-levels'] as const;
export type SystemId = (typeof SYSTEMS)[number];
export const PEERS: SystemId[] = ['npm-workspaces', 'lerna', 'pnpm'];
export const LABEL: Record<SystemId, string> = {
  'otp-publish': 'otp-publish (dist/index.js, default concurrency)',
  'npm-loop': 'sequential `npm publish --otp` loop',
  'npm-workspaces': '`npm publish --workspaces --otp`',
  lerna: 'lerna 9 `publish from-package --otp`',
  pnpm: 'pnpm 10 `-r publish --otp`',
  'npm-levels': 'what-if: one `npm publish -w … --otp` per dependency level',
};

export type Profile = 'loopback' | 'latency';

export interface RunResult extends GateAnalysis {
  system: string;
  /** Loopback, or through the latency proxy (older result files: loopback). */
  profile?: Profile;
  /** otp-publish: the `concurrency` input, when the run set one. */
  concurrency?: number;
  /** The run was started this long before a window edge (the edge-wait probe), ms. */
  edgeAfterMs?: number;
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
  /** otp-publish: its waits at window edges, from its job summary (see edgeWaits). */
  edgeWaits?: EdgeWaits;
}

export interface SystemOptions {
  tools: Tools;
  tolerance: number;
  /** otp-publish: the `concurrency` input (default: the action's own). */
  concurrency?: number;
  /** Start the run this long before a window edge (the edge-wait probe), ms; otherwise wherever the clock is. */
  edgeAfterMs?: number;
}

export const gateFor = (opts: SystemOptions): GateConfig => ({ secret: SECRET, toleranceSteps: opts.tolerance });
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
    if (opts.edgeAfterMs !== undefined) await edgeIn(opts.edgeAfterMs);
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
          inputs: {
            workspaces: 'true',
            'npm-token': token,
            'npm-totp-secret': SECRET,
            'npm-registry': registry.url,
            ...(opts.concurrency ? { concurrency: String(opts.concurrency) } : {}),
          },
        });
        const { peakKb } = watch.stop();
        const published = JSON.parse(run.outputs.published ?? '[]') as unknown[];
        ok = run.exitCode === 0 && published.length === n;
        if (!ok)
          error = `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}, ${published.length}/${n} published: ${(run.outputs.failed ?? run.stdout.slice(-300)).slice(0, 300)}`;
        summary = run.summary;
        extra = {
          peakRssKb: peakKb,
          summaryTimesMs: summaryTimes(run.summary)
            .filter((row) => row.result === 'published')
            .map((row) => row.ms),
        };
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
      const waits = edgeWaits(summary, summaryTimes(summary), puts, startEpoch);
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
      profile: currentProfile(),
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
      ...(opts.edgeAfterMs !== undefined ? { edgeAfterMs: opts.edgeAfterMs } : {}),
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
    writeFileSync(
      join(root, 'lerna.json'),
      `${JSON.stringify({ $schema: 'node_modules/lerna/schemas/lerna-schema.json', version: 'independent', npmClient: 'npm' }, null, 2)}\n`,
    );
    writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
    const git = (args: string[]) => {
      const result = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'init.defaultBranch=main', ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
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
