// `npx tsx bench/pnpm-pack.ts [--n=100] [--reps=5]`
//
// What packing a pnpm repository with pnpm itself costs: the discovery of a generated pnpm
// workspace of N packages (each depending on the one before with `workspace:^`, a catalog range
// and publishConfig fields), which runs `pnpm --version` and one `pnpm -r pack` for the run, timed
// with pnpm 10, 11 and 12 (median of `reps` runs, after an untimed one). Prints a Markdown table;
// see docs/package-managers.md. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverTargets } from '../src/plan/discover.js';
import { clientPath, clientVersion, ensureClients, pnpmBin, type PnpmMajor } from '../test-support/clients.js';
import { MemoryLogger } from '../test-support/memory-logger.js';

const flag = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = flag('n', 100);
const REPS = flag('reps', 5);
const OFFLINE = {
  PNPM_CONFIG_PM_ON_FAIL: 'ignore',
  npm_config_manage_package_manager_versions: 'false',
  PNPM_CONFIG_OFFLINE: 'true',
  npm_config_offline: 'true',
};

/** A pnpm workspace of `n` packages pinned to `version`, installed by that pnpm (workspace links only). */
function workspace(major: PnpmMajor, version: string, n: number): string {
  const root = mkdtempSync(join(tmpdir(), `bench-pnpm-${major}-`));
  const json = (path: string, value: unknown) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
  };
  json('package.json', { name: 'bench-root', private: true, packageManager: `pnpm@${version}` });
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\ncatalog:\n  "@bench/p-1": ^1.0.0\n');
  for (let i = 1; i <= n; i++) {
    const dependencies = i > 1 ? { [`@bench/p-${i - 1}`]: 'workspace:^' } : {};
    json(`packages/p-${i}/package.json`, { name: `@bench/p-${i}`, version: '1.0.0', main: 'src/index.js', publishConfig: { main: 'index.js' }, dependencies });
    writeFileSync(join(root, `packages/p-${i}/index.js`), `module.exports = ${i};\n`);
  }
  const install = spawnSync(pnpmBin(major), ['install', '--offline'], { cwd: root, env: { ...process.env, ...OFFLINE }, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`pnpm ${version} install failed:\n${install.stdout}\n${install.stderr}`);
  return root;
}

async function discoveryMs(root: string, major: PnpmMajor): Promise<number> {
  const packDir = mkdtempSync(join(tmpdir(), 'bench-pnpm-pack-'));
  const started = performance.now();
  const targets = await discoverTargets([], {
    root,
    workspaces: true,
    npmRegistry: 'http://127.0.0.1:9/',
    rubygemsHost: 'https://rubygems.org',
    env: { ...process.env, ...OFFLINE, PATH: clientPath({ pnpm: major }) },
    logger: new MemoryLogger(),
    pack: { dir: packDir, timeoutMs: 600_000 },
  });
  const elapsed = performance.now() - started;
  if (targets.filter((target) => target.publishManifest?.packed).length !== N) throw new Error(`expected ${N} packed packages`);
  rmSync(packDir, { recursive: true, force: true });
  return elapsed;
}

ensureClients();
const versions: Record<PnpmMajor, string> = { 10: clientVersion('pnpm', 'project'), 11: clientVersion('pnpm-11'), 12: clientVersion('pnpm') };
const rows: string[] = [];
for (const major of [10, 11, 12] as const) {
  const root = workspace(major, versions[major], N);
  await discoveryMs(root, major);
  const times: number[] = [];
  for (let rep = 0; rep < REPS; rep++) times.push(await discoveryMs(root, major));
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  rows.push(`| pnpm ${versions[major]} | ${N} | ${(median / 1000).toFixed(2)} s | ${(times[0]! / 1000).toFixed(2)}–${(times.at(-1)! / 1000).toFixed(2)} s |`);
  rmSync(root, { recursive: true, force: true });
}
console.log(`Discovery of a pnpm workspace, packing included (median of ${REPS}):\n`);
console.log('| pnpm | packages | discovery | range |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
