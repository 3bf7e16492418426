import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import semver from 'semver';
import { InputError, ManifestError, PrereleaseTagError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { readGemManifest } from '../registries/gemspec.js';
import { readNpmManifest } from '../registries/npm.js';
import type { PackageTarget } from '../registries/types.js';
import { detectManager, readProject, type ManagerId, type Project } from '../workspace/project.js';
import { bunPacker } from '../workspace/bun.js';
import { majorOf, managerVersion, packWith, refuseAfterUploadScripts, type Packer } from '../workspace/packer.js';
import { pnpmPacker } from '../workspace/pnpm.js';
import { checkedPublishManifest, npmPublishManifest, refusePrivateDependencies, type PublishManifest } from '../workspace/publish-manifest.js';
import { dependencyNames } from '../workspace/rules.js';
import { yarnPacker } from '../workspace/yarn.js';

export interface DiscoverOptions {
  /** Relative paths and globs are resolved against this directory (the workspace). */
  root: string;
  /** Also publish every npm, pnpm or yarn workspace package of the repository at `root`. */
  workspaces: boolean;
  npmRegistry: string;
  rubygemsHost: string;
  /** Build each npm package's publish manifest (and check it); an audit needs names only. Default true. */
  publishManifests?: boolean;
  /** Environment for the `ruby` that reads gemspecs and the pnpm that packs (credentials stripped). */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Where a pnpm, yarn or bun repository's packages are packed, and how long the manager may take (default: a temporary directory, 10 minutes). */
  pack?: { dir: string; timeoutMs: number };
  /** The `tag` input: npm and bun refuse a prerelease without one (or publishConfig.tag). */
  npmTag?: string;
}

/**
 * Reads every package before anything is published; any problem fails the run. Each line of
 * `packages` is a path or a glob. A `.gem` file is pushed as it is; a directory with `*.gemspec`
 * files holds one gem per gemspec; any other directory is an npm package.
 */
export async function discoverTargets(lines: string[], options: DiscoverOptions): Promise<PackageTarget[]> {
  const project = await projectAt(options);
  const paths = await expandLines(lines, options, project);
  const targets: PackageTarget[] = [];
  const seen = new Map<string, string>();
  const found = await Promise.all(paths.map((path) => readTargets(path, options)));
  for (const [index, list] of found.entries()) {
    for (const target of list) {
      const key = `${target.registry}:${target.name}${target.platform && target.platform !== 'ruby' ? `-${target.platform}` : ''}`;
      const earlier = seen.get(key);
      if (earlier) throw new ManifestError(paths[index]!, `${key} is also found at ${earlier}; list each package once`);
      seen.set(key, paths[index]!);
      targets.push(target);
    }
  }
  if (options.publishManifests !== false) await addPublishManifests(targets, project, options);
  return targets;
}

/** The repository at `root`: its package manager and workspaces (unreadable workspaces fail only a run that publishes them). */
async function projectAt(options: DiscoverOptions): Promise<Project> {
  const root = resolve(options.root);
  try {
    return await readProject(root);
  } catch (error) {
    if (options.workspaces) throw new InputError('workspaces', `is true, but ${errorMessage(error)}`);
    options.logger.warning(`${errorMessage(error)}; workspace: ranges of the packages listed cannot be resolved`);
    const { manager, source } = await detectManager(root, {});
    return { root, manager, managerSource: source, rootManifest: {}, isMonorepo: false, packages: [] };
  }
}

/**
 * Builds every npm package's publish manifest as the repository's package manager builds it, and
 * checks it, before anything is published; its dependencies then order the run. pnpm, yarn 4 and
 * bun pack their repositories' packages themselves here, and their tarballs are uploaded as
 * packed; a package published under another name (pnpm's publishConfig.name, or its
 * publishConfig.directory's package.json) takes that name.
 */
async function addPublishManifests(targets: PackageTarget[], project: Project, options: DiscoverOptions): Promise<void> {
  const npm = targets.filter((target) => target.registry === 'npm' && !target.private && target.manifest);
  if (!npm.length) return;
  for (const target of npm) refusePrivateDependencies(target.manifest!, target.path, project);
  const built = await publishManifestsOf(npm, project, options);
  if (!options.npmTag && (project.manager === 'npm' || project.manager === 'bun')) refuseUntaggedPrereleases(npm, built, project.manager);
  for (const [index, result] of built.entries()) {
    const target = npm[index]!;
    const { name, version } = result.manifest;
    if (typeof name === 'string' && name) target.name = name;
    if (typeof version === 'string' && version) target.version = version;
    target.publishManifest = result;
    target.dependencies = dependencyNames(result.manifest);
    if (result.rewritten) options.logger.info(`${target.name}@${target.version} as ${project.manager} publishes it: ${result.changes.join('; ')}`);
  }
}

/** npm 11+ and bun refuse to publish a prerelease with neither `--tag` nor publishConfig.tag: so does the run, before any write. */
function refuseUntaggedPrereleases(npm: PackageTarget[], built: PublishManifest[], manager: string): void {
  for (const [index, { manifest }] of built.entries()) {
    const version = String(manifest.version);
    const tagged = typeof (manifest.publishConfig as { tag?: unknown } | undefined)?.tag === 'string';
    if (semver.prerelease(version) && !tagged) throw new PrereleaseTagError(npm[index]!.path, `${manifest.name}@${version}`, manager);
  }
}

const PACKERS: Record<Exclude<ManagerId, 'npm'>, Packer> = { pnpm: pnpmPacker, yarn: yarnPacker, bun: bunPacker };

/** The publish manifests of `npm` (in order): packed by pnpm, yarn 4 or bun; npm's (and yarn 1's, which publishes as npm does) as written. */
async function publishManifestsOf(npm: PackageTarget[], project: Project, options: DiscoverOptions): Promise<PublishManifest[]> {
  const asWritten = (why: string) => {
    options.logger.info(`npm packages are published as npm publishes them: package.json as written (${why})`);
    return npm.map((target) => npmPublishManifest(target.manifest!, target.path));
  };
  if (project.manager === 'npm') return asWritten(`package manager from ${project.managerSource}`);
  const packer = PACKERS[project.manager];
  const packages = npm.map((target) => ({ dir: target.path, manifest: target.manifest! }));
  refuseAfterUploadScripts(packer, packages);
  const packerOptions = { env: options.env, timeoutMs: options.pack?.timeoutMs ?? 600_000, logger: options.logger };
  const { version, why } = await managerVersion(packer.tool, project, packerOptions);
  if (packer.tool === 'yarn' && majorOf(version) === '1') return asWritten(`yarn ${version} has no workspace: protocol and publishes as npm does`);
  options.logger.info(
    `npm packages are packed by ${packer.tool} ${version}, as ${packer.tool} publishes them (${why}; package manager from ${project.managerSource})`,
  );
  const dir = options.pack?.dir ?? (await mkdtemp(join(tmpdir(), 'otp-publish-pack-')));
  const packed = await packWith(packer, packages, project, dir, packerOptions);
  const manifestAs = packer.manifestAs(version);
  return npm.map((target) => {
    const { manifest, tarball } = packed.get(target.path)!;
    return checkedPublishManifest(target.manifest!, manifest, target.path, `${packer.tool} ${version}`, { path: tarball, manifestAs });
  });
}

/** Absolute, de-duplicated paths: globs expanded (sorted), workspace packages added. */
async function expandLines(lines: string[], options: DiscoverOptions, project: Project): Promise<string[]> {
  const paths: string[] = [];
  for (const line of lines) {
    if (!isDynamicPattern(line)) {
      paths.push(resolve(options.root, line));
      continue;
    }
    const matches = await glob(line, { cwd: options.root, absolute: true, onlyFiles: false, expandDirectories: false });
    const usable = matches.map((match) => match.replace(/\/$/, '')).filter((match) => !match.split('/').includes('node_modules'));
    if (!usable.length) throw new InputError('packages', `the pattern '${line}' matches nothing under ${options.root}`);
    paths.push(...usable.sort());
  }
  if (options.workspaces) {
    const root = resolve(options.root);
    const workspacePaths = workspacePackages(project);
    // The monorepo root itself is not a package to publish (as with `npm publish --workspaces`).
    return unique([...paths.filter((path) => path !== root), ...workspacePaths]);
  }
  return unique(paths);
}

function workspacePackages(project: Project): string[] {
  if (!project.isMonorepo) {
    throw new InputError(
      'workspaces',
      `is true, but ${project.root} declares no workspaces; expected package.json "workspaces" (npm, yarn, bun) or pnpm-workspace.yaml (pnpm)`,
    );
  }
  return project.packages.map((pkg) => pkg.dir);
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}

async function readTargets(path: string, options: DiscoverOptions): Promise<PackageTarget[]> {
  const gem = { host: options.rubygemsHost, env: options.env, logger: options.logger };
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new ManifestError(path, 'does not exist; expected a package directory or a .gem file');
  if (info.isFile()) {
    if (path.endsWith('.gem')) return [await readGemManifest(path, gem)];
    throw new ManifestError(path, 'is a file; expected a package directory, a directory with a .gemspec, or a .gem file');
  }
  const gemspecs = (await readdir(path)).filter((name) => name.endsWith('.gemspec')).sort();
  if (gemspecs.length) return Promise.all(gemspecs.map((name) => readGemManifest(join(path, name), gem)));
  return [await readNpmManifest(path, options.npmRegistry)];
}
