import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { nerfDart } from '../credentials/npmrc.js';

export interface UploadOptions {
  /** Registry URL with a trailing slash. */
  registry: string;
  token: string;
  otp: string | undefined;
  tag: string | undefined;
  access: 'public' | 'restricted' | undefined;
  timeoutMs: number;
}

/**
 * Uploads a tarball packed by `npm pack` with npm's own publishing library, in this process: one
 * PUT, carrying the code in `npm-otp` when given, never retried by the library (the action
 * decides retries after reading the registry). Throws npm-registry-fetch's errors (`code` EOTP,
 * E409, E5xx, ECONNRESET, ...).
 */
export async function uploadTarball(dir: string, tarball: string, options: UploadOptions): Promise<void> {
  // Loaded on first use, so a run that publishes nothing does not pay for it at start.
  const { publish } = await import('libnpmpublish');
  // A template string, not path.join: the bundler would otherwise copy every package.json it can see into dist/.
  const manifest = JSON.parse(await readFile(`${dir}${sep}package.json`, 'utf8')) as Record<string, unknown>;
  // As `npm publish`: the input wins, then the package's publishConfig; no access means the registry's default.
  const publishConfig = (manifest.publishConfig ?? {}) as { access?: string; tag?: string };
  await publish(manifest, await readFile(tarball), {
    registry: options.registry,
    [`${nerfDart(options.registry)}:_authToken`]: options.token,
    ...(options.otp ? { otp: options.otp } : {}),
    access: options.access ?? publishConfig.access ?? null,
    defaultTag: options.tag ?? publishConfig.tag ?? 'latest',
    retry: { retries: 0 },
    timeout: options.timeoutMs,
    npmCommand: 'publish',
  });
}
