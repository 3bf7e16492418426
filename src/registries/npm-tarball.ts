import { writeFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/** Scripts that `npm pack` runs around packing: a package with one is packed by `npm pack`. */
const PACK_SCRIPTS = ['prepack', 'prepare', 'postpack'];
/** Scripts that only `npm publish` runs: a package with one is published by `npm publish`. */
const PUBLISH_SCRIPTS = ['prepublishOnly', 'prepublish', 'publish', 'postpublish'];

export type PackMethod = 'in-process' | 'npm pack' | 'npm publish';

/**
 * How a package is packed and published, from its package.json: in this process when npm would run
 * nothing of the package's own and would list its files from package.json alone; with `npm pack`
 * when it has pack scripts, bundles dependencies, or has bin directories or workspaces of its own
 * (npm reads its installed tree or those directories); with `npm publish` when it has
 * publish-only scripts.
 */
export function packMethod(manifest: Readonly<Record<string, unknown>>): PackMethod {
  const scripts = (manifest.scripts ?? {}) as Record<string, unknown>;
  const defines = (names: string[]) => names.some((name) => typeof scripts[name] === 'string');
  if (defines(PUBLISH_SCRIPTS)) return 'npm publish';
  const directories = manifest.directories as { bin?: unknown } | undefined;
  const bundles = Boolean(manifest.bundleDependencies ?? manifest.bundledDependencies);
  // Bundled dependencies, `directories.bin` and a package's own workspaces: npm reads its installed tree or directories.
  if (defines(PACK_SCRIPTS) || bundles || directories?.bin !== undefined || manifest.workspaces !== undefined) return 'npm pack';
  return 'in-process';
}

/** npm's tarball name for name@version: `@scope/name` -> `scope-name-1.0.0.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name}-${version}.tgz`.replace(/^@/, '').replace(/[/\\]/g, '-');
}

/** npm's libraries for reading package.json, listing files and writing tarballs, loaded on first use. */
export const loadPacker = () => Promise.all([import('@npmcli/package-json'), import('npm-packlist'), import('tar')]);

/**
 * Packs `dir` into `destination` as `npm pack` does for a package that `packMethod` calls
 * 'in-process': package.json read as npm reads it, the same file list (npm-packlist, the library
 * inside npm 11; with `workspaceRoot`, the ignore files between that root and the package apply, as
 * when `npm publish` runs in a workspace) and the same tar options as npm's pacote (`package/`
 * prefix, portable headers, a fixed 1985 mtime, gzip level 9, bin files made executable).
 * Returns the tarball's path.
 */
export async function packInProcess(dir: string, destination: string, workspaceRoot: string | undefined): Promise<string> {
  const [{ default: PackageJson }, { default: packlist }, tar] = await loadPacker();
  const path = resolve(dir);
  const pkg = (await PackageJson.normalize(path)).content;
  const files = await packlist(
    { path, package: pkg, isProjectRoot: true, edgesOut: new Map() },
    workspaceRoot ? { path, prefix: workspaceRoot, workspaces: [path] } : { path },
  );
  const bins = new Set(Object.values((pkg.bin ?? {}) as Record<string, string>));
  const data = await tar
    .create(
      {
        cwd: path,
        prefix: 'package/',
        portable: true,
        gzip: { level: 9 },
        mtime: new Date('1985-10-26T08:15:00.000Z'),
        // As pacote: the path without its first segment is compared with the bin targets.
        filter: (file, stat) => {
          if (bins.has(file.replace(/^[^\\/]*\//, ''))) stat.mode = (stat.mode ?? 0o644) | 0o111;
          return true;
        },
      },
      files,
    )
    .concat();
  // A template string, not path.join: see readNpmManifest.
  const tarball = `${destination}${sep}${tarballName(String(pkg.name), String(pkg.version))}`;
  await writeFile(tarball, data);
  return tarball;
}
