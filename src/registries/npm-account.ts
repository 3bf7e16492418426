// The account reads of the readiness audit, as npm's CLI makes them: `npm token list` (GET
// /-/npm/v1/tokens, page by page), `npm profile get` (GET /-/npm/v1/user) and `npm trust list`
// (GET /-/package/<name>/trust, which npm sends with a code: every trust endpoint requires 2FA).
import { createHash } from 'node:crypto';
import ky from 'ky';
import { tokenOf, type Credential } from '../credentials/credential.js';
import type { Verdict } from '../otp/gate.js';
import { readJson, REQUEST_TIMEOUT_MS, type RetryOptions } from './http.js';
import { escapePackageName } from './npm-names.js';

const bearer = (credential: Credential): Record<string, string> => {
  const token = tokenOf(credential);
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** The token's own entry in `npm token list`: npm lists each token by the hex sha512 of it (`key`). */
export async function readTokenRecord(
  registry: string,
  credential: Credential,
  options: RetryOptions,
): Promise<{ expiry?: string | null; bypass_2fa?: boolean } | undefined> {
  const token = tokenOf(credential);
  if (!token) return undefined;
  const key = createHash('sha512').update(token).digest('hex');
  let url: string | undefined = `${registry}-/npm/v1/tokens`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const read: { body: TokenPage | undefined } = await readJson<TokenPage>(url, bearer(credential), options);
    const found = read.body?.objects?.find((entry) => entry.key === key);
    if (found) return found;
    const next = read.body?.urls?.next;
    url = next ? new URL(next, registry).toString() : undefined;
  }
  return undefined;
}

interface TokenPage {
  objects?: Array<{ key?: string; expiry?: string | null; bypass_2fa?: boolean }>;
  urls?: { next?: string };
}

/** More pages than any account has tokens: a registry that keeps answering `next` is not followed for ever. */
const MAX_PAGES = 50;

/** `npm profile get`: the account's `tfa` (false, or its mode); undefined when the token may not read the profile. */
export async function readProfileTfa(
  registry: string,
  credential: Credential,
  options: RetryOptions,
): Promise<false | { mode: string; pending?: boolean } | null | undefined> {
  try {
    const read = await readJson<{ tfa?: false | { mode: string; pending?: boolean } | null }>(`${registry}-/npm/v1/user`, bearer(credential), options);
    return read.body?.tfa;
  } catch {
    return undefined;
  }
}

/** A trusted publisher as `npm trust list` reads it. */
export interface NpmTrustEntry {
  type?: string;
  claims?: { repository?: string; workflow_ref?: { file?: string }; environment?: string };
  permissions?: string[];
}

/** The answer to one `npm trust list` request, carrying `otp`. */
export type TrustAnswer = { status: number; text: string; otpAsked: boolean; entries?: NpmTrustEntry[] };

/** `npm trust list <name>`: one request with the code in `npm-otp`; the caller runs it through the OTP gate. */
export async function readTrust(registry: string, name: string, credential: Credential, otp: string | undefined): Promise<TrustAnswer> {
  const response = await ky.get(`${registry}-/package/${escapePackageName(name)}/trust`, {
    headers: { accept: 'application/json', 'npm-command': 'trust', ...bearer(credential), ...(otp ? { 'npm-otp': otp, 'npm-auth-type': 'legacy' } : {}) },
    timeout: REQUEST_TIMEOUT_MS,
    retry: 0,
    throwHttpErrors: false,
  });
  const text = await response.text().catch(() => '');
  const otpAsked = response.status === 401 && (/otp/i.test(response.headers.get('www-authenticate') ?? '') || /one-time pass/i.test(text));
  const answer = { status: response.status, text, otpAsked };
  if (!response.ok) return answer;
  try {
    return { ...answer, entries: JSON.parse(text) as NpmTrustEntry[] };
  } catch {
    return answer;
  }
}

/** How the OTP gate reads a trust answer. */
export function trustVerdict(answer: TrustAnswer): Verdict {
  if (answer.status === 401 && /"(authUrl|doneUrl)"/.test(answer.text)) return 'web-auth';
  if (answer.otpAsked) return 'otp-rejected';
  return answer.entries ? 'accepted' : 'other';
}
