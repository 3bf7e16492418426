import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError, ManifestError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { readGemManifest } from '../registries/gemspec.js';
import { readNpmManifest } from '../registries/npm.js';
import type { PackageTarget } from '../registries/types.js';

export interface DiscoverOptions {
  /** Relative paths and globs are resolved against this directory (the workspace). */
  root: string;
  /** Also publish every npm, pnpm or yarn workspace package of the repository at `root`. */
  workspaces: boolean;
  npmRegistry: string;
  rubygemsHost: string;
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
  const paths = await expandLines(lines, options);
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
  return targets;
}

/** Absolute, de-duplicated paths: globs expanded (sorted), workspace packages added. */
async function expandLines(lines: string[], options: DiscoverOptions): Promise<string[]> {
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
    const workspacePaths = await workspacePackages(root);
    // The monorepo root itself is not a package to publish (as with `npm publish --workspaces`).
    return unique([...paths.filter((path) => path !== root), ...workspacePaths]);
  }
  return unique(paths);
}

async function workspacePackages(root: string): Promise<string[]> {
  let found;
  try {
    // Loaded only with `workspaces: true` (it carries YAML and JSON5 parsers).
    const { getPackages } = await import('@manypkg/get-packages');
    found = await getPackages(root);
  } catch (error) {
    throw new InputError('workspaces', `is true, but the workspaces of ${root} cannot be read: ${errorMessage(error)}`);
  }
  if (found.tool.type === 'root') {
    throw new InputError(
      'workspaces',
      `is true, but ${root} declares no workspaces; expected package.json "workspaces" with package-lock.json (npm) or yarn.lock (yarn), or pnpm-workspace.yaml`,
    );
  }
  if (relative(found.rootDir, root) !== '') {
    throw new InputError('workspaces', `is true, but ${root} is inside the monorepo at ${found.rootDir}; run from its root`);
  }
  return found.packages.map((pkg) => pkg.dir).sort();
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
