import { describe, expect, it } from 'vitest';
import { OtpBreakerOpenError, OtpRateLimitedError, OtpRejectedError, WebAuthRequiredError } from '../../src/errors.js';
import { EARLY_MARGIN_MS, OtpGate, type Verdict, waitTotal } from '../../src/otp/gate.js';
import type { TotpSpec } from '../../src/otp/secret.js';
import { msLeftInStep, stepAt, totpAt } from '../../src/otp/totp.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

const spec: TotpSpec = { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 };
const WINDOW = 30_000;
const T0 = 1_800_000_000_000; // a window start (divisible by 30 000)

function setup(startAt: number, minRemainingSec = 5) {
  const clock = new FakeClock(startAt);
  const logger = new MemoryLogger();
  const gate = new OtpGate({ registry: 'npm', spec, clock, logger, minRemainingSec });
  return { clock, logger, gate };
}

/** An attempt that records when it ran and with which code, answering from `verdicts` in turn. */
function scripted(clock: FakeClock, verdicts: Verdict[], latencyMs = 700) {
  const calls: { at: number; code: string }[] = [];
  const attempt = async (code: string) => {
    calls.push({ at: clock.now(), code });
    clock.advance(latencyMs);
    return verdicts[calls.length - 1] ?? 'accepted';
  };
  return { calls, attempt, verdict: (v: Verdict) => v };
}

describe('OtpGate window guard', () => {
  it('uses the current window at once when enough time is left', async () => {
    const { clock, gate, logger } = setup(T0 + 10_000);
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    const result = await gate.run(attempt, verdict);
    expect(result).toMatchObject({ value: 'accepted', attempts: 1, waits: [] });
    expect(calls).toEqual([{ at: T0 + 10_000, code: totpAt(spec, T0 + 10_000) }]);
    expect(clock.sleeps).toEqual([]);
    expect(logger.masked).toEqual([calls[0]!.code]);
  });

  it('waits for the next window, past its first second, when fewer than otp-min-remaining seconds are left', async () => {
    const { clock, gate } = setup(T0 + 26_000); // 4 s left < 5 s
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    const result = await gate.run(attempt, verdict);
    expect(calls[0]!.at).toBe(T0 + WINDOW + EARLY_MARGIN_MS);
    expect(calls[0]!.code).toBe(totpAt(spec, T0 + WINDOW));
    expect(waitTotal(result.waits)).toBe(4_000 + EARLY_MARGIN_MS);
    expect(result.waits).toEqual([{ from: T0 + 26_000, to: T0 + WINDOW + EARLY_MARGIN_MS }]);
    expect(clock.sleeps).toEqual([4_000 + EARLY_MARGIN_MS]);
  });

  it('does not make a code in the first second of a window: the registry may still be in the one before', async () => {
    const { clock, gate } = setup(T0 + 300);
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    const result = await gate.run(attempt, verdict);
    expect(clock.sleeps).toEqual([EARLY_MARGIN_MS - 300]);
    expect(calls[0]!.at).toBe(T0 + EARLY_MARGIN_MS);
    expect(waitTotal(result.waits)).toBe(EARLY_MARGIN_MS - 300);
  });

  it('keeps the early margin inside what otp-min-remaining leaves of the window', async () => {
    const { clock, gate } = setup(T0 + 100, 29.5);
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    await gate.run(attempt, verdict);
    expect(calls[0]!.at).toBe(T0 + 500);
    expect(msLeftInStep(spec, calls[0]!.at)).toBe(29_500);
  });

  it('treats exactly otp-min-remaining seconds left as enough', async () => {
    const { clock, gate } = setup(T0 + 25_000); // exactly 5 s left
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    await gate.run(attempt, verdict);
    expect(calls[0]!.at).toBe(T0 + 25_000);
  });

  it('at the very last millisecond of a window waits into the next one', async () => {
    const { clock, gate } = setup(T0 + WINDOW - 1);
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    await gate.run(attempt, verdict);
    expect(clock.sleeps).toEqual([1 + EARLY_MARGIN_MS]);
    expect(calls[0]!.at).toBe(T0 + WINDOW + EARLY_MARGIN_MS);
  });

  it('with otp-min-remaining 0 never waits before the first code', async () => {
    const { clock, gate } = setup(T0 + WINDOW - 1, 0);
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    await gate.run(attempt, verdict);
    expect(calls[0]!.at).toBe(T0 + WINDOW - 1);
  });
});

describe('OtpGate single retry', () => {
  it('after a rejection waits for the next window and retries once with its code', async () => {
    const { clock, gate, logger } = setup(T0 + 12_000);
    const { calls, attempt, verdict } = scripted(clock, ['otp-rejected', 'accepted']);
    const result = await gate.run(attempt, verdict);
    expect(result.attempts).toBe(2);
    expect(calls).toHaveLength(2);
    expect(stepAt(spec, calls[1]!.at)).toBe(stepAt(spec, calls[0]!.at) + 1);
    expect(calls[1]!.at).toBe(T0 + WINDOW + EARLY_MARGIN_MS);
    expect(calls[1]!.code).toBe(totpAt(spec, T0 + WINDOW));
    expect(calls[1]!.code).not.toBe(calls[0]!.code);
    expect(logger.masked).toEqual([calls[0]!.code, calls[1]!.code]);
    expect(logger.lines.some((line) => line.includes('retrying once'))).toBe(true);
  });

  it('when the rejection arrives after the window already rolled, retries at once in the new window', async () => {
    const { clock, gate } = setup(T0 + 24_000);
    const { calls, attempt, verdict } = scripted(clock, ['otp-rejected', 'accepted'], 8_000); // answer lands at T0+32 s
    await gate.run(attempt, verdict);
    expect(calls[1]!.at).toBe(T0 + 32_000);
    expect(clock.sleeps).toEqual([]);
  });

  it('the retry also respects otp-min-remaining', async () => {
    const { clock, gate } = setup(T0 + 20_000);
    const { calls, attempt, verdict } = scripted(clock, ['otp-rejected', 'accepted'], 36_000); // answer at T0+56 s: 4 s left
    await gate.run(attempt, verdict);
    expect(calls[1]!.at).toBe(T0 + 2 * WINDOW + EARLY_MARGIN_MS);
    expect(msLeftInStep(spec, calls[1]!.at)).toBe(WINDOW - EARLY_MARGIN_MS);
  });

  it('a second rejection fails with OtpRejectedError after exactly 2 attempts', async () => {
    const { clock, gate } = setup(T0 + 1_000);
    const { calls, attempt, verdict } = scripted(clock, ['otp-rejected', 'otp-rejected', 'accepted']);
    await expect(gate.run(attempt, verdict)).rejects.toBeInstanceOf(OtpRejectedError);
    expect(calls).toHaveLength(2);
  });

  it('after two rejections refuses every later package without sending a code', async () => {
    const { clock, gate } = setup(T0 + 1_000);
    const first = scripted(clock, ['otp-rejected', 'otp-rejected']);
    await expect(gate.run(first.attempt, first.verdict)).rejects.toBeInstanceOf(OtpRejectedError);
    const later = scripted(clock, ['accepted']);
    await expect(gate.run(later.attempt, later.verdict)).rejects.toBeInstanceOf(OtpBreakerOpenError);
    expect(later.calls).toHaveLength(0);
  });

  it('a web-auth demand stops the registry at once, without a retry', async () => {
    const { clock, gate } = setup(T0 + 1_000);
    const first = scripted(clock, ['web-auth', 'accepted']);
    await expect(gate.run(first.attempt, first.verdict)).rejects.toBeInstanceOf(WebAuthRequiredError);
    expect(first.calls).toHaveLength(1);
    const later = scripted(clock, ['accepted']);
    await expect(gate.run(later.attempt, later.verdict)).rejects.toBeInstanceOf(WebAuthRequiredError);
    expect(later.calls).toHaveLength(0);
  });

  it("an 'other' outcome is returned as is, without retry", async () => {
    const { clock, gate } = setup(T0 + 1_000);
    const { calls, attempt, verdict } = scripted(clock, ['other']);
    expect((await gate.run(attempt, verdict)).value).toBe('other');
    expect(calls).toHaveLength(1);
  });
});

describe('OtpGate with concurrent callers', () => {
  it('lets one attempt run alone until a code is accepted, then fans out', async () => {
    const { gate } = setup(T0 + 1_000);
    let inFlight = 0;
    let maxInFlight = 0;
    const log: string[] = [];
    const attempt = (name: string) => async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      log.push(`end ${name}`);
      return 'accepted' as Verdict;
    };
    await Promise.all(['a', 'b', 'c'].map((name) => gate.run(attempt(name), (v) => v)));
    expect(log.slice(0, 2)).toEqual(['start a', 'end a']);
    expect(maxInFlight).toBe(2);
  });

  it('uploads in flight refused for the same code (a rolled-over window) count one refusal: each retries once in the next window', async () => {
    const { clock, gate } = setup(T0 + 1_000);
    const warm = scripted(clock, ['accepted']);
    await gate.run(warm.attempt, warm.verdict); // a code was accepted: the secret is right
    clock.advance(T0 + 24_000 - clock.now()); // 6 s left: codes are made at once
    const sent: Array<{ name: string; code: string }> = [];
    let release!: () => void;
    const edge = new Promise<void>((resolve) => (release = resolve));
    const attempt = (name: string) => async (code: string, attemptNumber: number) => {
      sent.push({ name, code });
      if (attemptNumber === 1) {
        await edge; // all three in flight while the window rolls over
        return 'otp-rejected' as Verdict;
      }
      return 'accepted' as Verdict;
    };
    const runs = ['a', 'b', 'c'].map((name) => gate.run(attempt(name), (v) => v));
    while (sent.length < 3) await new Promise((resolve) => setImmediate(resolve));
    clock.advance(7_000);
    release();
    const results = await Promise.all(runs);
    expect(results.map((result) => result.attempts)).toEqual([2, 2, 2]);
    expect(new Set(sent.slice(0, 3).map((s) => s.code)).size).toBe(1);
    expect(sent.slice(3).map((s) => s.code)).toEqual(Array(3).fill(totpAt(spec, T0 + 31_000)));
  });

  it('after an accepted code, two refused codes in a row still stop the registry (the count starts again from each acceptance)', async () => {
    const { clock, gate } = setup(T0 + 1_000);
    const warm = scripted(clock, ['accepted']);
    await gate.run(warm.attempt, warm.verdict);
    const one = scripted(clock, ['otp-rejected', 'otp-rejected']);
    await expect(gate.run(one.attempt, one.verdict)).rejects.toBeInstanceOf(OtpRejectedError);
    expect(one.calls).toHaveLength(2);
    const later = scripted(clock, ['accepted']);
    await expect(gate.run(later.attempt, later.verdict)).rejects.toBeInstanceOf(OtpBreakerOpenError);
    expect(later.calls).toHaveLength(0);
  });

  it('with a wrong secret, many waiting packages cost 2 attempts in total', async () => {
    const { clock, gate } = setup(T0 + 1_000);
    let attempts = 0;
    const attempt = async () => {
      attempts++;
      clock.advance(500);
      return 'otp-rejected' as Verdict;
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => gate.run(attempt, (v) => v)));
    expect(attempts).toBe(2);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof OtpRejectedError)).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof OtpBreakerOpenError)).toHaveLength(9);
  });

  it('generates codes for the registry clock when its bounds are set', async () => {
    const { clock, gate } = setup(T0 + 1_000);
    gate.setClockBounds({ lowMs: 90_000, highMs: 90_000 });
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    await gate.run(attempt, verdict);
    expect(calls[0]!.code).toBe(totpAt(spec, T0 + 91_000));
  });

  it('with tight bounds, waits only for their width past the edge instead of the default second', async () => {
    const { clock, gate } = setup(T0 + 26_000); // 4 s left < 5 s
    gate.setClockBounds({ lowMs: -120, highMs: 80 });
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    const result = await gate.run(attempt, verdict);
    // The registry may be 120 ms behind: its window begins at the latest at T0 + 30 120 on the runner's clock.
    expect(calls[0]!.at).toBe(T0 + WINDOW + 120);
    expect(calls[0]!.code).toBe(totpAt(spec, T0 + WINDOW));
    expect(waitTotal(result.waits)).toBe(4_120);
  });

  it('keeps the guard against the earliest the registry can roll over: its clock may be ahead by the upper bound', async () => {
    // 5.1 s left on the runner's clock, but the registry may be 200 ms ahead: 4.9 s left there.
    const { clock, gate } = setup(T0 + 24_900);
    gate.setClockBounds({ lowMs: 0, highMs: 200 });
    const { calls, attempt, verdict } = scripted(clock, ['accepted']);
    await gate.run(attempt, verdict);
    expect(calls[0]!.at).toBe(T0 + WINDOW);
    const early = setup(T0 + 24_700);
    early.gate.setClockBounds({ lowMs: 0, highMs: 200 });
    const once = scripted(early.clock, ['accepted']);
    expect(waitTotal((await early.gate.run(once.attempt, once.verdict)).waits)).toBe(0);
    expect(once.calls[0]!.at).toBe(T0 + 24_700);
  });
});

describe('OtpGate under an OTP rate limit', () => {
  it('sends no further code after the registry says codes are rate-limited, and says when a re-run can succeed', async () => {
    const { clock, gate } = setup(T0 + 10_000);
    const until = T0 + 10_000 + 120_000;
    const { calls, attempt, verdict } = scripted(clock, [{ rateLimitedUntil: until }]);
    const error = await gate.run(attempt, verdict).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OtpRateLimitedError);
    expect((error as Error).message).toContain(`Re-run the job after ${new Date(until).toISOString()}`);
    expect(calls).toHaveLength(1);
    const next = scripted(clock, ['accepted']);
    await expect(gate.run(next.attempt, next.verdict)).rejects.toThrow(OtpRateLimitedError);
    expect(next.calls).toEqual([]);
  });

  it('a 429 that is a registry fault ("other") counts as no rejection', async () => {
    const { clock, gate } = setup(T0 + 10_000);
    // Two faults, then a rejection: it still gets its one retry (the faults counted for nothing).
    for (const [verdicts, value, attempts] of [
      [['other'], 'other', 1],
      [['other'], 'other', 1],
      [['otp-rejected', 'accepted'], 'accepted', 2],
    ] as Array<[Verdict[], Verdict, number]>) {
      const { attempt, verdict } = scripted(clock, verdicts);
      await expect(gate.run(attempt, verdict)).resolves.toMatchObject({ value, attempts });
    }
  });
});

describe('OtpGate adaptive guard (otp-min-remaining: auto)', () => {
  const adaptive = (startAt: number) => {
    const clock = new FakeClock(startAt);
    return { clock, gate: new OtpGate({ registry: 'npm', spec, clock, logger: new MemoryLogger(), minRemainingSec: 5, adaptive: true }) };
  };

  const answer = (clock: FakeClock, gate: OtpGate, ms: number, verdict: Verdict = 'accepted') =>
    gate.run(scripted(clock, [verdict], ms).attempt, (v: Verdict) => v);

  it('keeps the fixed guard until three codes were answered, then uses 1.5 times the 90th percentile of the latest answers, never under 0.5 s', async () => {
    const { clock, gate } = adaptive(T0 + 10_000);
    expect(gate.guardMs).toBe(5_000);
    await answer(clock, gate, 1_500);
    await answer(clock, gate, 300);
    expect(gate.guardMs).toBe(5_000); // two answers are not enough
    await answer(clock, gate, 300);
    expect(gate.guardMs).toBe(2_250); // of three, the 90th percentile is the slowest
    for (let i = 0; i < 7; i++) await answer(clock, gate, 300);
    expect(gate.guardMs).toBe(500); // one slow answer in ten is left out; 1.5 x 300 ms is under the floor
    for (let i = 0; i < 10; i++) await answer(clock, gate, 1_000);
    expect(gate.guardMs).toBe(1_500);
    for (let i = 0; i < 20; i++) await answer(clock, gate, 200);
    expect(gate.guardMs).toBe(500); // only the latest twenty count
  });

  it('before three answers, an upload that sends its code at once gets 1.5 times the slowest read, never under 2 s, instead of the fixed guard', async () => {
    const { clock, gate } = adaptive(T0 + 10_000);
    const atOnce = { bytes: 10_000, sentAtOnce: true };
    expect(gate.guardFor(atOnce)).toBe(2_000);
    gate.setSlowestRead(1_200);
    expect(gate.guardFor(atOnce)).toBe(2_000);
    gate.setSlowestRead(1_800);
    gate.setSlowestRead(100); // the slowest so far stands
    expect(gate.guardFor(atOnce)).toBe(2_700);
    // A command (or signing first), a size not known, or an upload of over 1 MiB: the fixed guard.
    expect(gate.guardFor({ bytes: 10_000 })).toBe(5_000);
    expect(gate.guardFor({ sentAtOnce: true })).toBe(5_000);
    expect(gate.guardFor({ bytes: 1024 * 1024 + 1, sentAtOnce: true })).toBe(5_000);
    const fixed = new OtpGate({ registry: 'npm', spec, clock, logger: new MemoryLogger(), minRemainingSec: 5 });
    expect(fixed.guardFor(atOnce)).toBe(5_000); // a number given for otp-min-remaining always wins
    gate.setSlowestRead(4_000);
    expect(gate.guardFor(atOnce)).toBe(5_000); // never over the fixed guard
    for (let i = 0; i < 3; i++) await answer(clock, gate, 300);
    expect(gate.guardFor(atOnce)).toBe(500); // answers timed: the measured guard, as for any upload
  });

  it('with 3 s left before any answer: an upload that sends its code at once goes; a command waits for the next window', async () => {
    const { clock, gate } = adaptive(T0 + 27_000);
    const upload = scripted(clock, ['accepted'], 200);
    const result = await gate.run(upload.attempt, upload.verdict, undefined, { bytes: 10_000, sentAtOnce: true });
    expect(waitTotal(result.waits)).toBe(0);
    expect(upload.calls[0]!.code).toBe(totpAt(spec, T0 + 27_000 - EARLY_MARGIN_MS));
    const later = adaptive(T0 + 27_000);
    const command = scripted(later.clock, ['accepted'], 200);
    expect(waitTotal((await later.gate.run(command.attempt, command.verdict, undefined, { bytes: 10_000 })).waits)).toBe(3_000 + EARLY_MARGIN_MS);
  });

  it('with 3 s left: waits while too little was timed, uses the window once answers are fast', async () => {
    const { clock, gate } = adaptive(T0 + 20_000);
    for (let i = 0; i < 3; i++) await answer(clock, gate, 200);
    clock.advance(T0 + 27_000 - clock.now()); // 3 s left: under 5 s, over the 1 s now in force
    const { calls, attempt, verdict } = scripted(clock, ['accepted'], 200);
    const result = await gate.run(attempt, verdict);
    expect(waitTotal(result.waits)).toBe(0);
    expect(calls[0]!.at).toBe(T0 + 27_000);

    const fixed = setup(T0 + 27_000); // the same moment with a fixed 5 s guard waits for the next window
    const second = scripted(fixed.clock, ['accepted'], 200);
    expect(waitTotal((await fixed.gate.run(second.attempt, second.verdict)).waits)).toBe(3_000 + EARLY_MARGIN_MS);
  });

  it('a fault does not time the guard (it may have run into a timeout); never over half the period', async () => {
    const { clock, gate } = adaptive(T0 + 1_000);
    for (let i = 0; i < 3; i++) await answer(clock, gate, 60_000, 'other');
    expect(gate.guardMs).toBe(5_000);
    for (let i = 0; i < 3; i++) await answer(clock, gate, 12_000);
    expect(gate.guardMs).toBe(15_000);
  });

  it('after timeFrom, answers about codes made earlier cap at the fixed guard, and three later answers set it alone', async () => {
    const { clock, gate } = adaptive(T0 + 1_000);
    for (let i = 0; i < 3; i++) await answer(clock, gate, 4_000); // queued behind the run's own reads
    expect(gate.guardMs).toBe(6_000);
    gate.timeFrom(clock.now());
    expect(gate.guardMs).toBe(5_000); // the old answers, no longer over the fixed guard
    await answer(clock, gate, 200);
    await answer(clock, gate, 200);
    expect(gate.guardMs).toBe(5_000); // two fresh answers are not enough
    await answer(clock, gate, 300);
    expect(gate.guardMs).toBe(500); // three fresh answers: 1.5 x 300 ms, under the floor
    await answer(clock, gate, 900);
    expect(gate.guardMs).toBe(1_350); // the fresh ones only: the 4 s answers no longer count
  });

  it('an answer that comes after timeFrom about a code made before it is not fresh', async () => {
    const { clock, gate } = adaptive(T0 + 1_000);
    let answerNow!: () => void;
    const answered = new Promise<void>((resolve) => (answerNow = resolve));
    let made: number | undefined;
    const pending = gate.run(
      async () => {
        made = clock.now();
        await answered;
        return 'accepted' as Verdict;
      },
      (v: Verdict) => v,
    );
    while (made === undefined) await Promise.resolve(); // the code is made now...
    clock.advance(1_000);
    gate.timeFrom(clock.now()); // ...the load changes...
    clock.advance(5_000);
    answerNow(); // ...and its answer comes 6 s after the code
    await pending;
    for (let i = 0; i < 2; i++) await answer(clock, gate, 250);
    expect(gate.guardMs).toBe(5_000); // three answers in, two of them fresh: capped at the fixed guard
    await answer(clock, gate, 250);
    expect(gate.guardMs).toBe(500);
  });

  it('an upload of over 1 MiB and over 4 times the largest timed keeps the fixed guard; one of the sizes timed uses the measured one', async () => {
    const { clock, gate } = adaptive(T0 + 1_000);
    const MiB = 1024 * 1024;
    for (let i = 0; i < 3; i++) await gate.run(scripted(clock, ['accepted'], 300).attempt, (v: Verdict) => v, undefined, { bytes: 2 * MiB });
    expect(gate.guardMs).toBe(500);
    expect(gate.guardFor()).toBe(500);
    expect(gate.guardFor({ bytes: 8 * MiB })).toBe(500); // 4 times the largest timed: still described by it
    expect(gate.guardFor({ bytes: 8 * MiB + 1 })).toBe(5_000);
    await gate.run(scripted(clock, ['accepted'], 300).attempt, (v: Verdict) => v); // timed, size unknown: no larger size known
    expect(gate.guardFor({ bytes: 9 * MiB })).toBe(5_000);

    // Small uploads are not held to it: their transfer takes no time to speak of.
    const small = adaptive(T0 + 1_000);
    for (let i = 0; i < 3; i++) await small.gate.run(scripted(small.clock, ['accepted'], 300).attempt, (v: Verdict) => v, undefined, { bytes: 10_000 });
    expect(small.gate.guardFor({ bytes: MiB })).toBe(500);
    expect(small.gate.guardFor({ bytes: MiB + 1 })).toBe(5_000);
  });

  it('waits at a window edge for a large upload with 3 s left, while a small one goes', async () => {
    const { clock, gate } = adaptive(T0 + 20_000);
    for (let i = 0; i < 3; i++) await gate.run(scripted(clock, ['accepted'], 200).attempt, (v: Verdict) => v, undefined, { bytes: 50_000 });
    clock.advance(T0 + 27_000 - clock.now()); // 3 s left
    const small = scripted(clock, ['accepted'], 0);
    expect(waitTotal((await gate.run(small.attempt, small.verdict, undefined, { bytes: 60_000 })).waits)).toBe(0);
    const large = scripted(clock, ['accepted'], 0);
    const result = await gate.run(large.attempt, large.verdict, undefined, { bytes: 20 * 1024 * 1024 });
    expect(waitTotal(result.waits)).toBe(3_000 + EARLY_MARGIN_MS);
    expect(large.calls[0]!.at).toBe(T0 + 31_000);
  });
});
