import { childEnv } from '../credentials/child-env.js';
import { CommandTimeoutError, ManifestError, PackageManagerMismatchError, ToolMissingError, UnsupportedRuleError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { type CommandResult, runCommand } from '../process.js';
import { tarballManifest } from '../registries/npm-tarball.js';
import type { Project } from './project.js';
import type { Manifest } from './rules.js';

/** A package to pack: its directory and package.json as written. */
export interface PackageToPack {
  dir: string;
  manifest: Readonly<Manifest>;
}

/** What the package manager packed for a package: the tarball, and the package.json inside it. */
export interface PackedPackage {
  tarball: string;
  manifest: Manifest;
}

export interface PackerOptions {
  /** Environment the package manager runs with (credentials are stripped: packing needs none). */
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  logger: Logger;
}

/**
 * How the package manager sends a packed tarball's manifest with the upload: as packed (pnpm 11+),
 * as packed with the checkout's commit as `gitHead` (yarn 4), as `npm publish <tarball>` sends it
 * (pnpm 10 publishes through npm, which fills in readme fields), or as bun sends it (with the
 * tarball's `integrity` and `shasum`, and `readmeFilename`).
 */
export type ManifestAs = 'packed' | 'yarn' | 'npm-tarball' | 'bun';

/** One package manager that packs for itself: its commands, and the scripts its publish runs around the pack. */
export interface Packer {
  readonly tool: 'pnpm' | 'yarn' | 'bun';
  /** Scripts its publish runs before it packs, which its pack command does not: they run first. */
  readonly beforePack: readonly string[];
  /** Scripts its publish runs after the upload, which the action cannot follow: refused. */
  readonly afterUpload: readonly string[];
  manifestAs(version: string): ManifestAs;
  /** Runs `script` in each of `packages` (all define it). */
  runScript(script: string, packages: PackageToPack[], project: Project, options: PackerOptions): Promise<void>;
  /** Packs `packages` into `destination`: each directory's tarball. */
  pack(packages: PackageToPack[], project: Project, destination: string, options: PackerOptions): Promise<Map<string, string>>;
}

/** The packages inside the workspace (packed by one command in its root) and the others (each in its own directory). */
export function byWorkspace(packages: PackageToPack[], project: Project): { inside: PackageToPack[]; alone: PackageToPack[] } {
  const members = new Set(project.packages.map((pkg) => pkg.dir));
  return { inside: packages.filter((pkg) => members.has(pkg.dir)), alone: packages.filter((pkg) => !members.has(pkg.dir)) };
}

/** A package's script `name`, when it defines one. */
export function definesScript(pkg: PackageToPack, name: string): boolean {
  return typeof (pkg.manifest.scripts as Record<string, unknown> | undefined)?.[name] === 'string';
}

/** Refuses, before anything runs, a package with a script that the manager's publish runs after the upload. */
export function refuseAfterUploadScripts(packer: Packer, packages: PackageToPack[]): void {
  for (const pkg of packages) {
    const script = packer.afterUpload.find((name) => definesScript(pkg, name));
    if (script)
      throw new UnsupportedRuleError(
        pkg.dir,
        String(pkg.manifest.name),
        `scripts.${script}`,
        `${packer.tool} publish runs it after the upload, but otp-publish uploads the tarball ${packer.tool} packs and runs no script after it; run it as a later step of the job instead`,
      );
  }
}

/**
 * The version of the manager on PATH, as it answers in the repository's root, checked against the
 * root's `packageManager` pin: another major version publishes by other rules, and fails the run.
 * Returns the version and why it is the one used, for the log.
 */
export async function managerVersion(tool: Packer['tool'], project: Project, options: PackerOptions): Promise<{ version: string; why: string }> {
  const result = await runPacker(tool, ['--version'], project.root, options, `find the version of ${tool}`);
  const version = /\d+\.\d+\.\d+\S*/.exec(result.stdout)?.[0];
  if (result.exitCode !== 0 || !version) throw new ManifestError(project.root, `'${tool} --version' failed: ${failureOf(result)}`);
  const field = project.rootManifest.packageManager;
  const pinned = typeof field === 'string' ? new RegExp(`^${tool}@(\\d+)\\.[^+]*`).exec(field) : null;
  if (pinned && pinned[1] !== majorOf(version)) throw new PackageManagerMismatchError(pinned[0], `${tool}@${version}`);
  return { version, why: pinned ? `packageManager pins ${pinned[0]}` : `the ${tool} on PATH; no packageManager field pins one` };
}

export function majorOf(version: string): string {
  return version.split('.')[0]!;
}

/**
 * Packs with `packer`, as its publish packs: the scripts it runs before packing first, then its
 * pack command. Returns each package directory's tarball and the package.json inside it.
 */
export async function packWith(
  packer: Packer,
  packages: PackageToPack[],
  project: Project,
  destination: string,
  options: PackerOptions,
): Promise<Map<string, PackedPackage>> {
  for (const script of packer.beforePack) {
    const defining = packages.filter((pkg) => definesScript(pkg, script));
    if (defining.length) await packer.runScript(script, defining, project, options);
  }
  const tarballs = await packer.pack(packages, project, destination, options);
  const packed = new Map<string, PackedPackage>();
  for (const pkg of packages) {
    const tarball = tarballs.get(pkg.dir);
    if (!tarball) throw new ManifestError(pkg.dir, `${packer.tool} made no tarball for ${pkg.manifest.name}@${pkg.manifest.version}`);
    packed.set(pkg.dir, { tarball, manifest: await tarballManifest(tarball) });
  }
  return packed;
}

/** Runs the package manager; one missing from PATH, or one that does not finish in time, is an error that says so. */
export async function runPacker(tool: Packer['tool'], args: string[], cwd: string, options: PackerOptions, what: string): Promise<CommandResult> {
  try {
    return await runCommand(tool, args, { cwd, env: childEnv(options.env, {}), timeoutMs: options.timeoutMs, logger: options.logger });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ToolMissingError(tool, what, `This is a ${tool} repository: install ${tool} before this step (as the workflow's install step does).`);
    if (error instanceof CommandTimeoutError)
      throw new ManifestError(cwd, `${tool} ${args[0]} did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
    throw new ManifestError(cwd, `${tool} ${args.join(' ')} could not run: ${errorMessage(error)}`);
  }
}

/** Runs the package manager, logs what it printed, and fails with its error lines on a non-zero exit. */
export async function runPackerOrFail(tool: Packer['tool'], args: string[], cwd: string, options: PackerOptions, what: string): Promise<CommandResult> {
  const result = await runPacker(tool, args, cwd, options, what);
  const printed = `${result.stdout}${result.stderr}`.trim();
  if (printed) options.logger.info(printed);
  if (result.exitCode !== 0) throw new ManifestError(cwd, `${tool} ${args.join(' ')} failed: ${failureOf(result)}`);
  return result;
}

/** The lines of a failed command worth showing. */
export function failureOf(result: CommandResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines.filter((line) => /ERR_PNPM_|YN\d{4}|error/i.test(line) && !/YN0000/.test(line));
  return (errors.length ? errors : lines).slice(-4).join(' / ') || `exit code ${result.exitCode}`;
}
