import ky, { HTTPError } from 'ky';
import { RegistryRequestError, errorMessage } from '../errors.js';

export interface JsonRead<T> {
  /** The parsed body, or undefined when the registry answered 404. */
  body: T | undefined;
  /** The registry's clock from its `Date` header, when it sent one (ms since epoch). */
  serverTime: number | undefined;
}

const READ_TIMEOUT_MS = 30_000;

/** Reads are retried this often on 408/429/5xx and connection errors, with exponential backoff. */
const READ_RETRIES = 3;
/** A longer Retry-After is cut to this. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * GET a registry document. 404 is an answer (undefined body), not an error. 408/429/5xx and
 * connection failures are retried with backoff, honouring Retry-After (ky); a timeout or any other
 * status throws RegistryRequestError naming the URL.
 */
export async function readJson<T>(url: string, headers: Record<string, string> = {}): Promise<JsonRead<T>> {
  try {
    const response = await ky.get(url, {
      headers: { accept: 'application/json', ...headers },
      timeout: READ_TIMEOUT_MS,
      retry: { limit: READ_RETRIES, maxRetryAfter: MAX_RETRY_AFTER_MS },
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
