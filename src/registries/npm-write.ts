import ky, { TimeoutError } from 'ky';
import { bearerHeaders, type Credential } from '../credentials/credential.js';
import { PublishCommandError, errorMessage } from '../errors.js';
import { OTP_RATE_LIMIT } from './npm-output.js';
import type { PublishOutcome } from './types.js';

/**
 * One request to an npm registry from this process that npm's CLI sends with a code (a write, or a
 * read such as `npm trust list`), as the CLI sends it: the token as a bearer, the code in `npm-otp`.
 */
export interface NpmRequest {
  url: string;
  method: 'get' | 'put' | 'post' | 'delete';
  /** Sent as JSON. */
  body?: unknown;
  credential: Credential;
  otp: string | undefined;
  timeoutMs: number;
  /** The npm command that does the same, for messages (`npm dist-tag add a@1.0.0 latest`). */
  command: string;
  /** npm's name of that command, sent as `npm-command` as npm does (`dist-tag`, `stage`). */
  npmCommand: string;
  /** What a 404 means for this write. */
  notFound?: () => Error;
}

/** The registry's answer, or the outcome of a write that got none (a dropped connection, a timeout: transient). */
export async function sendNpmRequest(write: NpmRequest): Promise<{ response: Response; text: string } | PublishOutcome> {
  const { url, method, body, credential, otp, timeoutMs, command, npmCommand } = write;
  const headers: Record<string, string> = {
    accept: 'application/json',
    'npm-command': npmCommand,
    // npm says `legacy` when it sends a code, `web` otherwise.
    'npm-auth-type': otp ? 'legacy' : 'web',
    ...bearerHeaders(credential),
    ...(otp ? { 'npm-otp': otp } : {}),
  };
  try {
    const response = await ky(url, { method, headers, ...(body !== undefined ? { json: body } : {}), timeout: timeoutMs, retry: 0, throwHttpErrors: false });
    return { response, text: await response.text().catch(() => '') };
  } catch (error) {
    const detail = error instanceof TimeoutError ? `no answer within ${Math.round(timeoutMs / 1000)} s` : errorMessage(error);
    return { kind: 'failed', error: new PublishCommandError(command, undefined, detail), transient: true };
  }
}

/**
 * A refused write, read like a refused publish: the code (missing, wrong or expired), a security-key
 * account, a rate limit on codes, a fault worth a retry; 403 is `forbidden` (the credential may not
 * do it). With a trusted-publishing credential, a 401 is `forbidden` too: the registry does not take
 * that credential for this write.
 */
export function classifyNpmAnswer(response: Response, text: string, write: Pick<NpmRequest, 'command' | 'otp' | 'credential' | 'notFound'>): PublishOutcome {
  const { status } = response;
  const retryAfter = response.headers.get('retry-after') ?? undefined;
  const detail = `${status} ${response.statusText}${text ? `: ${text.slice(0, 300)}` : ''}`;
  const oidc = write.credential.auth === 'oidc';
  if (status === 401 && /"(authUrl|doneUrl)"/.test(text)) return { kind: 'web-auth', detail };
  if (status === 401 && !oidc && (/otp/i.test(response.headers.get('www-authenticate') ?? '') || /one-time pass/i.test(text)))
    return { kind: 'otp-rejected', detail };
  if (status === 429 && write.otp && OTP_RATE_LIMIT.test(text)) return { kind: 'otp-rate-limited', detail, ...(retryAfter ? { retryAfter } : {}) };
  if (status === 404 && write.notFound) return { kind: 'failed', error: write.notFound() };
  const transient = status === 408 || status === 429 || status >= 500;
  return {
    kind: 'failed',
    error: new PublishCommandError(write.command, `E${status}`, detail),
    transient,
    status,
    forbidden: status === 403 || (oidc && status === 401),
    ...(retryAfter ? { retryAfter } : {}),
  };
}
