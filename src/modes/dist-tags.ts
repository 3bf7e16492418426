import pLimit from 'p-limit';
import { ChangeRefusedError, InputError, errorMessage } from '../errors.js';
import { type TagRequest, planTags } from '../plan/dist-tags.js';
import { type PlannedPackage, publishPlanned } from '../plan/publish.js';
import type { PackageResult } from '../plan/results.js';
import { NpmDistTagAdapter, readTagState } from '../registries/npm-dist-tags.js';
import { describeTarget, type PackageTarget } from '../registries/types.js';
import { credentialChooser, type ModeDeps, type NamedPackage, type PublishConfig, packagesNamed } from './config.js';

export interface DistTagRequests {
  /** The `dist-tags` input. */
  set: TagRequest[];
  /** The `remove-dist-tags` input. */
  remove: string[];
}

/** One planned change and what became of it (`planned`: a dry run; `unchanged`: already so when planned). */
export interface ChangeResult {
  registry: PackageTarget['registry'];
  name: string;
  kind: 'dist-tag';
  subject: string;
  before: string | undefined;
  after: string | undefined;
  status: 'changed' | 'unchanged' | 'planned' | 'failed';
  reason?: string;
  error?: string;
  auth: PackageResult['auth'];
  otpAttempts: number;
  otpWaitMs?: number;
  durationMs: number;
}

const READS_AT_ONCE = 8;

/**
 * `mode: dist-tags`: reads every package's dist-tags and versions (no code), plans each change
 * from what it read (a tag pointed at another tag takes that tag's version before any write),
 * refuses the whole run before any write when a change cannot be made, and makes the changes
 * through publishing's plan: packages in parallel, one package's changes in turn, a fresh code per
 * write, each read back. With `dry-run`, the plan only.
 */
export async function distTagsMode(requests: DistTagRequests, config: PublishConfig, deps: ModeDeps): Promise<ChangeResult[]> {
  const { logger } = deps;
  const packages = await packagesNamed(config, deps);
  const gem = packages.find((pkg) => pkg.registry !== 'npm');
  if (gem) throw new InputError('packages', `names the gem ${gem.name}, but dist-tags are npm's; list npm packages only`);
  if (!packages.length) throw new InputError('packages', 'names no public npm package');
  // Trusted publishing is tried for dist-tags (as npm 12's dist-tag does), the token otherwise.
  const chooser = credentialChooser(config, deps, { stage: false });
  const token = chooser.forRegistry('npm');
  if (token.auth === 'none' && !chooser.triesOidc && !config.dryRun) {
    throw new InputError('npm-token', "is empty, but 'mode: dist-tags' needs it (or trusted publishing with 'id-token: write')");
  }
  const changes = await planAll(packages, requests, config, token, deps);
  const targets = changes.filter((target) => target.change!.before !== target.change!.after);
  logger.info(`${targets.length} dist-tag change(s) for ${packages.length} package(s)${targets.length ? ':' : ''}`);
  for (const target of targets) logger.info(`  ${describeTarget(target)}`);
  if (config.dryRun || !targets.length) return targets.map((target) => planned(target, token.auth));
  const plan: PlannedPackage[] = targets.map((target, index) => {
    // One package's tags are written in turn (each write changes the same document); packages in parallel.
    const previous = targets.findLastIndex((other, at) => at < index && other.name === target.name);
    return { target, credential: token, dependsOn: previous >= 0 ? [previous] : [] };
  });
  const results = await publishPlanned(plan, {
    adapters: { npm: new NpmDistTagAdapter({ registry: config.npm.registry, timeoutMs: config.timeoutSec * 1000 }) },
    authorize: (target, credential, packageKnown) => chooser.authorize(target, credential, packageKnown),
    dryRun: false,
    concurrency: config.concurrency,
    failFast: config.failFast,
    retryCapMs: config.timeoutSec * 1000,
    clock: deps.clock,
    logger,
  });
  return results.map((result, index) => fromResult(targets[index]!, result));
}

/** Every package's changes, from one read each; throws one refusal naming every change that cannot be made. */
async function planAll(
  packages: NamedPackage[],
  requests: DistTagRequests,
  config: PublishConfig,
  token: ReturnType<ReturnType<typeof credentialChooser>['forRegistry']>,
  deps: ModeDeps,
): Promise<PackageTarget[]> {
  const limit = pLimit(READS_AT_ONCE);
  const retry = { capMs: config.timeoutSec * 1000, clock: deps.clock, logger: deps.logger };
  const states = await Promise.all(packages.map((pkg) => limit(() => readTagState(config.npm.registry, pkg.name, token, retry))));
  const refusals: string[] = [];
  const targets = packages.flatMap((pkg, index) => {
    const state = states[index];
    if (!state) {
      refusals.push(`${pkg.name} is not on ${config.npm.registry}`);
      return [];
    }
    try {
      return planTags(pkg.name, pkg.version, state, requests.set, requests.remove).map(
        (change): PackageTarget => ({
          registry: 'npm',
          name: pkg.name,
          version: change.after ?? change.before ?? '',
          path: '',
          private: false,
          dependencies: [],
          change: { kind: 'dist-tag', subject: change.tag, before: change.before, after: change.after },
        }),
      );
    } catch (error) {
      if (!(error instanceof ChangeRefusedError)) throw error;
      refusals.push(errorMessage(error));
      return [];
    }
  });
  if (refusals.length)
    throw new ChangeRefusedError(`${refusals.length} package(s)`, `cannot be changed as asked, so nothing was written: ${refusals.join('; ')}`);
  return targets;
}

function planned(target: PackageTarget, auth: PackageResult['auth']): ChangeResult {
  const { kind, subject, before, after } = target.change!;
  return { registry: target.registry, name: target.name, kind, subject, before, after, status: 'planned', auth, otpAttempts: 0, durationMs: 0 };
}

function fromResult(target: PackageTarget, result: PackageResult): ChangeResult {
  const status = result.status === 'changed' ? 'changed' : result.status === 'skipped' ? 'unchanged' : 'failed';
  const { reason, error, auth, otpAttempts, otpWaitMs, durationMs } = result;
  return {
    ...planned(target, auth),
    status,
    ...(reason ? { reason } : {}),
    ...(error ? { error } : {}),
    ...(status === 'failed' && !error ? { error: `ended as ${result.status}` } : {}),
    otpAttempts,
    ...(otpWaitMs ? { otpWaitMs } : {}),
    durationMs,
  };
}
