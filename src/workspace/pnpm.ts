import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Project } from './project.js';
import {
  WORKSPACE_VERSION,
  catalogRange,
  dependencyEntries,
  workspaceNamed,
  type Catalogs,
  type DependencyField,
  type Manifest,
  type ManifestRules,
} from './rules.js';

/** A peer range with a version of its own (`workspace:^1.0.0`): pnpm only drops the protocol. */
const PEER_WITH_VERSION = /workspace:([\^~*]|>=|>|<=|<)?((\d+|[xX*])(\.(\d+|[xX*])){0,2})/;

const catalogsByRoot = new Map<string, Promise<Catalogs>>();

/** pnpm's catalogs, read from pnpm-workspace.yaml with pnpm's own libraries, once per root. */
function pnpmCatalogs(root: string): Promise<Catalogs> {
  let catalogs = catalogsByRoot.get(root);
  if (!catalogs) {
    catalogs = (async () => {
      const [{ readWorkspaceManifest }, { getCatalogsFromWorkspaceManifest }] = await Promise.all([
        import('@pnpm/workspace.read-manifest'),
        import('@pnpm/catalogs.config'),
      ]);
      return getCatalogsFromWorkspaceManifest(await readWorkspaceManifest(root)) as Catalogs;
    })();
    catalogsByRoot.set(root, catalogs);
  }
  return catalogs;
}

/**
 * pnpm's publish manifest, from pnpm's own `@pnpm/exportable-manifest` (what `pnpm pack` and
 * `pnpm publish` use): workspace and catalog ranges resolved, publishConfig field overrides
 * applied, pnpm's settings and the lifecycle scripts pnpm runs itself removed. pnpm finds a
 * workspace dependency's version in node_modules; here a temporary node_modules links each one
 * to its workspace package, so no install is needed. A range pnpm could not resolve is held
 * back from pnpm and left as written.
 */
export const pnpmRules: ManifestRules = {
  id: 'pnpm',
  async publishManifest(manifest, dir, project) {
    const [{ createExportableManifest }, catalogs] = await Promise.all([import('@pnpm/exportable-manifest'), pnpmCatalogs(project.root)]);
    const input = structuredClone(manifest) as Manifest;
    const heldBack: Array<[DependencyField, string, string]> = [];
    const links: Array<[string, string]> = [];
    for (const [field, name, range] of dependencyEntries(manifest)) {
      const found = resolvable(field, name, range, dir, project, catalogs);
      if (found === false) {
        heldBack.push([field, name, range]);
        delete (input[field] as Record<string, string>)[name];
      } else if (typeof found === 'string') {
        links.push([name, found]);
      }
    }
    const modulesDir = await mkdtemp(join(tmpdir(), 'otp-publish-pnpm-'));
    try {
      for (const [name, target] of links) {
        const link = join(modulesDir, name);
        await mkdir(dirname(link), { recursive: true });
        await symlink(target, link, 'dir').catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
      }
      const result = (await createExportableManifest(dir, input as never, { catalogs: catalogs as never, modulesDir })) as Manifest;
      for (const [field, name, range] of heldBack) result[field] = { ...(result[field] as object | undefined), [name]: range };
      return result;
    } finally {
      await rm(modulesDir, { recursive: true, force: true });
    }
  },
};

/**
 * Whether pnpm can resolve `range`: false when it cannot, the directory to link in node_modules
 * when pnpm looks the version up there, true otherwise.
 */
function resolvable(field: DependencyField, name: string, range: string, dir: string, project: Project, catalogs: Catalogs): boolean | string {
  if (range.startsWith('catalog:')) return catalogRange(catalogs, name, range) !== undefined;
  if (!range.startsWith('workspace:')) return true;
  if (field === 'peerDependencies') {
    // A peer with a version of its own only loses the protocol; otherwise pnpm looks up its own name.
    if (PEER_WITH_VERSION.exec(range)?.[2]) return true;
    const peer = workspaceNamed(project, name);
    return peer ? peer.dir : false;
  }
  if (range.startsWith('workspace:./') || range.startsWith('workspace:../')) {
    const target = resolve(dir, range.slice('workspace:'.length));
    return project.packages.some((pkg) => pkg.dir === target);
  }
  const parts = WORKSPACE_VERSION.exec(range);
  if (!parts) return true; // workspace:<range>: pnpm drops the protocol
  const target = workspaceNamed(project, parts[1] ?? name);
  return target ? target.dir : false;
}
