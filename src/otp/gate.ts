import type { Clock } from '../clock.js';
import { OtpBreakerOpenError, OtpRateLimitedError, OtpRejectedError, WebAuthRequiredError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TotpSpec } from './secret.js';
import type { ClockBounds } from './skew.js';
import { msLeftInStep, stepAt, totpAt } from './totp.js';

/** How the caller reads the result of one attempt; `rateLimitedUntil`: the registry rate-limits codes (until then, if it said). */
export type Verdict = 'accepted' | 'otp-rejected' | 'web-auth' | 'other' | { rateLimitedUntil: number | undefined };

export interface GateOptions {
  /** Registry name, for messages. */
  registry: string;
  spec: TotpSpec;
  clock: Clock;
  /** Never hand out a code with fewer seconds than this left in its window (with `adaptive`: until ADAPTIVE_SAMPLES answers were timed, see firstGuard). */
  minRemainingSec: number;
  /**
   * Derive the guard from measured time: once the registry has answered ADAPTIVE_SAMPLES codes,
   * the guard is ADAPTIVE_FACTOR times the 90th percentile of the last ADAPTIVE_WINDOW times from
   * making a code to its answer, never under ADAPTIVE_FLOOR_MS nor over half the period (the
   * `otp-min-remaining` input left at `auto`). An upload much larger than those timed keeps the fixed guard (guardFor).
   */
  adaptive?: boolean;
  logger: Logger;
}

/** What one attempt sends, as far as the guard is concerned. */
export interface UploadShape {
  /** The bytes it uploads, when known. */
  bytes?: number;
  /**
   * It sends its code the moment it is made: a request from this process, with no work (such as
   * signing provenance) between making the code and sending it. A command run for it does not.
   */
  sentAtOnce?: boolean;
}

/** A stretch of time spent waiting for a fresh window, from and to (the clock's ms). */
export interface WaitSpan {
  from: number;
  to: number;
}

export interface GateResult<T> {
  value: T;
  /** Codes sent: 1, or 2 after a rejection. */
  attempts: number;
  /** When it waited for a fresh window (one span per wait; none when it did not wait). */
  waits: WaitSpan[];
}

/** The time spent in `waits`, ms. */
export function waitTotal(waits: WaitSpan[]): number {
  return waits.reduce((sum, { from, to }) => sum + to - from, 0);
}

/**
 * The one OTP mechanism, shared by every registry. Per registry and run it:
 * - generates each code just before the attempt that carries it, never with less than the guard
 *   left in the window (`minRemainingSec`, or under `adaptive` measured: guardFor; it waits for
 *   the next window instead), and only when
 *   the registry's clock, known to lie within setClockBounds (by default up to EARLY_MARGIN_MS
 *   behind the runner's), is in the same window from the moment the code is made until the guard
 *   has passed;
 * - after an OTP rejection, waits until a new window has begun and retries exactly once;
 * - after a second refused code in a row, here or in another publish of the registry (the same
 *   code refused for several uploads counts once), or after a web-auth demand, refuses all further
 *   attempts on this registry;
 * - lets one attempt run alone until a code has been accepted, so a wrong secret costs two codes, not two per package;
 * - after an answer that the registry rate-limits codes, sends none for the rest of the run
 *   (a 429 without that is a registry fault for the caller, and costs no rejection).
 */
export class OtpGate {
  /** Registry clock minus runner clock lies in [lowMs, highMs]. */
  private bounds: ClockBounds = DEFAULT_BOUNDS;
  /** The latest answers about codes: when each code was made, how long its answer took (ms) and the bytes its upload sent, when known (at most ADAPTIVE_WINDOW). */
  private readonly answers: Array<{ madeAt: number; ms: number; bytes: number | undefined }> = [];
  /** Codes made from this time on are timed in the registry's present load (see timeFrom). */
  private freshFrom = Number.NEGATIVE_INFINITY;
  private accepted = false;
  /** The slowest round trip of the registry's reads so far (setSlowestRead), ms. */
  private slowestReadMs = 0;
  /**
   * Codes refused since the last accepted one, across all publishes of this registry. A code is
   * counted once however many uploads carried it: uploads in flight when a window rolls over all
   * carry the same code, and its refusal is one piece of evidence, not several.
   */
  private readonly refused = new Set<string>();
  private failure: Error | undefined;
  private pioneer: Promise<unknown> | undefined;

  constructor(private readonly options: GateOptions) {}

  get registry(): string {
    return this.options.registry;
  }

  /** The time a code must have left in its window when it is made, ms. */
  get guardMs(): number {
    const { adaptive, minRemainingSec } = this.options;
    if (!adaptive || this.answers.length < ADAPTIVE_SAMPLES) return minRemainingSec * 1000;
    const fresh = this.answers.filter((answer) => answer.madeAt >= this.freshFrom);
    if (fresh.length >= ADAPTIVE_SAMPLES) return this.guardFrom(fresh.map((answer) => answer.ms));
    // Answers from before the load changed: never a longer guard than the fixed one, since they timed a queue that is gone.
    const stale = this.guardFrom(this.answers.map((answer) => answer.ms));
    return this.freshFrom === Number.NEGATIVE_INFINITY ? stale : Math.min(stale, minRemainingSec * 1000);
  }

  /**
   * The guard for one upload: guardMs, except that
   * - an upload of over LARGE_UPLOAD_MIN_BYTES and more than LARGE_UPLOAD_FACTOR times the largest
   *   one timed so far gets at least the fixed guard (`otp-min-remaining`), since the times
   *   measured do not describe its transfer;
   * - before any answer was timed, an adaptive guard gives an upload that sends its code at once
   *   and is not that large firstGuard instead of the fixed guard meant for a command.
   */
  guardFor(upload: UploadShape = {}): number {
    const guardMs = this.guardMs;
    const { bytes, sentAtOnce } = upload;
    const fixedMs = this.options.minRemainingSec * 1000;
    if (bytes === undefined || bytes <= LARGE_UPLOAD_MIN_BYTES) {
      const untimed = this.options.adaptive && this.answers.length < ADAPTIVE_SAMPLES;
      return untimed && sentAtOnce && bytes !== undefined ? Math.min(guardMs, this.firstGuard) : guardMs;
    }
    const timed = this.answers.flatMap((answer) => (answer.bytes === undefined ? [] : [answer.bytes]));
    const largest = Math.max(0, ...timed);
    return bytes > LARGE_UPLOAD_FACTOR * largest ? Math.max(guardMs, fixedMs) : guardMs;
  }

  /**
   * The adaptive guard before the registry has answered codes, for an upload that sends its code at
   * once: ADAPTIVE_FACTOR times the slowest read's round trip, never under FIRST_GUARD_MIN_MS.
   */
  private get firstGuard(): number {
    return Math.min(Math.max(FIRST_GUARD_MIN_MS, ADAPTIVE_FACTOR * this.slowestReadMs), (this.options.spec.period * 1000) / 2);
  }

  /** The registry's reads (such as the existence checks) took up to `ms` from request to answer. */
  setSlowestRead(ms: number): void {
    this.slowestReadMs = Math.max(this.slowestReadMs, ms);
  }

  /** ADAPTIVE_FACTOR times the 90th percentile of `times`, within the floor and half the period. */
  private guardFrom(times: number[]): number {
    const sorted = [...times].sort((a, b) => a - b);
    const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
    return Math.min(Math.max(ADAPTIVE_FLOOR_MS, ADAPTIVE_FACTOR * p90), (this.options.spec.period * 1000) / 2);
  }

  /**
   * The load the run put on the registry changed now (the reads beside the first uploads have drained, or all have answered):
   * once ADAPTIVE_SAMPLES answers about codes made from now on are in, only those set the guard.
   * Until then the earlier ones do, so the guard never drops on too few answers.
   */
  timeFrom(now: number): void {
    this.freshFrom = now;
  }

  /** Where the registry clock minus the runner clock lies, in ms (from clockBounds): codes are made for the registry's time. */
  setClockBounds(bounds: ClockBounds): void {
    this.bounds = bounds;
  }

  /** `logger` is where this run's lines go (default: the gate's); masks go there too. `upload`: what the attempt sends (guardFor). */
  async run<T>(
    attempt: (code: string, attemptNumber: number) => Promise<T>,
    verdict: (value: T) => Verdict,
    logger: Logger = this.options.logger,
    upload: UploadShape = {},
  ): Promise<GateResult<T>> {
    while (!this.accepted && this.pioneer) {
      this.throwIfStopped();
      await this.pioneer;
    }
    this.throwIfStopped();
    const result = this.attemptTwice(attempt, verdict, logger, upload);
    if (!this.accepted) {
      const settled = result.then(
        () => undefined,
        () => undefined,
      );
      this.pioneer = settled;
      void settled.then(() => {
        if (this.pioneer === settled) this.pioneer = undefined;
      });
    }
    return result;
  }

  private throwIfStopped(): void {
    if (this.failure instanceof WebAuthRequiredError) throw new WebAuthRequiredError(this.options.registry);
    if (this.failure instanceof OtpRateLimitedError) throw new OtpRateLimitedError(this.options.registry, this.failure.until);
    if (this.failure) throw new OtpBreakerOpenError(this.options.registry);
  }

  private async attemptTwice<T>(
    attempt: (code: string, attemptNumber: number) => Promise<T>,
    verdict: (value: T) => Verdict,
    logger: Logger,
    upload: UploadShape,
  ): Promise<GateResult<T>> {
    const { registry, spec } = this.options;
    const waits: WaitSpan[] = [];
    let rejectedStep: number | undefined;
    for (let attemptNumber = 1; ; attemptNumber++) {
      const from = this.options.clock.now();
      const waited = await this.waitForUsableWindow(rejectedStep, upload);
      if (waited > 0) {
        logger.debug(`${registry}: waited ${(waited / 1000).toFixed(1)} s for a fresh window`);
        waits.push({ from, to: from + waited });
      }
      const { guardMs, uncertaintyMs } = this.margins(upload);
      const now = this.registryNow(uncertaintyMs);
      const code = totpAt(spec, now);
      logger.mask(code);
      const left = msLeftInStep(spec, now) - uncertaintyMs;
      logger.debug(`${registry}: OTP attempt ${attemptNumber}, ${Math.floor(left / 1000)} s left in its window (guard ${(guardMs / 1000).toFixed(1)} s)`);
      const made = this.options.clock.now();
      const value = await attempt(code, attemptNumber);
      const outcome = verdict(value);
      // Only answers about the code time it (a fault may have taken until a timeout).
      if (outcome === 'accepted' || outcome === 'otp-rejected') this.timeAnswer({ madeAt: made, ms: this.options.clock.now() - made, bytes: upload.bytes });
      if (outcome === 'accepted') {
        this.accepted = true;
        this.refused.clear();
      }
      if (outcome === 'accepted' || outcome === 'other') return { value, attempts: attemptNumber, waits };
      if (outcome === 'web-auth') throw this.stop(new WebAuthRequiredError(registry));
      if (typeof outcome === 'object') throw this.stop(new OtpRateLimitedError(registry, outcome.rateLimitedUntil));
      // Two refused codes in a row, in this publish or across publishes: no third code is sent; and never a third attempt.
      this.refused.add(code);
      if (this.refused.size >= 2 || attemptNumber >= 2) throw this.stop(new OtpRejectedError(registry, attemptNumber));
      logger.warning(`${registry}: the one-time password was rejected; retrying once with a code from the next window`);
      rejectedStep = stepAt(spec, now);
    }
  }

  private timeAnswer(answer: { madeAt: number; ms: number; bytes: number | undefined }): void {
    this.answers.push(answer);
    if (this.answers.length > ADAPTIVE_WINDOW) this.answers.shift();
  }

  private stop(error: Error): Error {
    this.failure = error;
    return error;
  }

  /** The earliest time the registry's clock can show now (`uncertaintyMs` from margins()): a code made for it is never early. */
  private registryNow(uncertaintyMs: number): number {
    return this.options.clock.now() + this.bounds.highMs - uncertaintyMs;
  }

  /** The guard for `upload`, and how far the registry's clock may be ahead of registryNow() (the two together at most a period), ms. */
  private margins(upload: UploadShape): { guardMs: number; uncertaintyMs: number } {
    const guardMs = this.guardFor(upload);
    return { guardMs, uncertaintyMs: Math.max(0, Math.min(this.bounds.highMs - this.bounds.lowMs, this.options.spec.period * 1000 - guardMs)) };
  }

  /**
   * Sleeps until the registry's clock, wherever it lies within the bounds, stays in one window
   * (later than `afterStep`, if given) from now until the guard has passed; returns ms slept.
   */
  private async waitForUsableWindow(afterStep: number | undefined, upload: UploadShape): Promise<number> {
    const { spec, clock } = this.options;
    const started = clock.now();
    for (;;) {
      const { guardMs, uncertaintyMs } = this.margins(upload);
      const now = this.registryNow(uncertaintyMs);
      const left = msLeftInStep(spec, now);
      const tooEarly = afterStep !== undefined && stepAt(spec, now) <= afterStep;
      if (tooEarly || left < uncertaintyMs + guardMs) await clock.sleep(left);
      else return clock.now() - started;
    }
  }
}

/**
 * Without Date headers to read, the registry's clock is taken to be up to this much behind the
 * runner's, so no code is made in the first second of a window (runner clocks drift).
 */
export const EARLY_MARGIN_MS = 1_000;
const DEFAULT_BOUNDS: ClockBounds = { lowMs: -EARLY_MARGIN_MS, highMs: 0 };

/**
 * The adaptive guard: this many times the 90th percentile of the latest ADAPTIVE_WINDOW
 * code-to-answer times, once ADAPTIVE_SAMPLES are in (one slow answer, such as the first upload
 * racing the run's reads, does not set it alone), and never less than ADAPTIVE_FLOOR_MS. The
 * registry checks a code before it answers (it still stores the upload and replies), so an answer
 * time bounds the check's from above; the factor is the margin on top of that bound.
 */
export const ADAPTIVE_FACTOR = 1.5;
export const ADAPTIVE_FLOOR_MS = 500;
export const ADAPTIVE_SAMPLES = 3;
export const ADAPTIVE_WINDOW = 20;

/**
 * Before the registry has answered ADAPTIVE_SAMPLES codes, an adaptive guard for an upload that
 * sends its code the moment it is made (and is at most LARGE_UPLOAD_MIN_BYTES): ADAPTIVE_FACTOR
 * times the slowest round trip of the registry's reads so far, never under FIRST_GUARD_MIN_MS,
 * instead of the fixed guard, which also covers starting a command. Such an upload is checked after
 * its round trip, its small transfer and any queue at the registry, which the run's reads waited in
 * too; a code checked late would cost one refused code and a retry in the window just begun.
 */
export const FIRST_GUARD_MIN_MS = 2_000;

/**
 * An upload of over LARGE_UPLOAD_MIN_BYTES (whose transfer can take a second or more) and over
 * LARGE_UPLOAD_FACTOR times the largest upload timed so far gets at least the fixed guard: the
 * adaptive guard timed smaller transfers.
 */
export const LARGE_UPLOAD_MIN_BYTES = 1024 * 1024;
export const LARGE_UPLOAD_FACTOR = 4;
