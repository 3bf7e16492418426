import type { Clock } from '../clock.js';
import type { Credential } from '../credentials/credential.js';
import { OtpRejectedError, OtpRequiredError, WebAuthRequiredError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Verdict } from '../otp/gate.js';
import type { PackageTarget, PublishOutcome, RegistryAdapter, RegistryId } from '../registries/types.js';
import type { PackageResult } from './results.js';

export interface PlannedPackage {
  target: PackageTarget;
  credential: Credential;
}

export interface PublishDeps {
  adapters: Partial<Record<RegistryId, RegistryAdapter>>;
  dryRun: boolean;
  clock: Clock;
  logger: Logger;
}

/** Builds every package that needs building before the first publish, so a broken gemspec publishes nothing. */
export async function prepareAll(plan: PlannedPackage[], adapters: PublishDeps['adapters'], logger: Logger): Promise<void> {
  for (const { target } of plan) {
    const adapter = adapters[target.registry];
    if (target.private || !adapter?.prepare) continue;
    await logger.group(`build ${target.registry} ${target.name}@${target.version}`, () => adapter.prepare!(target));
  }
}

/** Publishes each planned package in order, one log group each; never throws for a package's failure. */
export async function publishPlanned(plan: PlannedPackage[], deps: PublishDeps): Promise<PackageResult[]> {
  const results: PackageResult[] = [];
  for (const [index, planned] of plan.entries()) {
    const { target } = planned;
    const label = `${target.registry} ${target.name}@${target.version}`;
    const result = await deps.logger.group(`[${index + 1}/${plan.length}] ${label}`, () => publishOne(planned, deps));
    deps.logger.info(`[${index + 1}/${plan.length}] ${result.status} ${target.name}@${target.version}${describe(result)}`);
    results.push(result);
  }
  return results;
}

function describe(result: PackageResult): string {
  if (result.error) return `: ${result.error}`;
  if (result.reason) return ` (${result.reason})`;
  return '';
}

async function publishOne(planned: PlannedPackage, deps: PublishDeps): Promise<PackageResult> {
  const { target, credential } = planned;
  const started = deps.clock.now();
  const base = { registry: target.registry, name: target.name, version: target.version, auth: credential.auth };
  const finish = (fields: Pick<PackageResult, 'status'> & Partial<PackageResult>): PackageResult => ({
    ...base,
    otpAttempts: 0,
    durationMs: deps.clock.now() - started,
    ...fields,
  });
  if (target.private) return finish({ status: 'skipped', reason: 'private package', auth: 'none' });
  const adapter = deps.adapters[target.registry];
  if (!adapter) return finish({ status: 'failed', error: `no adapter for registry ${target.registry}` });
  try {
    const existence = await adapter.exists(target, credential);
    if (existence.exists) {
      deps.logger.info(`${target.name}@${target.version} is already on the registry: skipped, no one-time password spent`);
      return finish({ status: 'skipped', reason: 'already published' });
    }
    if (deps.dryRun) {
      const outcome = await adapter.publish({ target, credential, otp: undefined, dryRun: true });
      if (outcome.kind === 'failed') return finish({ status: 'failed', error: errorMessage(outcome.error) });
      return finish({ status: 'skipped', reason: DRY_RUN_REASON[target.registry] });
    }
    if (credential.auth !== 'token+otp') {
      const outcome = await adapter.publish({ target, credential, otp: undefined, dryRun: false });
      return finish(fromOutcome(outcome, target));
    }
    const { value, attempts } = await credential.gate.run(
      (otp) => adapter.publish({ target, credential, otp, dryRun: false }),
      verdictOf,
    );
    return finish({ ...fromOutcome(value, target), otpAttempts: attempts });
  } catch (error) {
    const otpAttempts = error instanceof OtpRejectedError ? error.attempts : 0;
    return finish({ status: 'failed', error: errorMessage(error), otpAttempts });
  }
}

function verdictOf(outcome: PublishOutcome): Verdict {
  switch (outcome.kind) {
    case 'published':
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
    case 'exists':
      return { status: 'skipped', reason: `already published (${outcome.detail})` };
    case 'failed':
      return { status: 'failed', error: errorMessage(outcome.error) };
    case 'otp-rejected':
      return { status: 'failed', error: new OtpRequiredError(target.registry, SECRET_INPUT[target.registry]).message };
    case 'web-auth':
      return { status: 'failed', error: new WebAuthRequiredError(target.registry).message };
  }
}
