import { WORKSPACE_VERSION, catalogRange, catalogsOf, dependencyEntries, setRange, workspaceNamed, type Manifest, type ManifestRules } from './rules.js';

/**
 * Bun's publish manifest, as `bun pm pack` and `bun publish` build it: `workspace:` ranges to the
 * workspace's version (`*`), `^version`, `~version`, an alias `npm:<name>@<version>`, or the range
 * after the protocol; `catalog:` ranges from the root package.json (`catalog`/`catalogs`, at the
 * top level or inside `workspaces`). Bun applies no publishConfig field overrides.
 */
export const bunRules: ManifestRules = {
  id: 'bun',
  async publishManifest(manifest, _dir, project) {
    const result = structuredClone(manifest) as Manifest;
    const catalogs = { ...catalogsOf(project.rootManifest), ...catalogsOf(project.rootManifest.workspaces) };
    for (const [field, name, range] of dependencyEntries(manifest)) {
      const fromCatalog = catalogRange(catalogs, name, range);
      if (fromCatalog !== undefined) {
        setRange(result, field, name, fromCatalog);
        continue;
      }
      if (!range.startsWith('workspace:')) continue;
      const parts = WORKSPACE_VERSION.exec(range);
      if (!parts) {
        setRange(result, field, name, range.slice('workspace:'.length));
        continue;
      }
      const target = workspaceNamed(project, parts[1] ?? name);
      if (!target) continue;
      const token = parts[2] === '^' || parts[2] === '~' ? parts[2] : '';
      setRange(result, field, name, target.name === name ? `${token}${target.version}` : `npm:${target.name}@${token}${target.version}`);
    }
    return result;
  },
};
