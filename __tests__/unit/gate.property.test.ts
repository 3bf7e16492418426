// Properties of the one OTP mechanism, over random clock positions, latencies, clock offsets and
// registry answers (fast-check): never more than two codes per publish, never more than two
// rejections before a code has been accepted (a wrong secret's whole budget), never a code with
// less than otp-min-remaining left, a retry only in a new window, nothing sent once stopped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OtpBreakerOpenError, OtpRejectedError, WebAuthRequiredError } from '../../src/errors.js';
import { OtpGate, type Verdict } from '../../src/otp/gate.js';
import { msLeftInStep, stepAt, totpAt } from '../../src/otp/totp.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

const verdicts: fc.Arbitrary<Verdict> = fc.constantFrom('accepted', 'otp-rejected', 'other', 'web-auth');

const scenario = fc.record({
  start: fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }),
  period: fc.constantFrom(10, 30, 60),
  minRemainingFraction: fc.double({ min: 0, max: 0.95, noNaN: true }),
  offsetMs: fc.integer({ min: -120_000, max: 120_000 }),
  // The gate knows the offset only to within [offset - below, offset + above].
  belowMs: fc.integer({ min: 0, max: 2_000 }),
  aboveMs: fc.integer({ min: 0, max: 2_000 }),
  publishes: fc.array(
    fc.record({
      gapMs: fc.integer({ min: 0, max: 90_000 }),
      answers: fc.array(fc.record({ verdict: verdicts, latencyMs: fc.integer({ min: 0, max: 70_000 }) }), { minLength: 2, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

describe('OtpGate properties', () => {
  it('holds its guarantees for any clock position, latency, skew and answers', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ start, period, minRemainingFraction, offsetMs, belowMs, aboveMs, publishes }) => {
        const spec = { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1' as const, digits: 6, period };
        const minRemainingSec = Math.floor(period * minRemainingFraction);
        // Where the guard and the clock's uncertainty together exceed a window no code is safe; the gate then narrows the uncertainty.
        fc.pre(minRemainingSec * 1000 + belowMs + aboveMs <= period * 1000);
        const clock = new FakeClock(start);
        const gate = new OtpGate({ registry: 'npm', spec, clock, logger: new MemoryLogger(), minRemainingSec });
        gate.setClockBounds({ lowMs: offsetMs - belowMs, highMs: offsetMs + aboveMs });
        let rejectionsBeforeAccept = 0;
        let accepted = false;
        let stopped = false;
        for (const publish of publishes) {
          clock.advance(publish.gapMs);
          const calls: Array<{ at: number; code: string }> = [];
          const attempt = async (code: string) => {
            const registryNow = clock.now() + offsetMs;
            calls.push({ at: registryNow, code });
            const answer = publish.answers[calls.length - 1]!;
            clock.advance(answer.latencyMs);
            return answer.verdict;
          };
          const outcome = await gate
            .run(attempt, (v) => v)
            .then(
              (result) => ({ result }),
              (error: unknown) => ({ error }),
            );
          if (stopped) {
            // After two rejections (or a web-auth demand) the gate sends no further code.
            expect(calls).toEqual([]);
            expect('error' in outcome && (outcome.error instanceof OtpBreakerOpenError || outcome.error instanceof WebAuthRequiredError)).toBe(true);
            continue;
          }
          expect(calls.length).toBeGreaterThanOrEqual(1);
          expect(calls.length).toBeLessThanOrEqual(2);
          for (const call of calls) {
            expect(msLeftInStep(spec, call.at)).toBeGreaterThanOrEqual(minRemainingSec * 1000);
            expect(call.code).toBe(totpAt(spec, call.at));
          }
          if (calls.length === 2) {
            expect(publish.answers[0]!.verdict).toBe('otp-rejected');
            expect(stepAt(spec, calls[1]!.at)).toBeGreaterThan(stepAt(spec, calls[0]!.at));
          }
          for (const [i] of calls.entries()) {
            const verdict = publish.answers[i]!.verdict;
            if (verdict === 'accepted') accepted = true;
            if (verdict === 'otp-rejected' && !accepted) rejectionsBeforeAccept++;
          }
          if ('error' in outcome) {
            expect(outcome.error instanceof OtpRejectedError || outcome.error instanceof WebAuthRequiredError).toBe(true);
            stopped = true;
          }
        }
        expect(rejectionsBeforeAccept).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});
