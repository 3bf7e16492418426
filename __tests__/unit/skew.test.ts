import { describe, expect, it } from 'vitest';
import { OtpGate } from '../../src/otp/gate.js';
import { clockOffset } from '../../src/otp/skew.js';
import { totpAt } from '../../src/otp/totp.js';
import { publishPlanned } from '../../src/plan/publish.js';
import type { PackageTarget, PublishRequest, RegistryAdapter } from '../../src/registries/types.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

describe('clockOffset', () => {
  it('ignores offsets within the Date header resolution and latency', () => {
    expect(clockOffset([])).toBeUndefined();
    expect(clockOffset([{ serverTime: 1_000_000, localTime: 1_000_900 }])).toBeUndefined();
    expect(clockOffset([{ serverTime: 1_000_000, localTime: 998_000 }])).toBeUndefined();
  });

  it('takes the median of the samples, corrected for the truncated second', () => {
    const samples = [90_000, 90_000, 400_000].map((ahead, i) => ({ serverTime: 10_000_000 + i * 1000 + ahead, localTime: 10_000_000 + i * 1000 }));
    expect(clockOffset(samples)).toBe(90_500);
    expect(clockOffset([{ serverTime: 5_000_000, localTime: 5_060_000 }])).toBe(-59_500);
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
