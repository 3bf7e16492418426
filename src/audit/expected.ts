import { InputError } from '../errors.js';
import type { RegistryId } from '../registries/types.js';

export type ExpectedOwners = Partial<Record<RegistryId, string[]>>;

const REGISTRIES: readonly RegistryId[] = ['npm', 'rubygems'];

/** Reads the `owners` input: one line per registry, `npm: alice, bob` and `rubygems: carol`. */
export function parseExpectedOwners(lines: string[], input: string): ExpectedOwners {
  const expected: ExpectedOwners = {};
  for (const line of lines) {
    const match = /^([a-z]+)\s*:\s*(.*)$/i.exec(line);
    const registry = match?.[1]?.toLowerCase() as RegistryId | undefined;
    if (!match || !registry || !REGISTRIES.includes(registry)) {
      throw new InputError(input, `has the line '${line}'; expected 'npm: alice, bob' or 'rubygems: carol'`);
    }
    if (expected[registry]) throw new InputError(input, `lists ${registry} twice; put all its owners on one line`);
    const names = match[2]!
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (!names.length) throw new InputError(input, `has no owners after '${registry}:'`);
    expected[registry] = names;
  }
  return expected;
}

/** A package named directly in `packages` (`npm:NAME`, `rubygems:NAME`) rather than by path. */
export function parsePackageRef(line: string): { registry: RegistryId; name: string } | undefined {
  const match = /^(npm|rubygems):(\S+)$/.exec(line.trim());
  return match ? { registry: match[1] as RegistryId, name: match[2]! } : undefined;
}
