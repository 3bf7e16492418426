// dist/index.js spawned as the runner would, with every stdout line timestamped on arrival.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  HARNESS_GITHUB_TOKEN,
  RUNNER_CONTEXT_ENV,
  inputEnvName,
  nodeForAction,
  parseCommandFile,
  projectRoot,
  readActionMetadata,
} from '../test-support/runner.js';
import { reapedChildrenCpuMs, watchProcess } from './proc.js';

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
export async function spawnAction(opts: {
  cwd: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  debug?: boolean;
  timeoutMs: number;
}): Promise<Spawned> {
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
    Object.entries(process.env).filter(
      (e): e is [string, string] => e[1] !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|STATE_|ACTIONS_|NPM_CONFIG_)/i.test(e[0]),
    ),
  );
  delete inherited.NODE_ICU_DATA;
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
    GITHUB_OUTPUT: files.output!,
    GITHUB_STATE: files.state!,
    GITHUB_ENV: files.env!,
    GITHUB_PATH: files.path!,
    GITHUB_STEP_SUMMARY: files.summary!,
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
    outputs: parseCommandFile(readFileSync(files.output!, 'utf8')),
    summary: readFileSync(files.summary!, 'utf8'),
    peakKb,
    ownCpuMs,
    totalCpuMs: reapedChildrenCpuMs() - cpu0,
  };
  rmSync(base, { recursive: true, force: true });
  return result;
}
