import type { Clock } from '../clock.js';
import { OtpBreakerOpenError, OtpRateLimitedError, OtpRejectedError, WebAuthRequiredError } from '../errors.js';
import type { Logger } from '../logger.js';
import { type GuardPolicy, guardPolicy, type Observation, type UploadShape } from './guard.js';
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
  /** Never hand out a code with fewer seconds than this left in its window (with `adaptive`, until answers were timed: guard.ts). */
  minRemainingSec: number;
  /** Derive the guard from measured time (the `otp-min-remaining` input left at `auto`): AdaptiveGuard. */
  adaptive?: boolean;
  logger: Logger;
}

export type { UploadShape } from './guard.js';

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
  /** How much of its window a code must have left; it learns from the answers (observe). */
  private readonly guard: GuardPolicy;
  private accepted = false;
  /**
   * Codes refused since the last accepted one, across all publishes of this registry. A code is
   * counted once however many uploads carried it: uploads in flight when a window rolls over all
   * carry the same code, and its refusal is one piece of evidence, not several.
   */
  private readonly refused = new Set<string>();
  private failure: Error | undefined;
  private pioneer: Promise<unknown> | undefined;

  constructor(private readonly options: GateOptions) {
    const { minRemainingSec, adaptive, spec } = options;
    this.guard = guardPolicy({ minRemainingSec, adaptive, periodSec: spec.period });
  }

  get registry(): string {
    return this.options.registry;
  }

  /** The time a code must have left in its window when it is made, ms. */
  get guardMs(): number {
    return this.guard.guardFor({});
  }

  /** The guard for one attempt that sends `upload`, ms. */
  guardFor(upload: UploadShape = {}): number {
    return this.guard.guardFor(upload);
  }

  /** Tells the guard policy what the run saw: the planner's reads and load changes, and each answer about a code. */
  private observe(observation: Observation): void {
    this.guard.observe(observation);
  }

  /** The registry's reads (such as the existence checks) took up to `ms` from request to answer. */
  setSlowestRead(ms: number): void {
    this.observe({ read: ms });
  }

  /** The load the run puts on the registry changed now: the guard times answers afresh. */
  timeFrom(now: number): void {
    this.observe({ loadChangedAt: now });
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
      if (outcome === 'accepted' || outcome === 'otp-rejected')
        this.observe({ answer: { madeAt: made, ms: this.options.clock.now() - made, bytes: upload.bytes } });
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
