// Plans for owners, deprecations and access: from what the registry has, the changes that make it
// what the inputs ask, the ones already in place left out; a change that must not be made is a
// refusal (ChangeRefusedError) before any write.
import semver from 'semver';
import { ChangeRefusedError, InputError } from '../errors.js';
import type { MfaSetting } from '../registries/npm-admin.js';
import type { RegistryId, SettingChange } from '../registries/types.js';

export interface OwnerPlanInput {
  registry: RegistryId;
  /** The package's owners now (npm: maintainers; RubyGems: confirmed owners). */
  current: string[];
  /** The `owners` input's line for the registry. */
  expected: string[];
  /** `remove-owners: true`. */
  allowRemoval: boolean;
  /**
   * The accounts that are, or may be, the job's token's (npm says whose a token is; RubyGems only
   * lets the action rule accounts out); removing one is refused. Undefined: the registry cannot tell
   * at all, and so nothing is removed.
   */
  self: string[] | undefined;
  /** Expected owners the registry has no account for. */
  unknown: ReadonlySet<string>;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Adds the missing owners (on RubyGems an invitation, which the person confirms), then, only with
 * `allowRemoval`, removes the unexpected ones. Adds come first so that no removal can leave the
 * package without an owner; the account of the job's token is never removed.
 */
export function planOwners(name: string, input: OwnerPlanInput): SettingChange[] {
  const { registry, current, expected, allowRemoval, self, unknown } = input;
  const missing = expected.filter((user) => !current.some((owner) => same(owner, user)));
  const unknownMissing = missing.filter((user) => unknown.has(user));
  if (unknownMissing.length) throw new ChangeRefusedError(name, `cannot get ${unknownMissing.join(', ')} as owner(s): ${registry} has no such account`);
  const added = registry === 'rubygems' ? 'invited' : 'owner';
  const changes: SettingChange[] = missing.map((user) => ({ kind: 'owner', subject: user, before: undefined, after: added }));
  if (!allowRemoval) return changes;
  const unexpected = current.filter((owner) => !expected.some((user) => same(owner, user)));
  if (unexpected.length && self === undefined) {
    throw new ChangeRefusedError(name, `would lose ${unexpected.join(', ')}, and ${registry} cannot tell whether the job's token is theirs; remove by hand`);
  }
  const mine = unexpected.filter((owner) => self?.some((account) => same(owner, account)));
  if (mine.length) {
    throw new ChangeRefusedError(
      name,
      `would lose ${mine.join(', ')}, ${registry === 'npm' ? 'the account of' : 'which RubyGems cannot tell from the account of'} the job's token, as owner; list it in owners, or remove it by hand`,
    );
  }
  const remaining = current.length - unexpected.length + (registry === 'npm' ? missing.length : 0);
  if (unexpected.length && remaining < 1) throw new ChangeRefusedError(name, 'would be left without an owner');
  return [...changes, ...unexpected.map((owner): SettingChange => ({ kind: 'owner', subject: owner, before: 'owner', after: undefined }))];
}

export interface DeprecationRequest {
  range: string;
  /** undefined: un-deprecate. */
  message: string | undefined;
}

/** Reads the `deprecate` input (`<range>: <message>` per line) and the `undeprecate` input (a range per line). */
export function parseDeprecations(deprecate: string[], undeprecate: string[]): DeprecationRequest[] {
  const requests: DeprecationRequest[] = [];
  for (const line of deprecate) {
    const at = line.indexOf(':');
    const range = at < 0 ? '' : line.slice(0, at).trim();
    const message = at < 0 ? '' : line.slice(at + 1).trim();
    if (!range || !message) throw new InputError('deprecate', `has the line '${line}'; expected '<version range>: <message>', e.g. '<2.0.0: use 2.x'`);
    requests.push({ range: checkRange(range, 'deprecate'), message });
  }
  for (const range of undeprecate) requests.push({ range: checkRange(range, 'undeprecate'), message: undefined });
  const ranges = requests.map((request) => request.range);
  const twice = ranges.find((range, index) => ranges.indexOf(range) !== index);
  if (twice) throw new InputError('deprecate', `names the range '${twice}' twice (with undeprecate)`);
  return requests;
}

function checkRange(range: string, input: string): string {
  if (semver.validRange(range) === null) throw new InputError(input, `has '${range}', which is not a version range`);
  return range;
}

/**
 * One change per range: every version in it (prereleases too, as npm matches them) gets the
 * message. `deprecations`: each published version's message (undefined: not deprecated). A range
 * that matches no published version is refused.
 */
export function planDeprecations(name: string, deprecations: ReadonlyMap<string, string | undefined>, requests: DeprecationRequest[]): SettingChange[] {
  return requests.flatMap(({ range, message }) => {
    const versions = [...deprecations.keys()].filter((version) => semver.satisfies(version, range, { includePrerelease: true }));
    if (!versions.length) throw new ChangeRefusedError(name, `has no published version in '${range}'`);
    const now = new Set(versions.map((version) => deprecations.get(version)));
    if (now.size === 1 && now.has(message)) return [];
    const before = now.size > 1 ? '(mixed)' : [...now][0];
    return [{ kind: 'deprecate', subject: range, before, after: message }];
  });
}

export interface AccessRequest {
  status?: 'public' | 'private';
  mfa?: MfaSetting;
}

/**
 * The package's status (only a scoped package can be private) and its 2FA setting. npm offers no
 * read of the 2FA setting, so that change is always planned (the write sets the same value again).
 */
export function planAccess(name: string, visible: boolean, request: AccessRequest): SettingChange[] {
  const changes: SettingChange[] = [];
  const now = visible ? 'public' : 'private';
  if (request.status === 'private' && !name.startsWith('@')) throw new ChangeRefusedError(name, 'is unscoped, and npm keeps unscoped packages public');
  if (request.status && request.status !== now) changes.push({ kind: 'access', subject: 'status', before: now, after: request.status });
  if (request.mfa) changes.push({ kind: 'access', subject: 'mfa', before: undefined, after: request.mfa });
  return changes;
}
