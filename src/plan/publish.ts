import pLimit from 'p-limit';
import type { Clock } from '../clock.js';
import type { Authorized } from '../credentials/choose.js';
import type { Credential } from '../credentials/credential.js';
import {
  OtpRateLimitedError,
  OtpRejectedError,
  OtpRequiredError,
  RetryAfterTooLongError,
  TokenRefusedError,
  WebAuthRequiredError,
  errorMessage,
} from '../errors.js';
import { inGroup, type Logger } from '../logger.js';
import { type Verdict, type WaitSpan, waitTotal } from '../otp/gate.js';
import {
  SECRET_INPUT,
  describeTarget,
  type Existence,
  type PackageTarget,
  type PublishOutcome,
  type RegistryAdapter,
  type RegistryId,
} from '../registries/types.js';
import { ANNOUNCED_WAIT_MS, PUBLISH_BACKOFF_MS, parseRetryAfter, retryWait } from '../registries/retry-policy.js';
import { chainLengths } from './graph.js';
import { RegistryClocks } from './registry-clocks.js';
import type { PackageResult } from './results.js';
import { Schedule } from './schedule.js';

export interface PlannedPackage {
  target: PackageTarget;
  credential: Credential;
  /** Indexes of the planned packages this one waits for (they come earlier in the plan). */
  dependsOn: number[];
  /** Set when the package is left out before any request (private, not selected by the release tag). */
  skipReason?: string;
}

export interface PublishDeps {
  adapters: Partial<Record<RegistryId, RegistryAdapter>>;
  /** Trusted publishing where possible (the credential chooser); without it, the planned credential is used. */
  authorize?: (target: PackageTarget, token: Credential, packageKnown: boolean) => Promise<Authorized>;
  dryRun: boolean;
  /** Packages published at the same time, at most. */
  concurrency: number;
  /** Stop starting packages after the first failure. */
  failFast: boolean;
  clock: Clock;
  logger: Logger;
  /** The longest wait before a publish retry (the `timeout` input); a registry asking for longer is not retried. */
  retryCapMs: number;
  /** Jitter source of the backoff; injectable for tests. */
  random?: () => number;
}

/** Packs that run nothing of the package's own, at once: enough to overlap their file reads. */
const QUIET_PREPARES = 8;

/**
 * Packs and builds what the run will upload, alongside the existence checks, and settles before
 * the first upload, so a broken gemspec or prepack script publishes nothing. A package the
 * adapter can prepare without running anything of its own (npm: an in-process pack) is prepared
 * as soon as the run has something to publish, before its own check has answered unless the answer
 * is already in (a version found on the registry is not packed). The others (scripts, `gem build`)
 * are prepared once every one of their checks has answered, only where the version is missing or
 * could not be read (so a broken gemspec still stops the run). Rejects with the first failure,
 * after every preparation has ended.
 */
function prepareRun(
  plan: PlannedPackage[],
  answers: Array<Promise<Checked | undefined>>,
  known: ReadonlyArray<Checked | undefined>,
  start: Promise<void>,
  deps: PublishDeps,
): Promise<void> {
  const { adapters, dryRun } = deps;
  const missing = (checked: Checked | undefined) => checked !== undefined && !('existence' in checked && checked.existence.exists);
  const entries = plan.flatMap((planned, index) => {
    const adapter = adapters[planned.target.registry];
    return !planned.skipReason && adapter?.prepare
      ? [{ index, target: planned.target, adapter, quiet: adapter.preparesQuietly?.(planned.target) ?? false }]
      : [];
  });
  return inGroup(deps.logger, 'pack and build', async (log) => {
    const limit = pLimit(QUIET_PREPARES);
    let early = 0;
    const quiet = entries
      .filter((entry) => entry.quiet)
      .map(({ index, target, adapter }) =>
        start.then(() =>
          limit(async () => {
            if (index in known && !missing(known[index])) return;
            if (!(index in known)) early++;
            await adapter.prepare!([target], log, dryRun);
          }),
        ),
      );
    const others = entries.filter((entry) => !entry.quiet);
    const rest = Promise.all(others.map(({ index }) => answers[index])).then(async (checked) => {
      for (const adapter of Object.values(adapters)) {
        const own = others.filter((entry, at) => entry.adapter === adapter && missing(checked[at])).map(({ target }) => target);
        if (own.length) await adapter.prepare!(own, log, dryRun);
      }
    });
    const settled = await Promise.allSettled([...quiet, rest]);
    for (const adapter of Object.values(adapters)) {
      const line = adapter.prepared?.();
      if (line) log.info(line);
    }
    if (early) log.debug(`${early} package(s) packed before their existence check answered`);
    const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  });
}

/**
 * Publishes a plan in dependency order. Every existence check starts at once (bounded), packing
 * and building run beside them (prepareRun), and a package uploads once its own check has
 * answered, all it depends on is done and the whole run's packing has settled, up to
 * `concurrency` at a time, those with the longest chains of dependents first (Schedule). A package whose
 * dependency failed is not attempted; with `failFast` nothing new starts after a failure. Never
 * throws for a package's failure; throws when packing or building fails, before anything is
 * uploaded. Results come back in plan order.
 */
export async function publishPlanned(plan: PlannedPackage[], deps: PublishDeps): Promise<PackageResult[]> {
  const gates = new Set(plan.flatMap(({ credential }) => (credential.auth === 'token+otp' ? [credential.gate] : [])));
  const schedule = new Schedule(deps.concurrency, () => {
    for (const gate of gates) gate.timeFrom(deps.clock.now());
  });
  const clocks = new RegistryClocks(deps.logger);
  const { existence, answered, packingStart } = checkAll(plan, schedule, clocks, deps);
  const prepared = prepareRun(plan, existence, answered, packingStart, deps);
  // A failure is thrown by the await below (nothing uploads then); this keeps it from counting as unhandled meanwhile.
  prepared.then(
    () => schedule.open(),
    () => undefined,
  );
  const chains = chainLengths(plan.map((planned) => planned.dependsOn));
  const progress = new Progress(plan.length, deps.logger);
  const fallbacks: Array<[number, string]> = [];
  const done: Promise<PackageResult>[] = [];
  for (const [index, planned] of plan.entries()) {
    done[index] = (async () => {
      const checked = await existence[index];
      const before = await Promise.all(planned.dependsOn.map((dependency) => done[dependency]!));
      const early = earlyResult(planned, checked, before);
      if (early) return progress.report(early, planned.target);
      await prepared;
      if (planned.credential.auth === 'token+otp') clocks.tell(planned.credential.gate);
      const packageKnown = checked !== undefined && 'existence' in checked && checked.existence.packageKnown;
      const send = async () => {
        const result = await inGroup(deps.logger, label(planned.target), async (log) => {
          const authorized = await authorizeOne(planned, packageKnown, deps, log);
          if ('status' in authorized) return authorized;
          if (authorized.fallback) fallbacks.push([index, `${planned.target.name} (${authorized.fallback})`]);
          return publishOne({ ...planned, credential: authorized.credential }, authorized.otherwise, deps, log);
        });
        return progress.report(result, planned.target);
      };
      const failedFast = () =>
        deps.failFast && progress.firstFailure
          ? progress.report(notAttempted(planned, `fail-fast: ${progress.firstFailure} failed`), planned.target)
          : undefined;
      return schedule.upload(chains[index]!, send, failedFast);
    })();
  }
  const results = await Promise.all(done);
  if (fallbacks.length) {
    const list = fallbacks.sort(([a], [b]) => a - b).map(([, text]) => text);
    deps.logger.warning(`trusted publishing was not used for ${list.length} package(s), which published with their token: ${list.join('; ')}`);
  }
  return results;
}

/**
 * Starts every existence check (Schedule.check). Returns their answers as promises and, filled in
 * as they come, by plan index; and when packing may start: at the first answer that leaves
 * something to publish (when loading what publishing needs starts too), or once all have answered
 * (a run with everything already published loads and packs nothing).
 */
function checkAll(
  plan: PlannedPackage[],
  schedule: Schedule,
  clocks: RegistryClocks,
  deps: PublishDeps,
): { existence: Array<Promise<Checked | undefined>>; answered: Array<Checked | undefined>; packingStart: Promise<void> } {
  let startPacking!: () => void;
  const packingStart = new Promise<void>((resolve) => (startPacking = resolve));
  let warm = false;
  const warmUp = (checked: Checked) => {
    if (warm || ('existence' in checked && checked.existence.exists)) return checked;
    warm = true;
    if (!deps.dryRun) for (const adapter of Object.values(deps.adapters)) adapter.warmUp?.();
    startPacking();
    return checked;
  };
  const existence = plan.map((planned) => (planned.skipReason ? Promise.resolve(undefined) : schedule.check(() => check(planned, deps)).then(warmUp)));
  void Promise.all(existence).then(() => {
    deps.logger.debug(`existence checks: all ${plan.length} answered`);
    startPacking();
    schedule.allChecked();
  });
  const answered: Array<Checked | undefined> = [];
  existence.forEach(
    (answer, index) =>
      void answer.then((checked) => {
        answered[index] = checked;
        const { credential } = plan[index]!;
        if (credential.auth !== 'token+otp' || !checked || 'error' in checked || checked.existence.serverTime === undefined) return;
        clocks.heard(credential.gate, { serverTime: checked.existence.serverTime, sentAt: checked.sentAt, receivedAt: checked.receivedAt });
      }),
  );
  return { existence, answered, packingStart };
}

/** One line per package as it ends (`[k/N] status name@version`), and the first that failed. */
class Progress {
  private completed = 0;
  firstFailure: string | undefined;

  constructor(
    private readonly total: number,
    private readonly logger: Logger,
  ) {}

  report(result: PackageResult, target: PackageTarget): PackageResult {
    this.completed++;
    if (result.status === 'failed' && !this.firstFailure) this.firstFailure = describeTarget(target);
    this.logger.info(`[${this.completed}/${this.total}] ${result.status} ${describeTarget(target)}${describe(result)}`);
    return result;
  }
}

/** The credential for one package: trusted publishing when possible; a failed result when nothing can publish it. */
async function authorizeOne(planned: PlannedPackage, packageKnown: boolean, deps: PublishDeps, logger: Logger): Promise<Authorized | PackageResult> {
  if (!deps.authorize || deps.dryRun) return { credential: planned.credential };
  try {
    const authorized = await deps.authorize(planned.target, planned.credential, packageKnown);
    logger.info(`credential: ${authorized.credential.auth}${authorized.fallback ? ` (trusted publishing not used: ${authorized.fallback})` : ''}`);
    return authorized;
  } catch (error) {
    return { ...baseResult(planned), auth: 'oidc', status: 'failed', error: errorMessage(error) };
  }
}

function label(target: PackageTarget): string {
  return `${target.registry} ${describeTarget(target)}`;
}

function describe(result: PackageResult): string {
  if (result.error) return `: ${result.error}`;
  if (result.reason) return ` (${result.reason})`;
  return '';
}

type Checked = { existence: Existence; sentAt: number; receivedAt: number } | { error: string };

/** Asks the registry whether the version is there; an error fails only this package. */
async function check(planned: PlannedPackage, deps: PublishDeps): Promise<Checked> {
  const adapter = deps.adapters[planned.target.registry];
  if (!adapter) return { error: `no adapter for registry ${planned.target.registry}` };
  try {
    const sentAt = deps.clock.now();
    const existence = await adapter.exists(planned.target, planned.credential);
    return { existence, sentAt, receivedAt: deps.clock.now() };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** The result of a package that needs no publish attempt, or undefined when it should be attempted. */
function earlyResult(planned: PlannedPackage, checked: Checked | undefined, before: PackageResult[]): PackageResult | undefined {
  const base = baseResult(planned);
  if (planned.skipReason) return { ...base, status: 'skipped', reason: planned.skipReason, auth: 'none' };
  if (!checked) return undefined;
  if ('error' in checked) return { ...base, status: 'failed', error: checked.error };
  const { exists, skipReason, stageId } = checked.existence;
  // Staged already: reported as staged (with its stage id, for the approval), and not staged again.
  if (exists && stageId) return { ...base, status: 'staged', stageId, reason: skipReason ?? 'already staged' };
  if (exists) return { ...base, status: 'skipped', reason: skipReason ?? 'already published' };
  const failed = before.find((result) => result.status === 'failed');
  if (failed) return notAttempted(planned, `it depends on ${failed.name}@${failed.version}, which failed`);
  return undefined;
}

function baseResult(planned: PlannedPackage): Omit<PackageResult, 'status'> {
  const { target, credential } = planned;
  return { registry: target.registry, name: target.name, version: target.version, auth: credential.auth, otpAttempts: 0, durationMs: 0 };
}

function notAttempted(planned: PlannedPackage, why: string): PackageResult {
  return { ...baseResult(planned), status: 'failed', error: `not attempted: ${why}` };
}

/** What one package's publish has done so far, and its result (finish). */
class PublishRecord {
  private readonly started: number;
  private otpAttempts = 0;
  /** When the package waited for a fresh window (its otpWaitMs is their total). */
  private readonly otpWaits: WaitSpan[] = [];
  private provenance: boolean | undefined;
  credential: Credential;

  constructor(
    private readonly planned: PlannedPackage,
    private readonly clock: Clock,
  ) {
    this.started = clock.now();
    this.credential = planned.credential;
  }

  add(attempt: { outcome: PublishOutcome; otpAttempts: number; otpWaits: WaitSpan[] }): void {
    this.otpAttempts += attempt.otpAttempts;
    this.otpWaits.push(...attempt.otpWaits);
    this.provenance = attempt.outcome.provenance ?? this.provenance;
  }

  /** The codes a gate sent before it refused to go on (OtpRejectedError). */
  sentCodes(attempts: number): void {
    this.otpAttempts = Math.max(this.otpAttempts, attempts);
  }

  finish(fields: Pick<PackageResult, 'status'> & Partial<PackageResult>): PackageResult {
    const { otpWaits, provenance } = this;
    return {
      ...baseResult(this.planned),
      auth: this.credential.auth,
      durationMs: this.clock.now() - this.started,
      otpAttempts: this.otpAttempts,
      ...(otpWaits.length ? { otpWaitMs: waitTotal(otpWaits), otpWaits } : {}),
      ...(provenance !== undefined ? { provenance } : {}),
      ...fields,
    };
  }
}

type Fields = Pick<PackageResult, 'status'> & Partial<PackageResult>;

/**
 * Publishes one package: one attempt, and after a fault one retry at most, only once the registry
 * has been read and does not hold the version. `otherwise`: the token credential to use if the
 * registry refuses an OIDC credential for this package. `logger`: the package's own (deps.logger is the run's).
 */
async function publishOne(planned: PlannedPackage, otherwise: Credential | undefined, deps: PublishDeps, logger: Logger): Promise<PackageResult> {
  const { target } = planned;
  const record = new PublishRecord(planned, deps.clock);
  const adapter = deps.adapters[target.registry]!;
  try {
    if (deps.dryRun) return record.finish(await dryRunOne(planned, adapter, logger));
    for (let round = 1; ; round++) {
      const attempt = await attemptPublish({ ...planned, credential: record.credential }, adapter, logger, deps.clock);
      record.add(attempt);
      const { outcome } = attempt;
      if (outcome.kind === 'failed' && outcome.forbidden && record.credential.auth === 'oidc' && otherwise) {
        // RubyGems' trusted-publisher key covers the publisher's gems only: this one takes the token.
        logger.warning(`${label(target)}: the trusted-publishing credential may not publish it (${errorMessage(outcome.error)}); using the token`);
        record.credential = otherwise;
        otherwise = undefined;
        round--;
        continue;
      }
      // (A staging answer of 409 cannot tell staged from released: it keeps its own reason.)
      if (round > 1 && outcome.kind === 'exists' && !outcome.reason) {
        logger.info(`${label(target)} is on the registry: the upload before the fault arrived after all`);
        return record.finish({ status: 'published' });
      }
      if (outcome.kind !== 'failed' || !outcome.transient) return record.finish(fromOutcome(outcome, target, record.credential));
      const next = await afterFault({ ...planned, credential: record.credential }, outcome, round, adapter, deps, logger);
      if ('status' in next) return record.finish(next);
      await deps.clock.sleep(next.waitMs);
    }
  } catch (error) {
    if (error instanceof OtpRejectedError) record.sentCodes(error.attempts);
    return record.finish({ status: 'failed', error: errorMessage(error) });
  }
}

async function dryRunOne(planned: PlannedPackage, adapter: RegistryAdapter, logger: Logger): Promise<Fields> {
  const { target, credential } = planned;
  const outcome = await adapter.publish({ target, credential, otp: undefined, dryRun: true, logger });
  if (outcome.kind === 'failed') return { status: 'failed', error: errorMessage(outcome.error) };
  return { status: 'skipped', reason: adapter.dryRunReason ?? DRY_RUN_REASON[target.registry] };
}

/**
 * After a fault the upload may have reached the registry all the same: reads it before any retry.
 * Returns the package's result, or how long to wait before the one retry (round 1 only).
 */
async function afterFault(
  planned: PlannedPackage,
  outcome: Extract<PublishOutcome, { kind: 'failed' }>,
  round: number,
  adapter: RegistryAdapter,
  deps: PublishDeps,
  logger: Logger,
): Promise<Fields | { waitMs: number }> {
  const { target, credential } = planned;
  logger.warning(`${label(target)}: ${errorMessage(outcome.error)}; checking the registry before deciding on a retry`);
  const after = await adapter.exists(target, credential).catch((error: unknown) => error as Error);
  if (after instanceof Error) {
    return {
      status: 'failed',
      error: `${errorMessage(outcome.error)}; the registry could not be read to check whether the upload arrived (${errorMessage(after)}), so it was not retried: re-run to complete, the re-run checks first`,
    };
  }
  if (after.exists) {
    logger.info(
      after.skipReason
        ? `${label(target)}: the request arrived despite the fault (${after.skipReason})`
        : `${label(target)} is on the registry: the upload arrived despite the fault`,
    );
    return { status: after.arrivedAs ?? 'published' };
  }
  if (round >= 2) return { status: 'failed', error: `${errorMessage(outcome.error)} (also after one retry)` };
  const wait = retryWait(outcome, 1, { now: deps.clock.now(), capMs: deps.retryCapMs, baseMs: PUBLISH_BACKOFF_MS, random: deps.random });
  if (!wait.retry) {
    const refused = new RetryAfterTooLongError(outcome.status, wait.waitMs, deps.clock.now() + wait.waitMs, deps.retryCapMs);
    return { status: 'failed', error: `${errorMessage(outcome.error)}; the registry ${refused.message}` };
  }
  const seconds = Math.ceil(wait.waitMs / 1000);
  const why = wait.told ? `the registry's Retry-After (${outcome.status})` : 'a backoff';
  // The package's own log is printed when it ends; a long wait is announced at once (on the run's logger).
  if (wait.waitMs > ANNOUNCED_WAIT_MS) deps.logger.info(`waiting ${seconds} s before retrying ${label(target)} (${why})`);
  logger.info(`${label(target)} is not on the registry; retrying once in ${seconds} s (${why})`);
  return { waitMs: wait.waitMs };
}

/** One publish through the credential: with the OTP gate (window guard, one retry on rejection) when it has a TOTP secret. */
async function attemptPublish(
  planned: PlannedPackage,
  adapter: RegistryAdapter,
  logger: Logger,
  clock: Clock,
): Promise<{ outcome: PublishOutcome; otpAttempts: number; otpWaits: WaitSpan[] }> {
  const { target, credential } = planned;
  if (credential.auth !== 'token+otp') {
    return { outcome: await adapter.publish({ target, credential, otp: undefined, dryRun: false, logger }), otpAttempts: 0, otpWaits: [] };
  }
  const { value, attempts, waits } = await credential.gate.run(
    (otp) => adapter.publish({ target, credential, otp, dryRun: false, logger }),
    (outcome) => verdictOf(outcome, clock.now()),
    logger,
    { bytes: adapter.uploadBytes?.(target), sentAtOnce: adapter.sendsCodeAtOnce?.(target) ?? false },
  );
  return { outcome: value, otpAttempts: attempts, otpWaits: waits };
}

function verdictOf(outcome: PublishOutcome, now: number): Verdict {
  switch (outcome.kind) {
    case 'otp-rate-limited': {
      const waitMs = parseRetryAfter(outcome.retryAfter, now);
      return { rateLimitedUntil: waitMs === undefined ? undefined : now + waitMs };
    }
    case 'published':
    case 'staged':
    case 'rejected':
    case 'changed':
      return 'accepted';
    case 'otp-rejected':
      return 'otp-rejected';
    case 'web-auth':
      return 'web-auth';
    default:
      return 'other';
  }
}

const DRY_RUN_REASON: Record<RegistryId, string> = { npm: 'dry run: packed, not published', rubygems: 'dry run: built, not pushed' };

function fromOutcome(outcome: PublishOutcome, target: PackageTarget, credential: Credential): Fields {
  switch (outcome.kind) {
    case 'published':
      return { status: 'published' };
    case 'staged':
      return { status: 'staged', stageId: outcome.stageId };
    case 'rejected':
      return { status: 'rejected' };
    case 'changed':
      return { status: 'changed' };
    case 'exists':
      return { status: 'skipped', reason: outcome.reason ?? `already published (${outcome.detail})` };
    case 'failed':
      // (RubyGems' refusals of a key say what to do themselves.)
      if (outcome.forbidden && target.registry === 'npm' && (credential.auth === 'token' || credential.auth === 'token+otp')) {
        return { status: 'failed', error: new TokenRefusedError(target.name, errorMessage(outcome.error)).message };
      }
      return { status: 'failed', error: errorMessage(outcome.error) };
    case 'otp-rejected':
      return { status: 'failed', error: new OtpRequiredError(target.registry, SECRET_INPUT[target.registry]).message };
    case 'web-auth':
      return { status: 'failed', error: new WebAuthRequiredError(target.registry).message };
    case 'otp-rate-limited':
      return { status: 'failed', error: `${new OtpRateLimitedError(target.registry, undefined).message} (${outcome.detail})` };
  }
}
