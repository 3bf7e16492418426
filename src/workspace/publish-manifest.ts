import { isDeepStrictEqual } from 'node:util';
import { UnresolvedRangeError, type UnresolvedRange } from '../errors.js';
import type { Project } from './project.js';
import { DEPENDENCY_FIELDS, dependencyEntries, rulesFor, type Manifest } from './rules.js';

/** A package's manifest as its package manager would publish it. */
export interface PublishManifest {
  manifest: Manifest;
  /** Whether it differs from package.json as written (then it replaces package.json in the tarball and the upload). */
  rewritten: boolean;
  /** What changed, for the log: `dependencies["@a/b"]: workspace:^ -> ^1.2.0`, `main: ... -> ...`. */
  changes: string[];
}

/**
 * Builds the publish manifest of the package in `dir` with the rules of the project's package
 * manager, then checks it: a range left that no installer could resolve throws
 * UnresolvedRangeError (the whole run stops before anything is published).
 */
export async function buildPublishManifest(manifest: Readonly<Manifest>, dir: string, project: Project): Promise<PublishManifest> {
  const rules = await rulesFor(project.manager);
  const published = await rules.publishManifest(manifest, dir, project);
  const unresolved = unresolvedRanges(published);
  if (unresolved.length) throw new UnresolvedRangeError(dir, String(manifest.name), project.manager, unresolved);
  const changes = describeChanges(manifest, published);
  return { manifest: published, rewritten: changes.length > 0, changes };
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
