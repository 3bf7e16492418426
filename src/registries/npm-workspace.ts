import { readFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

/**
 * The workspace root that npm finds for `dir`, as when `npm publish` runs there: the nearest
 * ancestor whose package.json lists `dir` among its workspaces (npm's own workspace mapping).
 * npm then applies the ignore files of the directories between that root and the package.
 * `cache` holds each ancestor's workspaces for the run.
 */
export async function npmWorkspaceRoot(dir: string, cache: Map<string, Promise<Set<string>>>): Promise<string | undefined> {
  const target = resolve(dir);
  for (let parent = dirname(target); ; parent = dirname(parent)) {
    let workspaces = cache.get(parent);
    if (!workspaces) {
      workspaces = workspacesOf(parent);
      cache.set(parent, workspaces);
    }
    if ((await workspaces).has(target)) return parent;
    if (dirname(parent) === parent) return undefined;
  }
}

async function workspacesOf(dir: string): Promise<Set<string>> {
  let pkg: Record<string, unknown>;
  try {
    // A template string, not path.join: see readNpmManifest.
    pkg = JSON.parse(await readFile(`${dir}${sep}package.json`, 'utf8')) as Record<string, unknown>;
  } catch {
    return new Set(); // no package.json, or one npm could not read either: not a root
  }
  if (!pkg.workspaces) return new Set();
  const { default: mapWorkspaces } = await import('@npmcli/map-workspaces');
  return new Set((await mapWorkspaces({ cwd: dir, pkg })).values());
}
