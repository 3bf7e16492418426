import pLimit, { type LimitFunction } from 'p-limit';
import PQueue from 'p-queue';

const CHECK_CONCURRENCY = 16;
/**
 * Existence checks in flight while an upload is in flight or queued. A registry may answer reads
 * and uploads from one queue: reads queued ahead of an upload delay its answer several times over
 * (bench/README.md has the figures), and the window guard grows with every slow answer. A read takes one round trip and an
 * upload a round trip plus its transfer and the registry's store, so one reader still checks
 * packages faster than the uploads publish them (and the checks started while packing are ahead);
 * with no upload in flight or queued (a run with most versions already published, or uploads
 * waiting for checks), checks run CHECK_CONCURRENCY at a time again.
 */
export const CHECKS_BESIDE_UPLOADS = 1;

/**
 * When a run talks to its registries: every slot and counter of the run's scheduling lives here.
 * - Uploads: up to `concurrency` at once; of those ready, the highest priority (the longest chain
 *   of dependents) first. Slots are handed out once `open` is called (packing has settled), and
 *   again a moment after each frees, so the packages that became ready meanwhile, such as the
 *   dependents of the one just done, compete for it.
 * - Existence checks: small reads, more of them at once than uploads; while an upload is in flight
 *   or queued, CHECKS_BESIDE_UPLOADS at a time. Between the uploads of a dependency chain none is
 *   in flight for a moment: the limit is set again only once the freed slot has been handed out,
 *   or a burst of reads would meet the next one.
 * - The run's load on the registry changes twice: when the reads in flight beside the first uploads
 *   have drained to CHECKS_BESIDE_UPLOADS, and when every check has answered (allChecked).
 *   `loadChanged` hears of both (the OTP gates time answers afresh from then on: an answer about a
 *   code made before timed a queue that is gone).
 */
export class Schedule {
  private readonly uploads: PQueue;
  private readonly checks: LimitFunction;
  private readonly checkLimit: number;
  private uploading = 0;
  private reading = 0;
  private drained = false;

  constructor(
    concurrency: number,
    private readonly loadChanged: () => void,
  ) {
    this.uploads = new PQueue({ concurrency, autoStart: false });
    this.checkLimit = Math.max(concurrency, CHECK_CONCURRENCY);
    this.checks = pLimit(this.checkLimit);
  }

  /** Runs one existence check when a read slot is free. */
  check<T>(read: () => Promise<T>): Promise<T> {
    return this.checks(async () => {
      this.reading++;
      try {
        return await read();
      } finally {
        this.reading--;
        if (!this.drained && this.uploading > 0 && this.reading <= CHECKS_BESIDE_UPLOADS) {
          this.drained = true;
          this.loadChanged();
        }
      }
    });
  }

  /** Every existence check has answered. */
  allChecked(): void {
    this.loadChanged();
  }

  /**
   * Queues one upload. When its slot comes, `skip` may give its result instead (nothing is sent);
   * otherwise `send` runs, counted as an upload in flight.
   */
  upload<T>(priority: number, send: () => Promise<T>, skip: () => T | undefined): Promise<T> {
    const task = async () => {
      const skipped = skip();
      if (skipped !== undefined) return skipped;
      this.uploading++;
      this.readsYield();
      try {
        return await send();
      } finally {
        this.uploading--;
        this.open();
      }
    };
    return this.uploads.add(task, { priority, throwOnTimeout: true });
  }

  /** Hands out the free upload slots a moment from now. */
  open(): void {
    this.uploads.pause();
    setImmediate(() => {
      this.uploads.start();
      this.readsYield();
    });
  }

  private readsYield(): void {
    this.checks.concurrency = this.uploading > 0 || this.uploads.size > 0 ? CHECKS_BESIDE_UPLOADS : this.checkLimit;
  }
}
