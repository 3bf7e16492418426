import { readFile, writeFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

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
 * With `publishManifest`, package.json in the tarball is that manifest. Returns the tarball's path.
 */
export async function packInProcess(
  dir: string,
  destination: string,
  workspaceRoot: string | undefined,
  publishManifest?: Readonly<Record<string, unknown>>,
): Promise<string> {
  const [{ default: PackageJson }, { default: packlist }, tar] = await loadPacker();
  const path = resolve(dir);
  // The files are listed from the manifest that is published (publishConfig may move main or bin).
  const read = await PackageJson.load(path);
  if (publishManifest) read.fromContent(structuredClone(publishManifest) as Record<string, unknown>);
  const pkg = (await read.normalize()).content;
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
        // With a publish manifest, compressed once that entry is replaced.
        gzip: publishManifest ? undefined : { level: 9 },
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
  await writeFile(tarball, publishManifest ? gzipSync(withPackageJson(data, manifestText(publishManifest)), { level: 9 }) : data);
  return tarball;
}

/** The tar header of `package/package.json` in an uncompressed tarball: its offset and data size. */
function findEntry(tar: Buffer, path: string): { offset: number; size: number } | undefined {
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const field = (start: number, length: number) =>
      tar
        .subarray(offset + start, offset + start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = field(0, 100);
    if (!name) return undefined;
    const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : '';
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if ((prefix ? `${prefix}/${name}` : name) === path && field(156, 1) !== 'x') return { offset, size };
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/** The package.json inside a packed tarball file, parsed. */
export async function tarballManifest(tarball: string): Promise<Record<string, unknown>> {
  const tar = gunzipSync(await readFile(tarball));
  const entry = findEntry(tar, 'package/package.json');
  if (!entry) throw new Error(`${tarball} holds no package/package.json`);
  return JSON.parse(tar.subarray(entry.offset + 512, entry.offset + 512 + entry.size).toString('utf8')) as Record<string, unknown>;
}

/**
 * Replaces `package/package.json` in a packed tarball file with `content` (the publish manifest);
 * gzip level 9, as npm's packer.
 */
export async function replacePackageJson(tarball: string, content: string): Promise<void> {
  await writeFile(tarball, gzipSync(withPackageJson(gunzipSync(await readFile(tarball)), content), { level: 9 }));
}

/**
 * An uncompressed tarball with `package/package.json` holding `content`, every other byte of the
 * archive and the entry's own header fields (mode, mtime, owner) as the packer wrote them.
 */
function withPackageJson(tar: Buffer, content: string): Buffer {
  const entry = findEntry(tar, 'package/package.json');
  if (!entry) throw new Error('the packed tarball holds no package/package.json');
  const data = Buffer.from(content, 'utf8');
  const header = Buffer.from(tar.subarray(entry.offset, entry.offset + 512));
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  const rest = tar.subarray(entry.offset + 512 + Math.ceil(entry.size / 512) * 512);
  return Buffer.concat([tar.subarray(0, entry.offset), header, padded, rest]);
}

/** package.json text of a publish manifest: two-space JSON and a final newline, as npm writes package.json. */
export function manifestText(manifest: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
