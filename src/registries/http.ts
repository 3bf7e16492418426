import ky, { HTTPError } from 'ky';
import { systemClock, type Clock } from '../clock.js';
import { RegistryRequestError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { ANNOUNCED_WAIT_MS, DEFAULT_CAP_MS, READ_BACKOFF_MS, RETRY_STATUSES, retryWait } from './retry-policy.js';

export interface JsonRead<T> {
  /** The parsed body, or undefined when the registry answered 404. */
  body: T | undefined;
  /** The registry's clock from its `Date` header, when it sent one (ms since epoch). */
  serverTime: number | undefined;
}

export interface ReadOptions {
  /** The longest wait before a retry (the `timeout` input). */
  capMs?: number;
  /** Where a wait over 5 s is announced. */
  logger?: Logger;
  clock?: Clock;
}

const READ_TIMEOUT_MS = 30_000;

/** Reads are retried this often on 408/429/5xx and dropped connections. */
const READ_RETRIES = 3;

/**
 * GET a registry document. 404 is an answer (undefined body), not an error. 408/429/5xx and
 * dropped connections are retried under the retry policy: Retry-After honoured on 429/503 (up to
 * `capMs`), backoff with jitter otherwise; a timeout or any other status throws
 * RegistryRequestError naming the URL.
 */
export async function readJson<T>(url: string, headers: Record<string, string> = {}, options: ReadOptions = {}): Promise<JsonRead<T>> {
  const { capMs = DEFAULT_CAP_MS, logger, clock = systemClock } = options;
  for (let attempt = 1; ; attempt++) {
    let status: number | undefined;
    let retryAfter: string | null = null;
    try {
      const response = await ky.get(url, { headers: { accept: 'application/json', ...headers }, timeout: READ_TIMEOUT_MS, retry: 0 });
      return { body: (await response.json()) as T, serverTime: serverTime(response) };
    } catch (error) {
      if (error instanceof HTTPError) {
        status = error.response.status;
        if (status === 404) return { body: undefined, serverTime: serverTime(error.response) };
        retryAfter = error.response.headers.get('retry-after');
      }
      // A dropped connection (fetch's TypeError) is worth another try; a timeout or another status is not.
      const retryable = status === undefined ? error instanceof TypeError : RETRY_STATUSES.includes(status);
      if (!retryable || attempt > READ_RETRIES) throw new RegistryRequestError(url, status, errorMessage(error));
      const wait = retryWait({ status, retryAfter }, attempt, { now: clock.now(), capMs, baseMs: READ_BACKOFF_MS });
      const seconds = Math.ceil(wait.waitMs / 1000);
      if (!wait.retry) {
        throw new RegistryRequestError(url, status, `${errorMessage(error)}; the registry asked to wait ${seconds} s, longer than the timeout input allows: re-run after ${new Date(clock.now() + wait.waitMs).toISOString()}`);
      }
      if (wait.waitMs > ANNOUNCED_WAIT_MS) logger?.info(`waiting ${seconds} s before reading ${new URL(url).host} again (${wait.told ? `its Retry-After, ${status}` : 'backoff'})`);
      await clock.sleep(wait.waitMs);
    }
  }
}

function serverTime(response: Response): number | undefined {
  const date = response.headers.get('date');
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? undefined : time;
}
