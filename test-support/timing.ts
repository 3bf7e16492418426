/**
 * How much later than the wait a double asked for its next request may come. The client reads the
 * answer, may read the registry once more, sleeps, and sends the request again; on a busy two-core
 * machine (two test files at once, each with its registry and clients) any of those steps can be
 * held up. A wait the client chose instead of the one asked for, or added to it, still shows when it
 * is longer than this, as the publish backoff and the retry caps are.
 */
export const RETRY_LATENESS_MS = 2_000;
