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

/** The registry answered a code: when the code was made, how long its answer took (ms) and the bytes its upload sent, when known. */
export interface TimedAnswer {
  madeAt: number;
  ms: number;
  bytes: number | undefined;
}

/**
 * What a guard policy learns from the run:
 * - `answer`: the registry answered a code (accepted or refused);
 * - `read`: one of the registry's reads (such as an existence check) took this long, ms;
 * - `loadChangedAt`: the load the run puts on the registry changed at this time (the reads beside
 *   the first uploads have drained, or all have answered).
 */
export type Observation = { answer: TimedAnswer } | { read: number } | { loadChangedAt: number };

/** How much of its window a code must have left when it is made. */
export interface GuardPolicy {
  /** For an attempt that sends `upload`, ms. */
  guardFor(upload: UploadShape): number;
  observe(observation: Observation): void;
}

export interface GuardOptions {
  /** The fixed guard: the `otp-min-remaining` input, s. */
  minRemainingSec: number;
  /** Measure the guard instead (the input left at `auto`): AdaptiveGuard. */
  adaptive?: boolean;
  /** The TOTP period, s. */
  periodSec: number;
}

export function guardPolicy(options: GuardOptions): GuardPolicy {
  return options.adaptive ? new AdaptiveGuard(options.minRemainingSec * 1000, options.periodSec * 1000) : new FixedGuard(options.minRemainingSec * 1000);
}

/** Always the same guard. */
export class FixedGuard implements GuardPolicy {
  constructor(private readonly ms: number) {}

  guardFor(): number {
    return this.ms;
  }

  observe(): void {}
}

/**
 * The guard derived from measured time: once the registry has answered ADAPTIVE_SAMPLES codes,
 * ADAPTIVE_FACTOR times the 90th percentile of the last ADAPTIVE_WINDOW times from making a code
 * to its answer, never under ADAPTIVE_FLOOR_MS nor over half the period. Until then the fixed
 * guard, except for a small upload that sends its code at once (firstGuard); an upload much larger
 * than those timed keeps the fixed guard (guardFor).
 */
export class AdaptiveGuard implements GuardPolicy {
  /** The latest answers about codes (at most ADAPTIVE_WINDOW). */
  private readonly answers: TimedAnswer[] = [];
  /** Codes made from this time on are timed in the registry's present load. */
  private freshFrom = Number.NEGATIVE_INFINITY;
  /** The slowest round trip of the registry's reads so far, ms. */
  private slowestReadMs = 0;

  constructor(
    private readonly fixedMs: number,
    private readonly periodMs: number,
  ) {}

  observe(observation: Observation): void {
    if ('answer' in observation) {
      this.answers.push(observation.answer);
      if (this.answers.length > ADAPTIVE_WINDOW) this.answers.shift();
    } else if ('read' in observation) {
      this.slowestReadMs = Math.max(this.slowestReadMs, observation.read);
    } else {
      // Once ADAPTIVE_SAMPLES answers about codes made from now on are in, only those set the guard;
      // until then the earlier ones do, so the guard never drops on too few answers.
      this.freshFrom = observation.loadChangedAt;
    }
  }

  /**
   * measuredMs, except that
   * - an upload of over LARGE_UPLOAD_MIN_BYTES and more than LARGE_UPLOAD_FACTOR times the largest
   *   one timed so far gets at least the fixed guard, since the times measured do not describe its transfer;
   * - before any answer was timed, an upload that sends its code at once and is not that large
   *   gets firstGuard instead of the fixed guard meant for a command.
   */
  guardFor(upload: UploadShape): number {
    const guardMs = this.measuredMs;
    const { bytes, sentAtOnce } = upload;
    if (bytes === undefined || bytes <= LARGE_UPLOAD_MIN_BYTES) {
      const untimed = this.answers.length < ADAPTIVE_SAMPLES;
      return untimed && sentAtOnce && bytes !== undefined ? Math.min(guardMs, this.firstGuard) : guardMs;
    }
    const timed = this.answers.flatMap((answer) => (answer.bytes === undefined ? [] : [answer.bytes]));
    const largest = Math.max(0, ...timed);
    return bytes > LARGE_UPLOAD_FACTOR * largest ? Math.max(guardMs, this.fixedMs) : guardMs;
  }

  /** The guard from the answers timed so far (the fixed guard until ADAPTIVE_SAMPLES are in). */
  private get measuredMs(): number {
    if (this.answers.length < ADAPTIVE_SAMPLES) return this.fixedMs;
    const fresh = this.answers.filter((answer) => answer.madeAt >= this.freshFrom);
    if (fresh.length >= ADAPTIVE_SAMPLES) return this.guardFrom(fresh.map((answer) => answer.ms));
    // Answers from before the load changed: never a longer guard than the fixed one, since they timed a queue that is gone.
    const stale = this.guardFrom(this.answers.map((answer) => answer.ms));
    return this.freshFrom === Number.NEGATIVE_INFINITY ? stale : Math.min(stale, this.fixedMs);
  }

  /** Before the registry has answered codes: ADAPTIVE_FACTOR times the slowest read's round trip, never under FIRST_GUARD_MIN_MS. */
  private get firstGuard(): number {
    return Math.min(Math.max(FIRST_GUARD_MIN_MS, ADAPTIVE_FACTOR * this.slowestReadMs), this.periodMs / 2);
  }

  /** ADAPTIVE_FACTOR times the 90th percentile of `times`, within the floor and half the period. */
  private guardFrom(times: number[]): number {
    const sorted = [...times].sort((a, b) => a - b);
    const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
    return Math.min(Math.max(ADAPTIVE_FLOOR_MS, ADAPTIVE_FACTOR * p90), this.periodMs / 2);
  }
}

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
