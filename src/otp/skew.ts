/** Offsets smaller than this are the Date header's one-second resolution and network latency, not skew. */
export const SKEW_THRESHOLD_MS = 3_000;

/**
 * Added on each side of bounds read from Date headers: the header may come from a front server
 * (a CDN) whose clock is not quite the one that checks the code.
 */
export const BOUNDS_SAFETY_MS = 100;

/** The registry's clock minus the runner's lies in [lowMs, highMs], ms. */
export interface ClockBounds {
  lowMs: number;
  highMs: number;
}

/** One answer's `Date` header (server time, truncated to the second) and the runner's clock when the request left and when the answer was in. */
export interface ClockSample {
  serverTime: number;
  sentAt: number;
  receivedAt: number;
}

export interface ClockReading {
  bounds: ClockBounds;
  /** The middle of the bounds when it is SKEW_THRESHOLD_MS or more away from the runner's clock (worth a warning). */
  skewMs: number | undefined;
}

/**
 * Where the registry's clock lies, from Date headers. The header was written between the request
 * leaving and the answer arriving, and names the second it was written in, so each answer bounds
 * the offset to [serverTime − receivedAt, serverTime + 1 s − sentAt]; answers whose sub-second
 * phases differ narrow the intersection towards the round-trip time. When the answers disagree
 * (no common offset: several clocks, or a cached answer) the median offset with a one-second
 * spread stands instead. Undefined when there is no sample.
 */
export function clockBounds(samples: ClockSample[]): ClockReading | undefined {
  if (!samples.length) return undefined;
  let lowMs = Math.max(...samples.map((s) => s.serverTime - s.receivedAt));
  let highMs = Math.min(...samples.map((s) => s.serverTime + 1_000 - s.sentAt));
  if (lowMs > highMs) {
    // A Date header is truncated to the second: on average it reads 0.5 s early.
    const offsets = samples.map((s) => s.serverTime + 500 - s.receivedAt).sort((a, b) => a - b);
    const median = offsets[Math.floor(offsets.length / 2)]!;
    lowMs = median - 500;
    highMs = median + 500;
  }
  const bounds = { lowMs: lowMs - BOUNDS_SAFETY_MS, highMs: highMs + BOUNDS_SAFETY_MS };
  const middle = (bounds.lowMs + bounds.highMs) / 2;
  return { bounds, skewMs: Math.abs(middle) >= SKEW_THRESHOLD_MS ? middle : undefined };
}
