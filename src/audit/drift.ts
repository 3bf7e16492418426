import type { RegistryId } from '../registries/types.js';

/** What a registry says about who controls a package. */
export interface Ownership {
  registry: RegistryId;
  name: string;
  /** npm maintainers / RubyGems owner handles. */
  owners: string[];
  /** npm: the account that published the latest version. */
  latestPublisher?: { version: string; name: string };
  /** RubyGems: the `rubygems_mfa_required` metadata of the latest version. */
  mfaRequired?: string;
}

export type Problem = 'missing-owner' | 'unexpected-owner' | 'unexpected-publisher' | 'mfa-not-required' | 'not-found' | 'unreadable';

export interface Drift {
  registry: RegistryId;
  name: string;
  problem: Problem;
  detail: string;
}

/** Compares what the registry says with the expected owners of that registry. */
export function findDrift(ownership: Ownership, expected: string[]): Drift[] {
  const { registry, name } = ownership;
  const drift = (problem: Problem, detail: string): Drift => ({ registry, name, problem, detail });
  const found: Drift[] = [];
  const wanted = new Set(expected.map(fold));
  const actual = new Set(ownership.owners.map(fold));
  for (const owner of expected) if (!actual.has(fold(owner))) found.push(drift('missing-owner', `${owner} is expected but is not an owner`));
  for (const owner of ownership.owners) if (!wanted.has(fold(owner))) found.push(drift('unexpected-owner', `${owner} is an owner but is not expected`));
  const publisher = ownership.latestPublisher;
  if (publisher && !wanted.has(fold(publisher.name))) {
    found.push(drift('unexpected-publisher', `${publisher.version} (latest) was published by ${publisher.name}, who is not expected`));
  }
  if (registry === 'rubygems' && ownership.mfaRequired !== 'true') {
    found.push(
      drift('mfa-not-required', `rubygems_mfa_required is ${ownership.mfaRequired === undefined ? 'not set' : `"${ownership.mfaRequired}"`}; expected "true"`),
    );
  }
  return found;
}

/** npm and RubyGems account names are case-insensitive. */
function fold(name: string): string {
  return name.toLowerCase();
}
