import { bearerHeaders, type Credential } from '../credentials/credential.js';
import { readJson, type RetryOptions } from './http.js';
import { escapePackageName } from './npm-names.js';
import type { Existence, PackageTarget } from './types.js';

/** Whether name@version is on the registry, from its package document (read with the token, never with a code). */
export async function readExistence(registry: string, target: PackageTarget, credential: Credential, options: RetryOptions): Promise<Existence> {
  // No npm-otp header: checking must never spend a code.
  const headers = { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8', ...bearerHeaders(credential) };
  const read = await readJson<{ versions?: Record<string, unknown> }>(`${registry}${escapePackageName(target.name)}`, headers, options);
  return { exists: Boolean(read.body?.versions?.[target.version]), packageKnown: read.body !== undefined, serverTime: read.serverTime };
}
