import { isDeepStrictEqual } from 'node:util';
import { relative } from 'node:path';
import { PrivateDependencyError, UnresolvedRangeError, type UnresolvedRange } from '../errors.js';
import type { Project } from './project.js';
import type { ManifestAs } from './packer.js';
import { DEPENDENCY_FIELDS, dependencyEntries, type Manifest } from './rules.js';

/** A package's manifest as its package manager would publish it. */
export interface PublishManifest {
  manifest: Manifest;
  /** Whether it differs from package.json as written (then it replaces package.json in the tarball and the upload). */
  rewritten: boolean;
  /** What changed, for the log: `dependencies["@a/b"]: workspace:^ -> ^1.2.0`, `main: ... -> ...`. */
  changes: string[];
  /** The tarball the package manager packed (pnpm, yarn, bun), whose package.json is `manifest`: uploaded as it is. */
  packed?: PackedTarball;
}

/** A tarball the package manager packed, and how that manager sends its manifest with the upload. */
export interface PackedTarball {
  path: string;
  manifestAs: ManifestAs;
}

/**
 * The publish manifest of a package of an npm repository: package.json as written (npm has no
 * workspace or catalog protocol and no publishConfig field overrides), checked.
 */
export function npmPublishManifest(manifest: Readonly<Manifest>, dir: string): PublishManifest {
  return checkedPublishManifest(manifest, structuredClone(manifest) as Manifest, dir, 'npm');
}

/**
 * The publish manifest `published` of the package in `dir` (package.json `source`), checked: a
 * range left that no installer could resolve throws UnresolvedRangeError.
 */
export function checkedPublishManifest(source: Readonly<Manifest>, published: Manifest, dir: string, manager: string, packed?: PackedTarball): PublishManifest {
  const unresolved = unresolvedRanges(published);
  if (unresolved.length) throw new UnresolvedRangeError(dir, String(source.name), manager, unresolved);
  const changes = describeChanges(source, published);
  return { manifest: published, rewritten: changes.length > 0, changes, ...(packed ? { packed } : {}) };
}

/**
 * Refuses a package that needs a private workspace package at install time (in dependencies,
 * optionalDependencies or peerDependencies, not bundled): that package is never published, so
 * the version could never be installed. pnpm 12 refuses to pack it; every manager is held to it.
 */
export function refusePrivateDependencies(manifest: Readonly<Manifest>, dir: string, project: Project): void {
  const privates = new Map(project.packages.filter((pkg) => pkg.private && pkg.name).map((pkg) => [pkg.name, pkg]));
  if (!privates.size) return;
  const raw = manifest.bundleDependencies ?? manifest.bundledDependencies;
  const bundled = (name: string) => raw === true || (Array.isArray(raw) && raw.includes(name));
  for (const [field, name] of dependencyEntries(manifest)) {
    const dependency = privates.get(name);
    if (field === 'devDependencies' || !dependency || dependency.dir === dir || bundled(name)) continue;
    throw new PrivateDependencyError(dir, String(manifest.name), field, name, relative(project.root, dependency.dir) || '.');
  }
}

/** Ranges of a publish manifest that an installer could not resolve from a registry. */
export function unresolvedRanges(manifest: Readonly<Manifest>): UnresolvedRange[] {
  const raw = manifest.bundleDependencies ?? manifest.bundledDependencies;
  const bundled = (name: string) => raw === true || (Array.isArray(raw) && raw.includes(name));
  return dependencyEntries(manifest)
    .filter(([, name, range]) => /^(workspace|catalog|link):/.test(range) || (range.startsWith('file:') && !bundled(name)))
    .map(([field, name, range]) => ({ field, name, range }));
}

const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** One line per changed dependency range and per other changed top-level field. */
function describeChanges(before: Readonly<Manifest>, after: Readonly<Manifest>): string[] {
  const changes: string[] = [];
  const fields = new Set<string>(DEPENDENCY_FIELDS);
  for (const field of fields) {
    const was = (before[field] ?? {}) as Record<string, unknown>;
    const now = (after[field] ?? {}) as Record<string, unknown>;
    for (const name of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (!isDeepStrictEqual(was[name], now[name])) changes.push(`${field}["${name}"]: ${show(was[name])} -> ${show(now[name])}`);
    }
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!fields.has(key) && !isDeepStrictEqual(before[key], after[key])) changes.push(`${key}: ${show(before[key])} -> ${show(after[key])}`);
  }
  return changes;
}
