import type { ManagerId, Project, WorkspacePackage } from './project.js';

export type Manifest = Record<string, unknown>;

/** `workspace:`, `workspace:*`, `workspace:^`, `workspace:~` and the alias form `workspace:<name>@<token>`: the version comes from the workspace package. */
export const WORKSPACE_VERSION = /^workspace:(?:(.+)@)?([\^~*])?$/;

/** The dependency fields whose ranges a package manager rewrites at publish time. */
export const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** The package managers whose publish rules are followed in this process; pnpm packs for itself (see pnpm.ts). */
export type RuleManager = Exclude<ManagerId, 'pnpm'>;

/**
 * One package manager's publish-time manifest rules: what `npm publish`, `yarn npm publish` or
 * `bun publish` would put in the tarball's package.json and send with the upload. A range the
 * manager cannot resolve is left as written, for the safety net to name.
 */
export interface ManifestRules {
  readonly id: RuleManager;
  publishManifest(manifest: Readonly<Manifest>, dir: string, project: Project): Promise<Manifest>;
}

/** npm has no workspace or catalog protocol and applies no publishConfig field overrides. */
const npmRules: ManifestRules = {
  id: 'npm',
  publishManifest: async (manifest) => structuredClone(manifest) as Manifest,
};

/** The rules of `manager`, loaded on first use. */
export async function rulesFor(manager: RuleManager): Promise<ManifestRules> {
  switch (manager) {
    case 'npm':
      return npmRules;
    case 'yarn':
      return (await import('./yarn.js')).yarnRules;
    case 'bun':
      return (await import('./bun.js')).bunRules;
  }
}

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

/** Sets `manifest[field][name] = range`. */
export function setRange(manifest: Manifest, field: DependencyField, name: string, range: string): void {
  (manifest[field] as Record<string, string>)[name] = range;
}

export function workspaceNamed(project: Project, name: string): WorkspacePackage | undefined {
  return project.packages.find((pkg) => pkg.name === name);
}

/** A catalog: dependency name -> range. `catalogs` maps catalog names ('default' for `catalog:`) to catalogs. */
export type Catalogs = Record<string, Record<string, string> | undefined>;

/** `catalog:` and `catalog:<name>` -> the range in that catalog; undefined for other ranges and for entries that are not there. */
export function catalogRange(catalogs: Catalogs, name: string, range: string): string | undefined {
  if (!range.startsWith('catalog:')) return undefined;
  const catalog = range.slice('catalog:'.length).trim() || 'default';
  return catalogs[catalog]?.[name];
}

/** Reads `catalog` (the default) and `catalogs` (named) from an object, as pnpm, yarn and bun lay them out. */
export function catalogsOf(source: unknown): Catalogs {
  const { catalog, catalogs } = (source ?? {}) as { catalog?: unknown; catalogs?: unknown };
  const result: Catalogs = {};
  // The default catalog comes last: it wins over a named catalog called "default".
  for (const [name, value] of [...(isObject(catalogs) ? Object.entries(catalogs) : []), ['default', catalog] as const]) {
    if (isObject(value)) result[name] = Object.fromEntries(Object.entries(value).filter(([, range]) => typeof range === 'string')) as Record<string, string>;
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
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
