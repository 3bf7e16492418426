import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import semver from 'semver';
import type { Project, WorkspacePackage } from './project.js';
import { catalogRange, catalogsOf, dependencyEntries, setRange, type Catalogs, type Manifest, type ManifestRules } from './rules.js';

/** The publishConfig fields yarn 4 copies over the manifest's own (plugin-pack and plugin-typescript). */
const PUBLISH_CONFIG_FIELDS = ['type', 'main', 'browser', 'module', 'exports', 'imports', 'bin', 'typings', 'types'];

/**
 * Yarn berry's publish manifest, as `yarn pack` and `yarn npm publish` build it (yarn 4's
 * `beforeWorkspacePacking` hooks): publishConfig's `main`, `module`, `exports`, `bin`, `types`
 * and the rest of its list copied over (publishConfig itself stays); `workspace:` ranges that
 * name a workspace become its version (`workspace:*` or the workspace's path), `^version` /
 * `~version` (`workspace:^` / `workspace:~`) or the range after the protocol; `catalog:` ranges
 * from `.yarnrc.yml`.
 */
export const yarnRules: ManifestRules = {
  id: 'yarn',
  async publishManifest(manifest, _dir, project) {
    const result = structuredClone(manifest) as Manifest;
    const publishConfig = result.publishConfig as Record<string, unknown> | undefined;
    if (publishConfig && typeof publishConfig === 'object') {
      for (const field of PUBLISH_CONFIG_FIELDS) if (publishConfig[field]) result[field] = publishConfig[field];
    }
    const catalogs = await yarnCatalogs(project.root);
    for (const [field, name, range] of dependencyEntries(manifest)) {
      if (range.startsWith('catalog:')) {
        const found = catalogRange(catalogs, name, range);
        if (found !== undefined) setRange(result, field, name, found.replace(/^npm:/, ''));
        continue;
      }
      if (!range.startsWith('workspace:')) continue;
      const selector = range.slice('workspace:'.length);
      const workspace = matchingWorkspace(project, name, selector);
      if (!workspace) continue; // yarn leaves it (or fails): the safety net names it
      const version = workspace.version || '0.0.0';
      const byPath = selector !== '' && workspaceAt(project, selector) === workspace;
      setRange(result, field, name, byPath || selector === '*' ? version : selector === '^' || selector === '~' ? `${selector}${version}` : selector);
    }
    return result;
  },
};

/** The workspace a `workspace:` selector names: by path from the project root, else by name when it accepts the selector. */
function matchingWorkspace(project: Project, name: string, selector: string): WorkspacePackage | undefined {
  const byPath = workspaceAt(project, selector);
  if (byPath) return byPath;
  const byName = project.packages.find((pkg) => pkg.name === name);
  if (!byName) return undefined;
  if (selector === '*' || selector === '^' || selector === '~') return byName;
  const range = semver.validRange(selector);
  return range && semver.satisfies(byName.version || '0.0.0', range) ? byName : undefined;
}

function workspaceAt(project: Project, selector: string): WorkspacePackage | undefined {
  if (!selector || selector === '*' || selector === '^' || selector === '~') return undefined;
  const target = resolve(project.root, selector);
  return project.packages.find((pkg) => pkg.dir === target && relative(project.root, pkg.dir) !== '');
}

/** yarn's `catalog` and `catalogs` settings from the root's .yarnrc.yml. */
async function yarnCatalogs(root: string): Promise<Catalogs> {
  let text: string;
  try {
    text = await readFile(`${root}${sep}.yarnrc.yml`, 'utf8');
  } catch {
    return {};
  }
  const { load } = await import('js-yaml');
  return catalogsOf(load(text));
}
