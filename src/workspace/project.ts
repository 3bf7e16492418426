import { access, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { WorkspaceReadError, errorMessage } from '../errors.js';

export type ManagerId = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface WorkspacePackage {
  name: string;
  version: string;
  /** Absolute directory. */
  dir: string;
  /** Marked `"private": true`: never published. */
  private: boolean;
}

/** The repository a run publishes from: which package manager owns it, and its workspace packages. */
export interface Project {
  root: string;
  manager: ManagerId;
  /** Why that manager: `packageManager field`, a lockfile's name, or `no lockfile (npm)`. */
  managerSource: string;
  /** The root package.json (an empty object when there is none). */
  rootManifest: Record<string, unknown>;
  /** Whether the root declares workspaces (package.json `workspaces` or pnpm-workspace.yaml). */
  isMonorepo: boolean;
  /** Every workspace package, sorted by directory; empty outside a monorepo. */
  packages: WorkspacePackage[];
}

const MANAGERS: readonly ManagerId[] = ['npm', 'pnpm', 'yarn', 'bun'];

/** Lockfiles and manager config files, in the order they are looked for. */
const MARKERS: ReadonlyArray<[string, ManagerId]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['pnpm-workspace.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['.yarnrc.yml', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * The owning package manager of `root`: the `packageManager` field when present, else the
 * lockfile (or pnpm-workspace.yaml, .yarnrc.yml), else npm.
 */
export async function detectManager(root: string, rootManifest: Record<string, unknown>): Promise<{ manager: ManagerId; source: string }> {
  const field = rootManifest.packageManager;
  if (typeof field === 'string') {
    const name = field.split('@')[0] as ManagerId;
    if (MANAGERS.includes(name)) return { manager: name, source: `packageManager field (${field.split('+')[0]})` };
  }
  for (const [file, manager] of MARKERS) {
    // A template string, not path.join: the bundler would otherwise try to copy the files it names.
    if (await exists(`${root}${sep}${file}`)) return { manager, source: file };
  }
  return { manager: 'npm', source: 'no lockfile (npm)' };
}

/**
 * Reads `root`'s package.json, manager and workspace packages; a root without workspaces is a
 * project with no packages. Throws WorkspaceReadError when declared workspaces cannot be read.
 */
export async function readProject(rootDir: string): Promise<Project> {
  const root = resolve(rootDir);
  const rootManifest = await readJsonObject(`${root}${sep}package.json`);
  const { manager, source } = await detectManager(root, rootManifest);
  const declares = rootManifest.workspaces !== undefined || (await exists(`${root}${sep}pnpm-workspace.yaml`));
  const project: Project = { root, manager, managerSource: source, rootManifest, isMonorepo: declares, packages: [] };
  if (!declares) return project;
  const dirs = await workspaceDirs(root, rootManifest);
  project.packages = await Promise.all(
    dirs.map(async (dir) => {
      const manifest = await readJsonObject(`${dir}${sep}package.json`);
      return { name: String(manifest.name ?? ''), version: String(manifest.version ?? ''), dir, private: manifest.private === true };
    }),
  );
  return project;
}

/**
 * Workspace directories, sorted: @manypkg/get-packages first (pnpm-workspace.yaml, and package.json
 * `workspaces` with a lockfile), npm's own @npmcli/map-workspaces for package.json `workspaces`
 * where manypkg gives up (no lockfile, or one it does not know).
 */
async function workspaceDirs(root: string, rootManifest: Record<string, unknown>): Promise<string[]> {
  let viaManypkg: string[] | undefined;
  let manypkgError: unknown;
  try {
    // Loaded only for monorepos (it carries YAML and JSON5 parsers).
    const { getPackages } = await import('@manypkg/get-packages');
    const found = await getPackages(root);
    if (found.tool.type !== 'root') {
      if (relative(found.rootDir, root) !== '') throw new WorkspaceReadError(`${root} is inside the monorepo at ${found.rootDir}; run from its root`);
      viaManypkg = found.packages.map((pkg) => pkg.dir);
    }
  } catch (error) {
    if (error instanceof WorkspaceReadError) throw error;
    manypkgError = error;
  }
  if (viaManypkg) return viaManypkg.sort();
  if (rootManifest.workspaces === undefined) {
    throw new WorkspaceReadError(
      `the workspaces of ${root} cannot be read: ${manypkgError ? errorMessage(manypkgError) : 'pnpm-workspace.yaml lists no packages'}`,
    );
  }
  try {
    const { default: mapWorkspaces } = await import('@npmcli/map-workspaces');
    return [...(await mapWorkspaces({ cwd: root, pkg: rootManifest })).values()].sort();
  } catch (error) {
    throw new WorkspaceReadError(`the workspaces of ${root} cannot be read: ${errorMessage(error)}`);
  }
}

async function readJsonObject(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch (error) {
    throw new WorkspaceReadError(`${file} is not valid JSON (${errorMessage(error).split('\n')[0]})`);
  }
}
