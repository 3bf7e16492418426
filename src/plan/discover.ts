import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError, ManifestError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { readGemManifest } from '../registries/gemspec.js';
import { readNpmManifest } from '../registries/npm.js';
import type { PackageTarget } from '../registries/types.js';
import { detectManager, readProject, type Project } from '../workspace/project.js';
import { buildPublishManifest } from '../workspace/publish-manifest.js';
import { dependencyNames } from '../workspace/rules.js';

export interface DiscoverOptions {
  /** Relative paths and globs are resolved against this directory (the workspace). */
  root: string;
  /** Also publish every npm, pnpm or yarn workspace package of the repository at `root`. */
  workspaces: boolean;
  npmRegistry: string;
  rubygemsHost: string;
  /** Build each npm package's publish manifest (and check it); an audit needs names only. Default true. */
  publishManifests?: boolean;
  /** Environment for the `ruby` that reads gemspecs. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
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
  if (options.publishManifests !== false) await addPublishManifests(targets, project, options.logger);
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
 * Builds every npm package's publish manifest with the rules of the repository's package manager
 * and checks it, before anything is published; its dependencies then order the run.
 */
async function addPublishManifests(targets: PackageTarget[], project: Project, logger: Logger): Promise<void> {
  const npm = targets.filter((target) => target.registry === 'npm' && !target.private && target.manifest);
  if (!npm.length) return;
  const built = await Promise.allSettled(npm.map((target) => buildPublishManifest(target.manifest!, target.path, project)));
  const failure = built.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  logger.info(`npm packages are published as ${project.manager} publishes them (package manager from ${project.managerSource})`);
  for (const [index, result] of built.entries()) {
    if (result.status !== 'fulfilled') continue;
    const target = npm[index]!;
    target.publishManifest = result.value;
    target.dependencies = dependencyNames(result.value.manifest);
    if (result.value.rewritten) logger.info(`${target.name}@${target.version} as ${project.manager} publishes it: ${result.value.changes.join('; ')}`);
  }
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
