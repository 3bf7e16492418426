// The account reads of the readiness audit, as npm's CLI makes them: `npm token list` (GET
// /-/npm/v1/tokens, page by page), `npm profile get` (GET /-/npm/v1/user) and `npm trust list`
// (GET /-/package/<name>/trust, which npm sends with a code: every trust endpoint requires 2FA).
import { createHash } from 'node:crypto';
import { bearerHeaders, tokenOf, type Credential } from '../credentials/credential.js';
import { PublishCommandError } from '../errors.js';
import type { Verdict } from '../otp/gate.js';
import { readJson, REQUEST_TIMEOUT_MS, type RetryOptions } from './http.js';
import { escapePackageName } from './npm-names.js';
import { classifyNpmAnswer, type NpmRequest, sendNpmRequest } from './npm-write.js';
import type { PublishOutcome } from './types.js';

/** The token's own entry in `npm token list`: npm lists each token by the hex sha512 of it (`key`). */
export async function readTokenRecord(registry: string, credential: Credential, options: RetryOptions): Promise<NpmTokenRecord | undefined> {
  const token = tokenOf(credential);
  if (!token) return undefined;
  const key = createHash('sha512').update(token).digest('hex');
  let url: string | undefined = `${registry}-/npm/v1/tokens`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const read: { body: TokenPage | undefined } = await readJson<TokenPage>(url, bearerHeaders(credential), options);
    const found = read.body?.objects?.find((entry) => entry.key === key);
    if (found) return found;
    const next = read.body?.urls?.next;
    url = next ? new URL(next, registry).toString() : undefined;
  }
  return undefined;
}

/** What the action reads of a token's entry: granular tokens have `expiry`, `bypass_2fa` and `permissions`, classic ones `readonly`. */
export interface NpmTokenRecord {
  key?: string;
  expiry?: string | null;
  bypass_2fa?: boolean;
  permissions?: Array<{ name?: string; action?: string }>;
  readonly?: boolean;
}

/** Whether the token may only read packages: a classic read-only token, or a granular one without package write. */
export function tokenMayOnlyRead(record: NpmTokenRecord): boolean {
  if (record.readonly === true) return true;
  const packages = (record.permissions ?? []).filter((permission) => permission.name === 'package');
  return packages.length > 0 && !packages.some((permission) => permission.action === 'write');
}

interface TokenPage {
  objects?: NpmTokenRecord[];
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
    const read = await readJson<{ tfa?: false | { mode: string; pending?: boolean } | null }>(`${registry}-/npm/v1/user`, bearerHeaders(credential), options);
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

/** The answer to one `npm trust list` request: the publishers, or how the registry refused it (read as any npm write's refusal). */
export type TrustAnswer = { entries: NpmTrustEntry[] } | { refused: PublishOutcome };

/**
 * `npm trust list <name>`: one request with the code in `npm-otp` (sendNpmRequest); the caller runs
 * it through the OTP gate. A request that got no answer throws.
 */
export async function readTrust(registry: string, name: string, credential: Credential, otp: string | undefined): Promise<TrustAnswer> {
  const url = `${registry}-/package/${escapePackageName(name)}/trust`;
  const request: NpmRequest = { url, method: 'get', credential, otp, timeoutMs: REQUEST_TIMEOUT_MS, command: `npm trust list ${name}`, npmCommand: 'trust' };
  const sent = await sendNpmRequest(request);
  if ('kind' in sent) throw sent.kind === 'failed' ? sent.error : new Error(sent.detail);
  if (!sent.response.ok) return { refused: classifyNpmAnswer(sent.response, sent.text, request) };
  try {
    return { entries: JSON.parse(sent.text) as NpmTrustEntry[] };
  } catch {
    return { refused: { kind: 'failed', error: new PublishCommandError(request.command, undefined, `the answer is not JSON: ${sent.text.slice(0, 200)}`) } };
  }
}

/** How the OTP gate reads a trust answer. */
export function trustVerdict(answer: TrustAnswer): Verdict {
  if ('entries' in answer) return 'accepted';
  const { kind } = answer.refused;
  return kind === 'otp-rejected' || kind === 'web-auth' ? kind : 'other';
}
