/**
 * The one retry policy for the action's requests: which answers are worth another try, and how
 * long to wait before it. 429 and 503 carry the registry's own `Retry-After` (delta-seconds or an
 * HTTP date), which is honoured as asked; without one the wait grows exponentially with jitter.
 * No wait exceeds `capMs` (the `timeout` input): a registry that asks for longer is not retried.
 */

/** Answers after which a request may be tried again. */
export const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
/** Answers whose `Retry-After` header says when. */
export const RETRY_AFTER_STATUSES: readonly number[] = [429, 503];

/** First backoff of a read (existence checks, owners, token exchanges). */
export const READ_BACKOFF_MS = 1_000;
/** First backoff of a publish retry (one at most): an upload is heavier than a read. */
export const PUBLISH_BACKOFF_MS = 5_000;
const BACKOFF_MAX_MS = 30_000;

/** `Retry-After` as milliseconds from `now`; undefined when absent or unreadable, 0 for a date in the past. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Other numbers (negative, fractional) are neither delta-seconds nor a date, though Date.parse would take them as years.
  if (/^[-+]?[\d.]+$/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter: attempt 1 waits half to all of `baseMs`, attempt 2 up to twice that, ... at most 30 s. */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

export type RetryWait =
  /** Wait this long, then try again; `told`: the registry named the wait. */
  | { retry: true; waitMs: number; told: boolean }
  /** The registry asked for longer than the cap: do not retry in this run. */
  | { retry: false; waitMs: number };

/**
 * The wait before retry `attempt` (1 for the first retry) of a request answered `status` with
 * `retryAfter`: the header for 429 and 503 when it is there, backoff otherwise.
 */
export function retryWait(
  answer: { status?: number; retryAfter?: string | null },
  attempt: number,
  options: { now: number; capMs: number; baseMs: number; random?: () => number },
): RetryWait {
  const asked = answer.status !== undefined && RETRY_AFTER_STATUSES.includes(answer.status) ? parseRetryAfter(answer.retryAfter, options.now) : undefined;
  if (asked !== undefined) return asked > options.capMs ? { retry: false, waitMs: asked } : { retry: true, waitMs: asked, told: true };
  return { retry: true, waitMs: Math.min(options.capMs, backoffMs(attempt, options.baseMs, options.random)), told: false };
}

/** Waits longer than this are announced with one line (what is waited for and how long). */
export const ANNOUNCED_WAIT_MS = 5_000;

/** The cap of a request without a `timeout` input of its own (OIDC, audits). */
export const DEFAULT_CAP_MS = 30_000;
