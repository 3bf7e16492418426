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
      const status = error instanceof HTTPError ? error.response.status : undefined;
      // A dropped connection (fetch's TypeError) is worth another try; a timeout or another status is not.
      const retryable = status === undefined ? error instanceof TypeError : RETRY_STATUSES.includes(status);
      if (!retryable || attempt > retries) throw error;
      const retryAfter = error instanceof HTTPError ? error.response.headers.get('retry-after') : null;
      const wait = retryWait({ status, retryAfter }, attempt, { now: clock.now(), capMs, baseMs: READ_BACKOFF_MS });
      if (!wait.retry) throw new RetryAfterTooLongError(status, wait.waitMs, clock.now() + wait.waitMs);
      if (wait.waitMs > ANNOUNCED_WAIT_MS) logger?.info(`waiting ${Math.ceil(wait.waitMs / 1000)} s before ${what} again (${wait.told ? `its Retry-After, ${status}` : 'backoff'})`);
      await clock.sleep(wait.waitMs);
    }
  }
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
