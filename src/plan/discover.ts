import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ManifestError } from '../errors.js';
import type { Logger } from '../logger.js';
import { readGemManifest } from '../registries/gemspec.js';
import { readNpmManifest } from '../registries/npm.js';
import type { PackageTarget } from '../registries/types.js';

export interface DiscoverOptions {
  /** Relative paths are resolved against this directory (the workspace). */
  root: string;
  npmRegistry: string;
  rubygemsHost: string;
  /** Environment for the `ruby` that reads gemspecs. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

/**
 * Reads every package named in `packages` before anything is published; any problem fails the run.
 * A `.gem` file is pushed as it is; a directory with `*.gemspec` files holds one gem per gemspec;
 * any other directory is an npm package.
 */
export async function discoverTargets(paths: string[], options: DiscoverOptions): Promise<PackageTarget[]> {
  const targets: PackageTarget[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    for (const target of await readTargets(resolve(options.root, path), options)) {
      const key = `${target.registry}:${target.name}@${target.version}${target.platform && target.platform !== 'ruby' ? `-${target.platform}` : ''}`;
      const earlier = seen.get(key);
      if (earlier) throw new ManifestError(path, `${key} is also listed as ${earlier}; list each package once`);
      seen.set(key, path);
      targets.push(target);
    }
  }
  return targets;
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
