import ky, { HTTPError } from 'ky';
import { RegistryRequestError, errorMessage } from '../errors.js';
import { DEFAULT_CAP_MS, kyRetry } from './retry-policy.js';

export interface JsonRead<T> {
  /** The parsed body, or undefined when the registry answered 404. */
  body: T | undefined;
  /** The registry's clock from its `Date` header, when it sent one (ms since epoch). */
  serverTime: number | undefined;
}

const READ_TIMEOUT_MS = 30_000;

/** Reads are retried this often on 408/429/5xx and connection errors (the retry policy). */
const READ_RETRIES = 3;

/**
 * GET a registry document. 404 is an answer (undefined body), not an error. 408/429/5xx and
 * connection failures are retried under the retry policy (Retry-After honoured up to `capMs`,
 * the `timeout` input); a timeout or any other status throws RegistryRequestError naming the URL.
 */
export async function readJson<T>(url: string, headers: Record<string, string> = {}, capMs = DEFAULT_CAP_MS): Promise<JsonRead<T>> {
  try {
    const response = await ky.get(url, {
      headers: { accept: 'application/json', ...headers },
      timeout: READ_TIMEOUT_MS,
      retry: kyRetry(READ_RETRIES, capMs),
    });
    return { body: (await response.json()) as T, serverTime: serverTime(response) };
  } catch (error) {
    if (error instanceof HTTPError && error.response.status === 404) {
      return { body: undefined, serverTime: serverTime(error.response) };
    }
    const status = error instanceof HTTPError ? error.response.status : undefined;
    throw new RegistryRequestError(url, status, errorMessage(error));
  }
}

function serverTime(response: Response): number | undefined {
  const date = response.headers.get('date');
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? undefined : time;
}
