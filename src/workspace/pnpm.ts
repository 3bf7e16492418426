import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { childEnv } from '../credentials/child-env.js';
import { CommandTimeoutError, ManifestError, PackageManagerMismatchError, ToolMissingError, UnsupportedRuleError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { type CommandResult, runCommand } from '../process.js';
import { tarballManifest } from '../registries/npm-tarball.js';
import { readPackOutput, type PackedEntry } from '../registries/pack-output.js';
import type { Project } from './project.js';
import type { Manifest } from './rules.js';

/** A package to pack: its directory and package.json as written. */
export interface PnpmPackage {
  dir: string;
  manifest: Readonly<Manifest>;
}

/** What pnpm packed for a package: the tarball, and the package.json inside it. */
export interface PnpmPacked {
  tarball: string;
  manifest: Manifest;
}

export interface PnpmOptions {
  /** Environment pnpm runs with (no credentials: packing needs none). */
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  logger: Logger;
}

/** Scripts `pnpm publish` runs before it packs, which `pnpm pack` does not: they run here first. */
const BEFORE_PACK = ['prepublishOnly', 'prepublish'] as const;
/** Scripts `pnpm publish` runs after the upload, which an upload from this process cannot follow. */
const AFTER_UPLOAD = ['publish', 'postpublish'] as const;

/**
 * Refuses, before anything runs, a package with a script that `pnpm publish` runs after the
 * upload: the action uploads pnpm's tarball itself and would skip it.
 */
export function refuseAfterUploadScripts(packages: PnpmPackage[]): void {
  for (const { dir, manifest } of packages) {
    const scripts = (manifest.scripts ?? {}) as Record<string, unknown>;
    const script = AFTER_UPLOAD.find((name) => typeof scripts[name] === 'string');
    if (script)
      throw new UnsupportedRuleError(
        dir,
        String(manifest.name),
        `scripts.${script}`,
        `pnpm publish runs it after the upload, but otp-publish uploads the tarball pnpm packs and runs no script after it; run it as a later step of the job instead`,
      );
  }
}

/**
 * The pnpm on PATH, as it answers in the repository's root, checked against the root's
 * `packageManager` pin: another major version publishes by other rules, and fails the run.
 * Returns the version and why it is the one used, for the log.
 */
export async function pnpmOnPath(project: Project, options: PnpmOptions): Promise<{ version: string; why: string }> {
  const result = await pnpm(['--version'], project.root, options, 'find the version of pnpm');
  const version = /\d+\.\d+\.\d+\S*/.exec(result.stdout)?.[0];
  if (result.exitCode !== 0 || !version) throw new ManifestError(project.root, `'pnpm --version' failed: ${failureOf(result)}`);
  const field = project.rootManifest.packageManager;
  const pinned = typeof field === 'string' ? /^pnpm@(\d+)\.[^+]*/.exec(field) : null;
  if (pinned && pinned[1] !== version.split('.')[0]) throw new PackageManagerMismatchError(pinned[0], `pnpm@${version}`);
  return { version, why: pinned ? `packageManager pins ${pinned[0]}` : 'the pnpm on PATH; no packageManager field pins one' };
}

/**
 * Packs `packages` with pnpm, as `pnpm publish` packs them: the scripts it runs before packing
 * first, then one `pnpm -r pack` for the workspace's packages (and one `pnpm pack` for any other
 * directory), into `destination`. pnpm applies its own rules: `workspace:` and `catalog:` ranges,
 * publishConfig (fields, `directory`, and `name` from pnpm 12), the root's LICENSE, its refusals.
 * Returns each package directory's tarball and the package.json inside it.
 */
export async function packWithPnpm(packages: PnpmPackage[], project: Project, destination: string, options: PnpmOptions): Promise<Map<string, PnpmPacked>> {
  const members = new Set(project.packages.map((pkg) => pkg.dir));
  const inWorkspace = packages.filter((pkg) => members.has(pkg.dir));
  const alone = packages.filter((pkg) => !members.has(pkg.dir));
  const selectors = (list: PnpmPackage[]) => list.flatMap((pkg) => ['--filter', `./${relative(project.root, pkg.dir).split(sep).join('/')}`]);
  for (const script of BEFORE_PACK) {
    const defining = packages.filter((pkg) => typeof (pkg.manifest.scripts as Record<string, unknown> | undefined)?.[script] === 'string');
    const inside = defining.filter((pkg) => members.has(pkg.dir));
    if (inside.length) await pnpmOrFail(['-r', ...selectors(inside), 'run', script], project.root, options, `run ${script}`);
    for (const pkg of defining.filter((entry) => !members.has(entry.dir))) await pnpmOrFail(['run', script], pkg.dir, options, `run ${script}`);
  }
  const packArgs = ['pack', '--pack-destination', destination, '--json'];
  const entries: PackedEntry[] = [];
  if (inWorkspace.length) entries.push(...(await packOnce(['-r', ...selectors(inWorkspace), ...packArgs], project.root, options)));
  for (const pkg of alone) entries.push(...(await packOnce(packArgs, pkg.dir, options)));
  const packed = await Promise.all(
    entries.map(async (entry) => {
      const tarball = isAbsolute(entry.filename!) ? entry.filename! : join(destination, entry.filename!);
      return { tarball, manifest: await tarballManifest(tarball) };
    }),
  );
  return matchTarballs(packages, packed);
}

/** Each package's tarball, found by the name@version it may be published as (its own, publishConfig.name, or its publishConfig.directory's). */
async function matchTarballs(packages: PnpmPackage[], packed: PnpmPacked[]): Promise<Map<string, PnpmPacked>> {
  const byId = new Map(packed.map((entry) => [`${entry.manifest.name}@${entry.manifest.version}`, entry]));
  const result = new Map<string, PnpmPacked>();
  const claimed = new Map<PnpmPacked, string>();
  for (const pkg of packages) {
    const found = (await publishedIds(pkg)).map((id) => byId.get(id)).find(Boolean);
    if (!found) throw new ManifestError(pkg.dir, `pnpm pack made no tarball for ${pkg.manifest.name}@${pkg.manifest.version}`);
    const other = claimed.get(found);
    if (other)
      throw new ManifestError(
        pkg.dir,
        `pnpm packs it as ${found.manifest.name}@${found.manifest.version}, as it packs ${other}; expected one package per name`,
      );
    claimed.set(found, pkg.dir);
    result.set(pkg.dir, found);
  }
  return result;
}

/** The name@version pairs a package may be published as under pnpm's rules. */
async function publishedIds(pkg: PnpmPackage): Promise<string[]> {
  const { name, version, publishConfig } = pkg.manifest as { name?: unknown; version?: unknown; publishConfig?: { name?: unknown; directory?: unknown } };
  const ids = [`${name}@${version}`];
  if (typeof publishConfig?.name === 'string') ids.push(`${publishConfig.name}@${version}`);
  if (typeof publishConfig?.directory === 'string') {
    try {
      const inner = JSON.parse(await readFile(`${join(pkg.dir, publishConfig.directory)}${sep}package.json`, 'utf8')) as Manifest;
      ids.push(`${inner.name}@${inner.version}`);
    } catch {
      // pnpm needs it too, and said so when packing
    }
  }
  return ids;
}

async function packOnce(args: string[], cwd: string, options: PnpmOptions): Promise<PackedEntry[]> {
  const result = await pnpm(args, cwd, options, 'pack the packages of this pnpm repository');
  const output = readPackOutput(result.stdout);
  const printed = [output.scripts, result.stderr.trim()].filter(Boolean).join('\n');
  if (printed) options.logger.info(printed);
  if (result.exitCode !== 0 || !output.entries) throw new ManifestError(cwd, `pnpm ${args.join(' ')} failed: ${output.error ?? failureOf(result)}`);
  return output.entries.filter((entry) => typeof entry.filename === 'string');
}

async function pnpmOrFail(args: string[], cwd: string, options: PnpmOptions, what: string): Promise<void> {
  const result = await pnpm(args, cwd, options, what);
  const printed = `${result.stdout}${result.stderr}`.trim();
  if (printed) options.logger.info(printed);
  if (result.exitCode !== 0) throw new ManifestError(cwd, `pnpm ${args.join(' ')} failed: ${failureOf(result)}`);
}

/** Runs pnpm; a pnpm missing from PATH, or one that does not finish in time, is an error that says so. */
async function pnpm(args: string[], cwd: string, options: PnpmOptions, what: string): Promise<CommandResult> {
  try {
    return await runCommand('pnpm', args, { cwd, env: childEnv(options.env, {}), timeoutMs: options.timeoutMs, logger: options.logger });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ToolMissingError('pnpm', what, 'This is a pnpm repository: install pnpm before this step (pnpm/action-setup reads the packageManager field).');
    if (error instanceof CommandTimeoutError) throw new ManifestError(cwd, `pnpm ${args[0]} did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
    throw new ManifestError(cwd, `pnpm ${args.join(' ')} could not run: ${errorMessage(error)}`);
  }
}

/** The lines of a failed pnpm command worth showing. */
function failureOf(result: CommandResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines.filter((line) => /ERR_PNPM_|error/i.test(line));
  return (errors.length ? errors : lines).slice(-4).join(' / ') || `exit code ${result.exitCode}`;
}
