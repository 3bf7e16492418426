/** A package.json, as read. */
export type Manifest = Record<string, unknown>;

/** The dependency fields whose ranges a package manager may rewrite at publish time. */
export const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** The dependency fields of `manifest` that are objects, with their entries whose range is a string. */
export function dependencyEntries(manifest: Readonly<Manifest>): Array<[DependencyField, string, string]> {
  return DEPENDENCY_FIELDS.flatMap((field) => {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object') return [];
    return Object.entries(deps as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, range]) => [field, name, range] as [DependencyField, string, string]);
  });
}

/** Names a manifest needs at install time (dependencies, optional and peer), aliases (`npm:<name>@<range>`) by the name they install. */
export function dependencyNames(manifest: Readonly<Manifest>): string[] {
  const names = dependencyEntries(manifest)
    .filter(([field]) => field !== 'devDependencies')
    .flatMap(([, name, range]) => {
      const alias = /^npm:((?:@[^/@]+\/)?[^@]+)@/.exec(range);
      return alias ? [name, alias[1]!] : [name];
    });
  return [...new Set(names)];
}
