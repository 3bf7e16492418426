import { describe, expect, it } from 'vitest';
import { OtpGate } from '../../src/otp/gate.js';
import { BOUNDS_SAFETY_MS, clockBounds } from '../../src/otp/skew.js';
import { totpAt } from '../../src/otp/totp.js';
import { publishPlanned } from '../../src/plan/publish.js';
import type { PackageTarget, PublishRequest, RegistryAdapter } from '../../src/registries/types.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

describe('clockBounds', () => {
  const S = 1_800_000_000_000;
  it('bounds the offset by each answer: written after the request left, before the answer arrived, truncated to the second', () => {
    expect(clockBounds([])).toBeUndefined();
    // Sent at S + 300, answered at S + 340, header S: the registry wrote it when its clock was in [S, S + 1000).
    const one = clockBounds([{ serverTime: S, sentAt: S + 300, receivedAt: S + 340 }])!;
    expect(one.bounds).toEqual({ lowMs: -340 - BOUNDS_SAFETY_MS, highMs: 700 + BOUNDS_SAFETY_MS });
    expect(one.skewMs).toBeUndefined();
  });

  it('narrows towards the round trip as answers with other sub-second phases come in', () => {
    // True offset +250 ms, 20 ms round trips, requests spread over the second.
    const samples = [0, 130, 410, 620, 770, 905].map((phase) => {
      const sentAt = S + 5_000 + phase;
      const written = sentAt + 10 + 250;
      return { serverTime: Math.floor(written / 1000) * 1000, sentAt, receivedAt: sentAt + 20 };
    });
    const { bounds } = clockBounds(samples)!;
    expect(bounds.lowMs).toBeLessThanOrEqual(250);
    expect(bounds.highMs).toBeGreaterThanOrEqual(250);
    expect(bounds.highMs - bounds.lowMs).toBeLessThanOrEqual(200 + 2 * BOUNDS_SAFETY_MS);
  });

  it('names a skew of SKEW_THRESHOLD_MS or more by the middle of the bounds', () => {
    const ahead = clockBounds([{ serverTime: S + 90_000, sentAt: S, receivedAt: S }])!;
    expect(ahead.bounds).toEqual({ lowMs: 90_000 - BOUNDS_SAFETY_MS, highMs: 91_000 + BOUNDS_SAFETY_MS });
    expect(ahead.skewMs).toBe(90_500);
    expect(clockBounds([{ serverTime: S - 60_000, sentAt: S, receivedAt: S + 10 }])!.skewMs).toBeCloseTo(-59_505, 0);
    expect(clockBounds([{ serverTime: S, sentAt: S + 1_900, receivedAt: S + 2_000 }])!.skewMs).toBeUndefined();
  });

  it('falls back to the median with a one-second spread when the answers share no offset', () => {
    const samples = [0, 0, 400_000].map((ahead, i) => ({ serverTime: S + i * 1000 + ahead, sentAt: S + i * 1000, receivedAt: S + i * 1000 }));
    const { bounds, skewMs } = clockBounds(samples)!;
    expect(bounds).toEqual({ lowMs: -BOUNDS_SAFETY_MS, highMs: 1_000 + BOUNDS_SAFETY_MS });
    expect(skewMs).toBeUndefined();
  });
});

describe('publishPlanned with a skewed registry clock', () => {
  it("makes codes for the registry's time and warns once", async () => {
    const T0 = 1_800_000_000_000 + 10_000;
    const clock = new FakeClock(T0);
    const logger = new MemoryLogger();
    const spec = { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1' as const, digits: 6, period: 30 };
    const gate = new OtpGate({ registry: 'npm', spec, clock, logger, minRemainingSec: 5 });
    const codes: string[] = [];
    const registry: RegistryAdapter = {
      id: 'npm',
      exists: async () => ({ exists: false, packageKnown: true, serverTime: clock.now() + 90_000 }),
      publish: async (request: PublishRequest) => {
        codes.push(request.otp!);
        return { kind: 'published', detail: '+' };
      },
    };
    const target: PackageTarget = { registry: 'npm', name: 'a', version: '1.0.0', path: '/a', private: false, dependencies: [] };
    const results = await publishPlanned([{ target, dependsOn: [], credential: { auth: 'token+otp', token: 't', gate } }], {
      adapters: { npm: registry },
      dryRun: false,
      retryCapMs: 600_000,
      concurrency: 4,
      failFast: false,
      clock,
      logger,
    });
    expect(results[0]!.status).toBe('published');
    expect(codes).toEqual([totpAt(spec, T0 + 90_500)]);
    expect(codes[0]).not.toBe(totpAt(spec, T0));
    expect(logger.lines.filter((line) => line.startsWith('warning:'))).toEqual([
      "warning: the npm registry's clock is 91 s ahead of the runner's (from its Date headers); one-time passwords are made for the registry's time. Fix the runner's clock (NTP) if this persists.",
    ]);
  });
});

describe('publishPlanned reports the wait for a fresh window', () => {
  it('records otpWaitMs when the window had too little time left', async () => {
    const WINDOW_START = 1_800_000_000_000;
    const clock = new FakeClock(WINDOW_START + 28_000); // 2 s left < 5 s
    const logger = new MemoryLogger();
    const spec = { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1' as const, digits: 6, period: 30 };
    const gate = new OtpGate({ registry: 'npm', spec, clock, logger, minRemainingSec: 5 });
    const registry: RegistryAdapter = {
      id: 'npm',
      exists: async () => ({ exists: false, packageKnown: true, serverTime: undefined }),
      publish: async () => ({ kind: 'published', detail: '+' }),
    };
    const target: PackageTarget = { registry: 'npm', name: 'a', version: '1.0.0', path: '/a', private: false, dependencies: [] };
    const [result] = await publishPlanned([{ target, dependsOn: [], credential: { auth: 'token+otp', token: 't', gate } }], {
      adapters: { npm: registry },
      dryRun: false,
      retryCapMs: 600_000,
      concurrency: 1,
      failFast: false,
      clock,
      logger,
    });
    // 2 s to the edge, then the first second of the new window (EARLY_MARGIN_MS).
    expect(result).toMatchObject({ status: 'published', otpAttempts: 1, otpWaitMs: 3_000 });
    expect(logger.lines).toContain('debug: npm: waited 3.0 s for a fresh window');
  });
});
