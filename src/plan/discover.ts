import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ManifestError } from '../errors.js';
import { readNpmManifest } from '../registries/npm.js';
import type { PackageTarget } from '../registries/types.js';

export interface DiscoverOptions {
  /** Relative paths are resolved against this directory (the workspace). */
  root: string;
  npmRegistry: string;
}

/** Reads every package named in `packages` before anything is published; any problem fails the run. */
export async function discoverTargets(paths: string[], options: DiscoverOptions): Promise<PackageTarget[]> {
  const targets: PackageTarget[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    const target = await readTarget(resolve(options.root, path), options);
    const key = `${target.registry}:${target.name}@${target.version}`;
    const earlier = seen.get(key);
    if (earlier) throw new ManifestError(path, `${key} is also listed as ${earlier}; list each package once`);
    seen.set(key, path);
    targets.push(target);
  }
  return targets;
}

async function readTarget(path: string, options: DiscoverOptions): Promise<PackageTarget> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new ManifestError(path, 'does not exist; expected a package directory');
  if (!info.isDirectory()) throw new ManifestError(path, 'is a file; expected a directory holding package.json');
  return readNpmManifest(path, options.npmRegistry);
}
