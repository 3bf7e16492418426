import ky, { HTTPError } from 'ky';
import { systemClock, type Clock } from '../clock.js';
import { RegistryRequestError, RetryAfterTooLongError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { ANNOUNCED_WAIT_MS, DEFAULT_CAP_MS, READ_BACKOFF_MS, RETRY_STATUSES, retryWait } from './retry-policy.js';

export interface JsonRead<T> {
  /** The parsed body, or undefined when the registry answered 404. */
  body: T | undefined;
  /** The registry's clock from its `Date` header, when it sent one (ms since epoch). */
  serverTime: number | undefined;
}

export interface RetryOptions {
  /** Retries after the first attempt, at most. */
  retries?: number;
  /** The longest wait before a retry (the `timeout` input where the request has it). */
  capMs?: number;
  /** Where a wait over 5 s is announced. */
  logger?: Logger;
  clock?: Clock;
  /** What the request is, for the announcement: `reading registry.npmjs.org`. */
  what?: string;
}

/** One request's time limit. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * A response worth another try that did not come through ky (a GitHub API answer through
 * `retryingFetch`): its status, and its `Retry-After` as the policy should read it.
 */
class RetryableAnswer extends Error {
  constructor(
    readonly response: Response,
    /** Set for a rate limit GitHub answers 403: the wait it names, read as a 429's Retry-After. */
    readonly rateLimitWait?: string,
  ) {
    super(`answered ${response.status}`);
  }
}

interface Answer {
  status: number;
  retryAfter: string | null;
  /** The status the policy reads: 429 for a GitHub rate limit answered 403. */
  policyStatus: number;
}

/** The status and Retry-After of a failed attempt, when it was an HTTP answer. */
function answerOf(error: unknown): Answer | undefined {
  const response = error instanceof RetryableAnswer || error instanceof HTTPError ? error.response : undefined;
  if (!response) return undefined;
  const rateLimitWait = error instanceof RetryableAnswer ? error.rateLimitWait : undefined;
  return rateLimitWait === undefined
    ? { status: response.status, retryAfter: response.headers.get('retry-after'), policyStatus: response.status }
    : { status: response.status, retryAfter: rateLimitWait, policyStatus: 429 };
}

/**
 * Runs `request` (a ky call with `retry: 0`) under the retry policy: 408/429/5xx answers and
 * dropped connections are tried again, after Retry-After on 429/503 (up to `capMs`; a longer ask
 * throws RetryAfterTooLongError) or a backoff with jitter. Any other failure, and the last one,
 * is thrown as it came (an HTTPError keeps its response for the caller).
 */
export async function withRetries<T>(request: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { retries = 3, capMs = DEFAULT_CAP_MS, logger, clock = systemClock, what = 'the request' } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const answer = answerOf(error);
      // A dropped connection (fetch's TypeError) is worth another try; a timeout or another status is not.
      const retryable = answer === undefined ? error instanceof TypeError : RETRY_STATUSES.includes(answer.policyStatus);
      if (!retryable || attempt > retries) throw error;
      const wait = retryWait({ status: answer?.policyStatus, retryAfter: answer?.retryAfter }, attempt, { now: clock.now(), capMs, baseMs: READ_BACKOFF_MS });
      if (!wait.retry) throw new RetryAfterTooLongError(answer?.status, wait.waitMs, clock.now() + wait.waitMs, capMs);
      if (wait.waitMs > ANNOUNCED_WAIT_MS)
        logger?.info(`waiting ${Math.ceil(wait.waitMs / 1000)} s before ${what} again (${wait.told ? `its Retry-After, ${answer!.status}` : 'backoff'})`);
      await clock.sleep(wait.waitMs);
    }
  }
}

/**
 * A `fetch` for Octokit that runs every GitHub API request under the retry policy. GitHub signals
 * rate limits with 429, or with 403 and either `retry-after` (secondary limits) or
 * `x-ratelimit-remaining: 0` and the reset time (primary limits): both wait as asked, up to the
 * cap. The last answer is handed back as it came, for Octokit to report.
 */
export function retryingFetch(options: RetryOptions = {}): typeof fetch {
  const clock = options.clock ?? systemClock;
  return async (input, init) => {
    const once = async (): Promise<Response> => {
      const response = await fetch(input, init);
      const rateLimitWait = githubRateLimitWait(response, clock.now());
      if (rateLimitWait !== undefined || RETRY_STATUSES.includes(response.status)) throw new RetryableAnswer(response, rateLimitWait);
      return response;
    };
    try {
      return await withRetries(once, { what: 'calling the GitHub API', ...options });
    } catch (error) {
      if (error instanceof RetryableAnswer) return error.response;
      throw error;
    }
  };
}

/** The wait (seconds) a 403 names when it is one of GitHub's rate limits; undefined for any other answer. */
function githubRateLimitWait(response: Response, now: number): string | undefined {
  if (response.status !== 403) return undefined;
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter) return retryAfter;
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  if (response.headers.get('x-ratelimit-remaining') === '0' && reset > 0) return String(Math.max(0, Math.ceil(reset - now / 1000)));
  return undefined;
}

/**
 * GET a registry document under the retry policy (withRetries). 404 is an answer (undefined
 * body), not an error; a timeout, any other status or a refused retry throws RegistryRequestError
 * naming the URL.
 */
export async function readJson<T>(url: string, headers: Record<string, string> = {}, options: RetryOptions = {}): Promise<JsonRead<T>> {
  const get = async (): Promise<JsonRead<T>> => {
    try {
      const response = await ky.get(url, { headers: { accept: 'application/json', ...headers }, timeout: REQUEST_TIMEOUT_MS, retry: 0 });
      return { body: (await response.json()) as T, serverTime: serverTime(response) };
    } catch (error) {
      if (error instanceof HTTPError && error.response.status === 404) return { body: undefined, serverTime: serverTime(error.response) };
      throw error;
    }
  };
  try {
    return await withRetries(get, { what: `reading ${new URL(url).host}`, ...options });
  } catch (error) {
    const status = error instanceof HTTPError ? error.response.status : error instanceof RetryAfterTooLongError ? error.status : undefined;
    throw new RegistryRequestError(url, status, errorMessage(error));
  }
}

function serverTime(response: Response): number | undefined {
  const date = response.headers.get('date');
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? undefined : time;
}
