import { CommandTimeoutError, PublishCommandError } from '../errors.js';
import type { CommandResult } from '../process.js';
import type { PublishOutcome } from './types.js';

/**
 * Reads `npm publish` output (npm 11, no TTY) into an outcome. npm prints `npm error code EOTP`
 * for a missing and for a wrong code alike, and the same code plus an authUrl for web-auth accounts.
 */
export function classifyNpmPublish(result: CommandResult, otpSent = false): PublishOutcome {
  const text = `${result.stdout}\n${result.stderr}`;
  if (result.exitCode === 0) {
    const line = /^\+ .+$/m.exec(result.stdout)?.[0];
    return { kind: 'published', detail: line ?? 'npm publish exited 0' };
  }
  const code = /^npm error code (\S+)/m.exec(text)?.[1];
  const otp = npmOtpProblem(text);
  if (otp === 'web-auth') return { kind: 'web-auth', detail: 'npm asked for browser authentication' };
  if (otp === 'otp-rejected') return { kind: 'otp-rejected', detail: `npm error code ${code}` };
  if (otpSent && code === 'E429' && OTP_RATE_LIMIT.test(text)) return { kind: 'otp-rate-limited', detail: npmErrorSummary(text, result.exitCode) };
  const duplicate = /You cannot publish over the previously published versions[^\n]*/.exec(text)?.[0];
  if (duplicate) return { kind: 'exists', detail: duplicate.trim() };
  if (code === 'E409' || /\b409 Conflict\b/.test(text)) {
    return { kind: 'exists', detail: 'the registry answered 409 Conflict: this version is already present' };
  }
  const error = new PublishCommandError('npm publish', code, npmErrorSummary(text, result.exitCode));
  return { kind: 'failed', error, transient: code !== undefined && TRANSIENT_CODES.test(code), forbidden: code === 'E403' };
}

/** What npm's 429 says when it is the one-time passwords that are rate-limited ("rate limited otp"). */
export const OTP_RATE_LIMIT = /rate[- ]?limit\w*\W+(?:\w+\W+){0,3}(otp|one-time pass\w*)\b|\b(otp|one-time pass\w*)\W+(?:\w+\W+){0,3}rate[- ]?limit/i;

/** npm error codes of registry faults: server errors, throttling, connections dropped or timed out. */
const TRANSIENT_CODES = /^(E5\d\d|E429|E408|ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)$/;

/**
 * Whether npm output shows the registry refusing the one-time password: `EOTP` (missing and wrong
 * codes alike), or a bare 401 whose body asks for the code; or a browser/security-key flow.
 */
export function npmOtpProblem(text: string): 'otp-rejected' | 'web-auth' | undefined {
  if (/Open this URL in your browser to authenticate/.test(text) || /"authUrl"/.test(text)) return 'web-auth';
  if (/^npm error code EOTP/m.test(text)) return 'otp-rejected';
  if (/^npm error code E401/m.test(text) && /one-time pass/i.test(text)) return 'otp-rejected';
  return undefined;
}

/**
 * Whether the output of any npm client shows the registry asking for a one-time password it did
 * not get or did not accept, or for browser authentication: npm's EOTP, pnpm 11+'s
 * `ERR_PNPM_OTP_NON_INTERACTIVE`, yarn 4's YN0033 "requires additional authentication". Each
 * prints the same for a missing and a wrong code.
 */
export function npmClientOtpDemand(text: string): 'otp-rejected' | 'web-auth' | undefined {
  const npm = npmOtpProblem(text);
  if (npm) return npm;
  if (/ERR_PNPM_OTP_NON_INTERACTIVE/.test(text) || YARN_OTP_DEMAND.test(text)) return 'otp-rejected';
  return undefined;
}

/** Yarn 4 asking for a one-time password (or a browser login) that it cannot prompt for. */
export const YARN_OTP_DEMAND = /YN0033: The registry requires additional authentication/;

/** The `npm error` lines worth showing, without the code line and the log-file pointers. */
function npmErrorSummary(text: string, exitCode: number): string {
  const lines = text
    .split('\n')
    .filter((line) => line.startsWith('npm error '))
    .map((line) => line.slice('npm error '.length).trim())
    .filter((line) => line && !/^code \S+$/.test(line) && !/complete log of this run|A complete log/i.test(line));
  if (lines.length === 0) return `exit code ${exitCode}, no npm error lines`;
  return lines.slice(0, 6).join(' / ');
}

/** An error thrown by npm's publishing library (npm-registry-fetch), as `npm publish` would report it. */
interface RegistryFetchError {
  code?: string;
  statusCode?: number;
  /** Response headers (node-fetch raw: name -> values). */
  headers?: Record<string, string | string[] | undefined>;
  type?: string;
  message?: string;
  body?: unknown;
}

/**
 * Reads an in-process upload failure into an outcome, the same way classifyNpmPublish reads the
 * CLI's output: EOTP (or a 401 asking for the code), web auth, a version already there, a fault.
 */
export function classifyNpmError(error: unknown, target: { name: string; version: string }, timeoutMs: number, otpSent = false): PublishOutcome {
  const failure = (error ?? {}) as RegistryFetchError;
  const body = failure.body && typeof failure.body === 'object' ? (failure.body as Record<string, unknown>) : undefined;
  const text = `${failure.message ?? String(error)} ${typeof failure.body === 'string' ? failure.body : JSON.stringify(body ?? {})}`;
  if (body?.authUrl || body?.doneUrl) return { kind: 'web-auth', detail: 'npm asked for browser authentication' };
  if (failure.code === 'EOTP' || (failure.code === 'E401' && /one-time pass/i.test(text))) {
    return { kind: 'otp-rejected', detail: `npm error code ${failure.code}` };
  }
  const retryAfter = [failure.headers?.['retry-after']].flat()[0];
  if (otpSent && failure.code === 'E429' && OTP_RATE_LIMIT.test(text)) {
    return { kind: 'otp-rate-limited', detail: (failure.message ?? String(error)).split('\n')[0]!, ...(retryAfter ? { retryAfter } : {}) };
  }
  const duplicate = /You cannot publish over the previously published versions: [^\s"]+/.exec(text)?.[0];
  if (duplicate) return { kind: 'exists', detail: duplicate };
  if (failure.code === 'E409') return { kind: 'exists', detail: 'the registry answered 409 Conflict: this version is already present' };
  if (failure.type === 'request-timeout' || /network timeout/i.test(text)) {
    return { kind: 'failed', error: new CommandTimeoutError(`npm publish ${target.name}@${target.version}`, Math.round(timeoutMs / 1000)), transient: true };
  }
  const code = failure.code && /^E[A-Z0-9]+$/.test(failure.code) ? failure.code : undefined;
  const message = (failure.message ?? String(error)).split('\n')[0]!;
  return {
    kind: 'failed',
    error: new PublishCommandError('npm publish', code, message),
    transient: code !== undefined && TRANSIENT_CODES.test(code),
    forbidden: failure.statusCode === 403,
    ...(typeof failure.statusCode === 'number' ? { status: failure.statusCode } : {}),
    ...(retryAfter ? { retryAfter } : {}),
  };
}
