import { TagMismatchError } from '../errors.js';
import type { PackageTarget } from '../registries/types.js';

export interface TagSelection {
  /** Packages the tag leaves out (a `name@X.Y.Z` tag selects one package): skipped with `reason`. */
  notSelected: Set<PackageTarget>;
  reason: string;
}

/**
 * Compares the versions to publish with the release tag of the run (`GITHUB_REF=refs/tags/...`).
 * `vX.Y.Z` or `X.Y.Z`: every package to publish must be at that version. `name@X.Y.Z`: selects
 * that package, which must be at that version; the others are left out. Anything else, or a
 * mismatch, throws TagMismatchError before anything is published. Private packages are ignored.
 */
export function checkReleaseTag(ref: string | undefined, targets: PackageTarget[]): TagSelection {
  const none: TagSelection = { notSelected: new Set(), reason: '' };
  if (!ref?.startsWith('refs/tags/')) return none;
  const tag = ref.slice('refs/tags/'.length);
  const publishable = targets.filter((target) => !target.private);
  const named = /^(.+)@v?(\d+\.\d+\.\d+(?:[-+].*)?)$/.exec(tag);
  if (named) {
    const [, name, version] = named as unknown as [string, string, string];
    const selected = publishable.filter((target) => target.name === name);
    if (!selected.length) throw new TagMismatchError(tag, `names package '${name}', which is not among the packages to publish`);
    const wrong = selected.filter((target) => target.version !== version);
    if (wrong.length) throw new TagMismatchError(tag, `asks for ${name}@${version} but the package is at ${wrong[0]!.version}`);
    return { notSelected: new Set(publishable.filter((target) => target.name !== name)), reason: `not selected by release tag ${tag}` };
  }
  const plain = /^v?(\d+\.\d+\.\d+(?:[-+].*)?)$/.exec(tag);
  if (!plain) throw new TagMismatchError(tag, 'is not a version (expected vX.Y.Z, X.Y.Z or name@X.Y.Z)');
  const version = plain[1]!;
  const wrong = publishable.filter((target) => target.version !== version);
  if (wrong.length) {
    const list = wrong.map((target) => `${target.name}@${target.version}`).join(', ');
    throw new TagMismatchError(tag, `is version ${version} but these packages are not: ${list} (tag one package of a monorepo as name@X.Y.Z)`);
  }
  return none;
}
