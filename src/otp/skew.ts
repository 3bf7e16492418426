/** Offsets smaller than this are the Date header's one-second resolution and network latency, not skew. */
export const SKEW_THRESHOLD_MS = 3_000;

/**
 * The registry's clock minus the runner's, from `Date` headers (server time) paired with the
 * runner's clock when each answer arrived. The median resists one slow answer; undefined when
 * there is no sample or the offset is within SKEW_THRESHOLD_MS.
 */
export function clockOffset(samples: Array<{ serverTime: number; localTime: number }>): number | undefined {
  if (!samples.length) return undefined;
  // A Date header is truncated to the second: on average it reads 0.5 s early.
  const offsets = samples.map(({ serverTime, localTime }) => serverTime + 500 - localTime).sort((a, b) => a - b);
  const median = offsets[Math.floor(offsets.length / 2)]!;
  return Math.abs(median) > SKEW_THRESHOLD_MS ? median : undefined;
}
