import pLimit from 'p-limit';
import type { Clock } from '../clock.js';
import type { Authorized } from '../credentials/choose.js';
import type { Credential } from '../credentials/credential.js';
import { OtpRateLimitedError, OtpRejectedError, OtpRequiredError, RetryAfterTooLongError, WebAuthRequiredError, errorMessage } from '../errors.js';
import { inGroup, type Logger } from '../logger.js';
import type { OtpGate, Verdict } from '../otp/gate.js';
import { clockOffset } from '../otp/skew.js';
import type { Existence, PackageTarget, PublishOutcome, RegistryAdapter, RegistryId } from '../registries/types.js';
import { ANNOUNCED_WAIT_MS, PUBLISH_BACKOFF_MS, parseRetryAfter, retryWait } from '../registries/retry-policy.js';
import type { PackageResult } from './results.js';

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

/**
 * Packs and builds what will be published (npm: tarballs; gems: `gem build`), after the
 * existence checks and before the first publish, so a broken gemspec or prepack script publishes
 * nothing and versions already on the registry are not built again. Throws on the first problem.
 */
async function prepareAll(targets: PackageTarget[], adapters: PublishDeps['adapters'], logger: Logger, dryRun: boolean): Promise<void> {
  for (const adapter of Object.values(adapters)) {
    const own = targets.filter((target) => target.registry === adapter.id);
    if (adapter.prepareBatch && own.length) await inGroup(logger, `pack ${adapter.id} packages`, (log) => adapter.prepareBatch!(own, log, dryRun));
  }
  for (const target of targets) {
    const adapter = adapters[target.registry];
    if (adapter?.prepare) await inGroup(logger, `build ${label(target)}`, (log) => adapter.prepare!(target, log));
  }
}

/**
 * Publishes a plan in dependency order: first every existence check (in parallel), then packing
 * and building what is missing, then each package once all it depends on is done, up to `concurrency` at a time. A package whose
 * dependency failed is not attempted; with `failFast` nothing new starts after a failure.
 * Never throws for a package's failure. Results come back in plan order.
 */
export async function publishPlanned(plan: PlannedPackage[], deps: PublishDeps): Promise<PackageResult[]> {
  const limit = pLimit(deps.concurrency);
  // Existence checks are small reads: more of them run at once than publishes.
  const checks = pLimit(Math.max(deps.concurrency, CHECK_CONCURRENCY));
  // Loading what publishing needs blocks this thread: it starts with the first answer that leaves
  // something to publish (the first requests left without waiting for it; a run with everything
  // already published loads nothing) and runs while the other reads are answered.
  let warm = deps.dryRun;
  const warmUp = (checked: Checked) => {
    if (warm || ('existence' in checked && checked.existence.exists)) return checked;
    warm = true;
    for (const adapter of Object.values(deps.adapters)) adapter.warmUp?.();
    return checked;
  };
  const existence = await Promise.all(plan.map((planned) => (planned.skipReason ? undefined : checks(() => check(planned, deps)).then(warmUp))));
  correctClockSkew(plan, existence, deps.logger);
  // Everything not known to be on the registry: a package whose check failed is built too, so a
  // broken gemspec still stops the run before anything is published.
  const toPublish = plan.filter((_, index) => {
    const checked = existence[index];
    return checked !== undefined && !('existence' in checked && checked.existence.exists);
  });
  await prepareAll(toPublish.map(({ target }) => target), deps.adapters, deps.logger, deps.dryRun);
  let completed = 0;
  let firstFailure: string | undefined;
  const report = (result: PackageResult): PackageResult => {
    completed++;
    if (result.status === 'failed' && !firstFailure) firstFailure = `${result.name}@${result.version}`;
    deps.logger.info(`[${completed}/${plan.length}] ${result.status} ${result.name}@${result.version}${describe(result)}`);
    return result;
  };

  const fallbacks: Array<[number, string]> = [];
  const done: Promise<PackageResult>[] = [];
  for (const [index, planned] of plan.entries()) {
    done[index] = (async () => {
      const before = await Promise.all(planned.dependsOn.map((dependency) => done[dependency]!));
      const checked = existence[index];
      const early = earlyResult(planned, checked, before);
      if (early) return report(early);
      const packageKnown = checked !== undefined && 'existence' in checked && checked.existence.packageKnown;
      return limit(async () => {
        if (deps.failFast && firstFailure) return report(notAttempted(planned, `fail-fast: ${firstFailure} failed`));
        const result = await inGroup(deps.logger, label(planned.target), async (log) => {
          const authorized = await authorizeOne(planned, packageKnown, deps, log);
          if ('status' in authorized) return authorized;
          if (authorized.fallback) fallbacks.push([index, `${planned.target.name} (${authorized.fallback})`]);
          return publishOne({ ...planned, credential: authorized.credential }, authorized.otherwise, { ...deps, logger: log });
        });
        return report(result);
      });
    })();
  }
  const results = await Promise.all(done);
  if (fallbacks.length) {
    const list = fallbacks.sort(([a], [b]) => a - b).map(([, text]) => text);
    deps.logger.warning(`trusted publishing was not used for ${list.length} package(s), which published with their token: ${list.join('; ')}`);
  }
  return results;
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
  return `${target.registry} ${target.name}@${target.version}`;
}

function describe(result: PackageResult): string {
  if (result.error) return `: ${result.error}`;
  if (result.reason) return ` (${result.reason})`;
  return '';
}

const CHECK_CONCURRENCY = 16;

type Checked = { existence: Existence; localTime: number } | { error: string };

/** Asks the registry whether the version is there; an error fails only this package. */
async function check(planned: PlannedPackage, deps: PublishDeps): Promise<Checked> {
  const adapter = deps.adapters[planned.target.registry];
  if (!adapter) return { error: `no adapter for registry ${planned.target.registry}` };
  try {
    const existence = await adapter.exists(planned.target, planned.credential);
    return { existence, localTime: deps.clock.now() };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/**
 * The runner's clock can be wrong. Each registry's OTP gate makes codes for the registry's time as
 * read from the Date headers of the existence checks; one warning per registry names the offset.
 */
function correctClockSkew(plan: PlannedPackage[], checks: Array<Checked | undefined>, logger: Logger): void {
  const gates = new Map<OtpGate, Array<{ serverTime: number; localTime: number }>>();
  plan.forEach(({ credential }, index) => {
    const checked = checks[index];
    if (credential.auth !== 'token+otp' || !checked || 'error' in checked || checked.existence.serverTime === undefined) return;
    const samples = gates.get(credential.gate) ?? [];
    samples.push({ serverTime: checked.existence.serverTime, localTime: checked.localTime });
    gates.set(credential.gate, samples);
  });
  for (const [gate, samples] of gates) {
    const offset = clockOffset(samples);
    if (offset === undefined) continue;
    gate.setClockOffset(offset);
    const seconds = Math.round(Math.abs(offset) / 1000);
    logger.warning(
      `the ${gate.registry} registry's clock is ${seconds} s ${offset > 0 ? 'ahead of' : 'behind'} the runner's (from its Date headers); ` +
        "one-time passwords are made for the registry's time. Fix the runner's clock (NTP) if this persists.",
    );
  }
}

/** The result of a package that needs no publish attempt, or undefined when it should be attempted. */
function earlyResult(planned: PlannedPackage, checked: Checked | undefined, before: PackageResult[]): PackageResult | undefined {
  const base = baseResult(planned);
  if (planned.skipReason) return { ...base, status: 'skipped', reason: planned.skipReason, auth: 'none' };
  if (!checked) return undefined;
  if ('error' in checked) return { ...base, status: 'failed', error: checked.error };
  if (checked.existence.exists) return { ...base, status: 'skipped', reason: checked.existence.skipReason ?? 'already published' };
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

/** `otherwise`: the token credential to use if the registry refuses an OIDC credential for this package. */
async function publishOne(planned: PlannedPackage, otherwise: Credential | undefined, deps: PublishDeps): Promise<PackageResult> {
  const { target } = planned;
  let { credential } = planned;
  const { logger } = deps;
  const started = deps.clock.now();
  let otpAttempts = 0;
  let otpWaitMs = 0;
  let provenance: boolean | undefined;
  const finish = (fields: Pick<PackageResult, 'status'> & Partial<PackageResult>): PackageResult => ({
    ...baseResult(planned),
    auth: credential.auth,
    durationMs: deps.clock.now() - started,
    otpAttempts,
    ...(otpWaitMs > 0 ? { otpWaitMs } : {}),
    ...(provenance !== undefined ? { provenance } : {}),
    ...fields,
  });
  const adapter = deps.adapters[target.registry]!;
  try {
    if (deps.dryRun) {
      const outcome = await adapter.publish({ target, credential, otp: undefined, dryRun: true, logger });
      if (outcome.kind === 'failed') return finish({ status: 'failed', error: errorMessage(outcome.error) });
      return finish({ status: 'skipped', reason: adapter.dryRunReason ?? DRY_RUN_REASON[target.registry] });
    }
    for (let round = 1; ; round++) {
      const attempt = await attemptPublish({ ...planned, credential }, adapter, logger, deps.clock);
      otpAttempts += attempt.otpAttempts;
      otpWaitMs += attempt.otpWaitMs;
      const { outcome } = attempt;
      provenance = outcome.provenance ?? provenance;
      if (outcome.kind === 'failed' && outcome.forbidden && credential.auth === 'oidc' && otherwise) {
        // RubyGems' trusted-publisher key covers the publisher's gems only: this one takes the token.
        logger.warning(`${label(target)}: the trusted-publishing credential may not publish it (${errorMessage(outcome.error)}); using the token`);
        credential = otherwise;
        otherwise = undefined;
        round--;
        continue;
      }
      // (A staging answer of 409 cannot tell staged from released: it keeps its own reason.)
      if (round > 1 && outcome.kind === 'exists' && !outcome.reason) {
        logger.info(`${label(target)} is on the registry: the upload before the fault arrived after all`);
        return finish({ status: 'published' });
      }
      if (outcome.kind !== 'failed' || !outcome.transient) return finish(fromOutcome(outcome, target));
      // A fault: the upload may have reached the registry all the same. Read it before any retry.
      logger.warning(`${label(target)}: ${errorMessage(outcome.error)}; checking the registry before deciding on a retry`);
      const after = await adapter.exists(target, credential).catch((error: unknown) => error as Error);
      if (after instanceof Error) {
        return finish({ status: 'failed', error: `${errorMessage(outcome.error)}; the registry could not be read to check whether the upload arrived (${errorMessage(after)}), so it was not retried: re-run to complete, the re-run checks first` });
      }
      if (after.exists) {
        logger.info(after.skipReason ? `${label(target)}: the request arrived despite the fault (${after.skipReason})` : `${label(target)} is on the registry: the upload arrived despite the fault`);
        return finish({ status: after.arrivedAs ?? 'published' });
      }
      if (round >= 2) return finish({ status: 'failed', error: `${errorMessage(outcome.error)} (also after one retry)` });
      const wait = retryWait(outcome, 1, { now: deps.clock.now(), capMs: deps.retryCapMs, baseMs: PUBLISH_BACKOFF_MS, random: deps.random });
      const seconds = Math.ceil(wait.waitMs / 1000);
      if (!wait.retry) {
        const refused = new RetryAfterTooLongError(outcome.status, wait.waitMs, deps.clock.now() + wait.waitMs, deps.retryCapMs);
        return finish({ status: 'failed', error: `${errorMessage(outcome.error)}; the registry ${refused.message}` });
      }
      const why = wait.told ? `the registry's Retry-After (${outcome.status})` : 'a backoff';
      // The package's own log is printed when it ends; a long wait is announced at once.
      if (wait.waitMs > ANNOUNCED_WAIT_MS) deps.logger.info(`waiting ${seconds} s before retrying ${label(target)} (${why})`);
      logger.info(`${label(target)} is not on the registry; retrying once in ${seconds} s (${why})`);
      await deps.clock.sleep(wait.waitMs);
    }
  } catch (error) {
    if (error instanceof OtpRejectedError) otpAttempts = Math.max(otpAttempts, error.attempts);
    return finish({ status: 'failed', error: errorMessage(error) });
  }
}

/** One publish through the credential: with the OTP gate (window guard, one retry on rejection) when it has a TOTP secret. */
async function attemptPublish(
  planned: PlannedPackage,
  adapter: RegistryAdapter,
  logger: Logger,
  clock: Clock,
): Promise<{ outcome: PublishOutcome; otpAttempts: number; otpWaitMs: number }> {
  const { target, credential } = planned;
  if (credential.auth !== 'token+otp') {
    return { outcome: await adapter.publish({ target, credential, otp: undefined, dryRun: false, logger }), otpAttempts: 0, otpWaitMs: 0 };
  }
  const { value, attempts, waitedMs } = await credential.gate.run(
    (otp) => adapter.publish({ target, credential, otp, dryRun: false, logger }),
    (outcome) => verdictOf(outcome, clock.now()),
    logger,
  );
  return { outcome: value, otpAttempts: attempts, otpWaitMs: waitedMs };
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

const SECRET_INPUT: Record<RegistryId, string> = { npm: 'npm-totp-secret', rubygems: 'rubygems-totp-secret' };

function fromOutcome(outcome: PublishOutcome, target: PackageTarget): Pick<PackageResult, 'status'> & Partial<PackageResult> {
  switch (outcome.kind) {
    case 'published':
      return { status: 'published' };
    case 'staged':
      return { status: 'staged', stageId: outcome.stageId };
    case 'rejected':
      return { status: 'rejected' };
    case 'exists':
      return { status: 'skipped', reason: outcome.reason ?? `already published (${outcome.detail})` };
    case 'failed':
      return { status: 'failed', error: errorMessage(outcome.error) };
    case 'otp-rejected':
      return { status: 'failed', error: new OtpRequiredError(target.registry, SECRET_INPUT[target.registry]).message };
    case 'web-auth':
      return { status: 'failed', error: new WebAuthRequiredError(target.registry).message };
    case 'otp-rate-limited':
      return { status: 'failed', error: `${new OtpRateLimitedError(target.registry, undefined).message} (${outcome.detail})` };
  }
}
