// The real package managers (pnpm, yarn berry, bun, npm) as oracles: install, pack and publish
// fixture workspaces with them (see workspace-fixtures.ts) and read the tarballs they produce.
// Nothing here reaches the internet: pnpm only talks to a loopback registry, the others need none.
//
//   const registry = await startRegistry({ gate: { secret: null } }); // see publishStubs
//   await publishStubs(registry, await registry.addUser('stubs'));
//   pnpmInstall(fixture.root, registry.url, pnpmBin(12));
//   const { files, manifest } = readTarball(bunPack(fixture.packages['@fb/core']!, outDir));
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';
import type { Logger } from '../src/logger.js';
import { NpmRegistry } from '../src/registries/npm.js';
import type { PackageTarget } from '../src/registries/types.js';
import { npmEnv, runNpm, writePackage, type Registry } from './registry.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(PROJECT_ROOT, 'node_modules', '.bin');
const PNPM = join(BIN, 'pnpm');
const YARN = join(BIN, 'yarn');
const BUN = join(BIN, 'bun');
const TIMEOUT_MS = 120_000;

/** The files of a package tarball (paths without `package/`) and its parsed package.json. */
export function readTarball(file: string): { files: Map<string, Buffer>; manifest: Record<string, unknown> } {
  const files = new Map<string, Buffer>();
  tar.t({
    file,
    sync: true,
    onReadEntry: (entry) => {
      if (entry.type !== 'File' && entry.type !== 'OldFile') return entry.resume();
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => files.set(entry.path.replace(/^package\//, ''), Buffer.concat(chunks)));
    },
  });
  const pkg = files.get('package.json');
  if (!pkg) throw new Error(`${file}: no package/package.json`);
  return { files, manifest: JSON.parse(pkg.toString('utf8')) as Record<string, unknown> };
}

/** The inherited env without npm_config_* / PNPM_CONFIG_* / YARN_* / BUN_* variables, plus `extra`. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_config_|pnpm_config_|yarn_|bun_)/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', COREPACK_ENABLE_STRICT: '0', DO_NOT_TRACK: '1', ...extra };
}

/** Runs `cmd args` in `cwd`; returns stdout, throws with stderr/stdout on a non-zero exit. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status ?? r.signal}`;
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${why}\n--- stderr ---\n${r.stderr}\n--- stdout ---\n${r.stdout}`);
  }
  return r.stdout;
}

/**
 * pnpm's env: only `registryUrl` (and `token` for it), store/cache/config/state under `base`, no
 * user npmrc. pnpm 10 reads npm_config_* variables, pnpm 11+ only PNPM_CONFIG_* ones.
 */
export function pnpmEnv(base: string, registryUrl: string, token?: string): NodeJS.ProcessEnv {
  mkdirSync(base, { recursive: true });
  const userconfig = join(base, 'npmrc');
  const auth = token ? `//${new URL(registryUrl).host}/:_authToken=${token}\n` : '';
  writeFileSync(userconfig, `registry=${registryUrl}\n${auth}`);
  const settings: Record<string, string> = {
    registry: registryUrl,
    userconfig,
    store_dir: join(base, 'store'),
    cache_dir: join(base, 'cache'),
    manage_package_manager_versions: 'false',
    // pnpm 12 resolves the pnpm that packageManager pins from the registry; the loopback one has none.
    pm_on_fail: 'ignore',
  };
  return cleanEnv({
    ...Object.fromEntries(
      Object.entries(settings).flatMap(([key, value]) => [
        [`npm_config_${key}`, value],
        [`PNPM_CONFIG_${key.toUpperCase()}`, value],
      ]),
    ),
    XDG_CONFIG_HOME: join(base, 'config'),
    XDG_STATE_HOME: join(base, 'state'),
    XDG_DATA_HOME: join(base, 'data'),
    XDG_CACHE_HOME: join(base, 'cache'),
  });
}

/**
 * Publishes stubs of the external packages the pnpm fixture needs (left-pad@1.3.0, is-number@7.0.0).
 * `token` must publish without a code: a user in the gate's `bypassUsers`, or a registry started
 * with `{ gate: { secret: null } }` (a bare `startRegistry()` is not enough: the gate then picks up
 * Verdaccio's own `secret`, its token signing key, from the merged config).
 */
export async function publishStubs(registry: Registry, token: string): Promise<void> {
  for (const [name, version] of [
    ['left-pad', '1.3.0'],
    ['is-number', '7.0.0'],
  ] as const) {
    const cwd = writePackage(join(registry.dir, 'stubs', name), { name, version });
    const r = await runNpm(['publish', '--registry', registry.url, '--fetch-retries=0'], {
      cwd,
      env: npmEnv(registry, token),
    });
    if (r.exitCode !== 0) throw new Error(`npm publish ${name}@${version} failed (does the token need a code?):\n${r.stderr}\n${r.stdout}`);
  }
}

/** `pnpm install` in `root` against the (loopback) registry, without scripts or a frozen lockfile. */
export function pnpmInstall(root: string, registryUrl: string, bin = PNPM): void {
  run(
    bin,
    ['install', '--registry', registryUrl, '--config.manage-package-manager-versions=false', '--ignore-scripts', '--no-frozen-lockfile'],
    root,
    // Next to the fixture (in its temp dir), not inside the workspace.
    pnpmEnv(join(dirname(resolve(root)), '.pnpm-home'), registryUrl),
  );
}

/** yarn 4's env for the tests: no telemetry, no global cache, no registry queries of its own, plus `extra`. */
function yarnEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return cleanEnv({
    YARN_ENABLE_TELEMETRY: '0',
    YARN_ENABLE_GLOBAL_CACHE: '0',
    YARN_IGNORE_PATH: '1',
    YARN_ENABLE_IMMUTABLE_INSTALLS: '0', // CI=true would make a lockfile-less install fail
    YARN_ENABLE_HARDENED_MODE: '0', // hardened mode queries the registry
    YARN_ENABLE_PROGRESS_BARS: '0',
    ...extra,
  });
}

/** `yarn <args>` in `cwd` with yarnEnv(extra); returns stdout, throws on a non-zero exit. */
export function yarnRun(cwd: string, args: string[], extra: Record<string, string>): string {
  return run(YARN, args, cwd, yarnEnv(extra));
}

/** `bun <args>` in `cwd` with its own install cache and `extra`; returns stdout, throws on a non-zero exit. */
export function bunRun(cwd: string, args: string[], extra: Record<string, string>): string {
  const cache = mkdtempSync(join(tmpdir(), 'bun-cache-'));
  try {
    return run(BUN, args, cwd, cleanEnv({ BUN_INSTALL_CACHE_DIR: cache, ...extra }));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** `yarn install` in `root`, then `yarn pack -o <outDir>/<name>.tgz` in each of `pkgDirs`; returns dir -> tarball. */
export function yarnInstallAndPack(root: string, pkgDirs: string[], outDir: string): Record<string, string> {
  mkdirSync(outDir, { recursive: true });
  const env = yarnEnv();
  run(YARN, ['install'], root, env);
  const tarballs: Record<string, string> = {};
  for (const dir of pkgDirs) {
    const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string };
    const out = join(outDir, `${name.replace(/^@/, '').replace(/\//g, '-')}.tgz`);
    run(YARN, ['pack', '-o', out], dir, env);
    tarballs[dir] = out;
  }
  return tarballs;
}

/** `bun pm pack` of `pkgDir` into `outDir` (no install needed); returns the tarball path. */
export function bunPack(pkgDir: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const cache = mkdtempSync(join(tmpdir(), 'bun-cache-'));
  try {
    const stdout = run(BUN, ['pm', 'pack', '--destination', outDir, '--quiet'], pkgDir, cleanEnv({ BUN_INSTALL_CACHE_DIR: cache }));
    // `--quiet` prints only the tarball's file name (last non-empty line; scripts may print before it).
    const name = stdout.trim().split('\n').pop()!.trim();
    return resolve(outDir, name);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** `npm pack` (npm from PATH) of `pkgDir` into `outDir`; returns the tarball path. */
export function npmPackOracle(pkgDir: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const cache = mkdtempSync(join(tmpdir(), 'npm-cache-'));
  try {
    const stdout = run('npm', ['pack', '--pack-destination', outDir, '--json'], pkgDir, cleanEnv({ npm_config_cache: cache }));
    // `--json` prints an array with one entry per package; scripts may print before it.
    const json = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{ filename: string }>;
    return resolve(outDir, json[0]!.filename);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** The action's npm adapter as the oracle tests use it: no provenance, no tag or access, tarballs packed into `packDir`. */
export function npmAdapter(registryUrl: string, env: NodeJS.ProcessEnv, packDir: string): NpmRegistry {
  return new NpmRegistry({ registry: registryUrl, userconfig: '', tag: undefined, access: undefined, provenance: 'false', timeoutMs: 60_000, env, packDir });
}

/**
 * Packs and uploads the publishable `targets` (from discoverTargets) with the action's npm adapter,
 * as a run does, with `token` and no code; throws unless every one is published. Returns their name@version.
 */
export async function uploadWithAction(
  targets: PackageTarget[],
  registryUrl: string,
  token: string,
  env: NodeJS.ProcessEnv,
  packDir: string,
  logger: Logger,
): Promise<string[]> {
  const npm = npmAdapter(registryUrl, env, packDir);
  const publishable = targets.filter((target) => !target.private);
  await npm.prepare(publishable, logger, false);
  for (const target of publishable) {
    if (!npm.sendsCodeAtOnce(target)) throw new Error(`${target.name} is not uploaded from the action's process`);
    const outcome = await npm.publish({ target, credential: { auth: 'token', token }, otp: undefined, dryRun: false, logger });
    if (outcome.kind !== 'published') throw new Error(`${target.name}: ${JSON.stringify(outcome)}`);
  }
  return publishable.map((target) => `${target.name}@${target.version}`);
}

/**
 * The version document and tarball of `id` (name@version) on `registry`, without what names the
 * publisher, its client, the host or the time: `_npmUser`, `maintainers`, `_nodeVersion`,
 * `_npmVersion`, the tarball's URL, and what a client records of its own temporary copy (`npm
 * publish <tarball>`, as pnpm 10 runs it: `_from`, `_resolved`; it and bun: `_integrity`).
 */
export async function publishedVersion(
  registry: Registry,
  id: string,
  scratch: string,
): Promise<{ doc: Record<string, unknown>; tags: string[]; tarball: ReturnType<typeof readTarball> }> {
  const at = id.lastIndexOf('@');
  const [name, version] = [id.slice(0, at), id.slice(at + 1)];
  const packument = await registry.packument(name);
  const doc = packument.versions[version] as Record<string, unknown> & { dist: { tarball: string; shasum: string; integrity: string } };
  // The dist-tags that point at this version (a prerelease published as `latest`, say).
  const tags = Object.entries(packument['dist-tags'] as Record<string, string>)
    .filter(([, tagged]) => tagged === version)
    .map(([tag]) => tag)
    .sort();
  const file = join(mkdtempSync(join(scratch, 'tgz-')), 'package.tgz');
  writeFileSync(file, Buffer.from(await (await fetch(doc.dist.tarball)).arrayBuffer()));
  const { _npmUser, maintainers, dist, _nodeVersion, _npmVersion, _from, _resolved, _integrity, ...rest } = doc;
  return { doc: { ...rest, dist: { shasum: dist.shasum, integrity: dist.integrity } }, tags, tarball: readTarball(file) };
}
