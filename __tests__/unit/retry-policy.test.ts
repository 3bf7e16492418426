// The one retry policy: Retry-After (seconds or an HTTP date) on 429/503, backoff with jitter otherwise, the cap.
import { describe, expect, it } from 'vitest';
import { backoffMs, parseRetryAfter, retryWait } from '../../src/registries/retry-policy.js';

const NOW = Date.parse('2026-12-02T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates relative to the clock given', () => {
    expect(parseRetryAfter('15', NOW)).toBe(15_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 15_000).toUTCString(), NOW)).toBe(15_000);
    expect(parseRetryAfter(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
  });

  it('ignores what is absent or unreadable', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles per attempt from the base, with jitter between half and all of it, at most 30 s', () => {
    expect([1, 2, 3].map((attempt) => backoffMs(attempt, 1_000, () => 1))).toEqual([1_000, 2_000, 4_000]);
    expect([1, 2, 3].map((attempt) => backoffMs(attempt, 1_000, () => 0))).toEqual([500, 1_000, 2_000]);
    expect(backoffMs(10, 5_000, () => 1)).toBe(30_000);
  });
});

describe('retryWait', () => {
  const options = { now: NOW, capMs: 60_000, baseMs: 5_000, random: () => 0.5 };

  it('waits what 429 and 503 ask, in seconds or as a date', () => {
    expect(retryWait({ status: 429, retryAfter: '15' }, 1, options)).toEqual({ retry: true, waitMs: 15_000, told: true });
    expect(retryWait({ status: 503, retryAfter: new Date(NOW + 20_000).toUTCString() }, 1, options)).toEqual({ retry: true, waitMs: 20_000, told: true });
  });

  it('backs off where no Retry-After counts (absent, or on another status)', () => {
    expect(retryWait({ status: 429 }, 1, options)).toEqual({ retry: true, waitMs: 3_750, told: false });
    expect(retryWait({ status: 500, retryAfter: '15' }, 1, options)).toEqual({ retry: true, waitMs: 3_750, told: false });
    expect(retryWait({}, 2, options)).toEqual({ retry: true, waitMs: 7_500, told: false });
    expect(retryWait({}, 9, { ...options, capMs: 10_000 }).waitMs).toBe(10_000);
  });

  it('does not retry when the registry asks for longer than the cap', () => {
    expect(retryWait({ status: 429, retryAfter: '120' }, 1, options)).toEqual({ retry: false, waitMs: 120_000 });
  });
});
