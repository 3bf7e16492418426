import { readFile, writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { sep } from 'node:path';

/** package.json files replaced right now: path -> the bytes to put back. */
const replaced = new Map<string, Buffer>();

/**
 * Runs `fn` while `dir/package.json` holds `content`, for a client that reads the manifest from
 * disk (`npm publish` of a package with publish-only scripts), then puts the original bytes back,
 * whatever `fn` does. A stopped run puts them back through restoreManifests().
 */
export async function withManifestFile<T>(dir: string, content: string, fn: () => Promise<T>): Promise<T> {
  // A template string, not path.join: the bundler would otherwise copy every package.json it can see.
  const file = `${dir}${sep}package.json`;
  if (replaced.has(file)) throw new Error(`${file} is already replaced`);
  const original = await readFile(file);
  replaced.set(file, original);
  try {
    await writeFile(file, content);
    return await fn();
  } finally {
    await writeFile(file, original);
    replaced.delete(file);
  }
}

/** Puts back every package.json still replaced (synchronously: the process is about to exit). Returns their paths. */
export function restoreManifests(): string[] {
  const paths = [...replaced.keys()];
  for (const [file, original] of replaced) writeFileSync(file, original);
  replaced.clear();
  return paths;
}
