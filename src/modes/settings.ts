import pLimit from 'p-limit';
import type { Credential } from '../credentials/credential.js';
import { ChangeRefusedError, InputError, errorMessage } from '../errors.js';
import { type PlannedPackage, publishPlanned } from '../plan/publish.js';
import type { PackageResult } from '../plan/results.js';
import type { RetryOptions } from '../registries/http.js';
import { TOKEN_INPUT, describeTarget, type PackageTarget, type RegistryAdapter, type RegistryId, type SettingChange } from '../registries/types.js';
import { credentialChooser, type ModeDeps, type NamedPackage, type PublishConfig, packagesNamed } from './config.js';

/** One planned change and what became of it (`planned`: a dry run; `unchanged`: found in place when its write was due). */
export interface ChangeResult {
  registry: RegistryId;
  name: string;
  kind: SettingChange['kind'];
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

/** What one kind of change (dist-tags, owners, ...) brings to settingsMode. */
export interface SettingsKind<State> {
  /** The mode's name, for messages. */
  mode: string;
  /** The registries whose packages it changes. */
  registries: readonly RegistryId[];
  /** Whether a trusted-publishing credential may make these writes (tried first under `auth: auto`). */
  trustedPublishing: boolean;
  /** The package's state on its registry, read without a code; undefined when the registry does not know the package. */
  read(pkg: NamedPackage, credential: Credential, retry: RetryOptions): Promise<State | undefined>;
  /** The package's changes from its state, the ones already in place left out; throws ChangeRefusedError. */
  plan(pkg: NamedPackage, state: State): SettingChange[];
  adapters: Partial<Record<RegistryId, RegistryAdapter>>;
  /** What the changes mean for later releases, said once before they are made. */
  notice?: string;
}

const READS_AT_ONCE = 8;

/**
 * A mode that changes package settings on their registries: reads every package's state (no
 * code), plans each change from what it read, refuses the whole run before any write when a change
 * cannot be made, and makes the changes through publishing's plan: packages in parallel, one
 * package's changes in turn (they write the same document), the credential chain, a fresh code per
 * write, a fault read back before the one retry, each change read back. With `dry-run`, the plan only.
 */
export async function settingsMode<State>(kind: SettingsKind<State>, config: PublishConfig, deps: ModeDeps): Promise<ChangeResult[]> {
  const { logger } = deps;
  const packages = await packagesNamed(config, deps);
  const foreign = packages.find((pkg) => !kind.registries.includes(pkg.registry));
  if (foreign)
    throw new InputError(
      'packages',
      `names ${foreign.registry}:${foreign.name}, but 'mode: ${kind.mode}' changes ${kind.registries.join(' and ')} packages only`,
    );
  if (!packages.length) throw new InputError('packages', `names no public package for 'mode: ${kind.mode}'`);
  if (!kind.trustedPublishing && config.auth === 'oidc') {
    throw new InputError(
      'auth',
      `is 'oidc', but trusted publishing cannot make the writes of 'mode: ${kind.mode}'; use auth: auto or token, with the registry's token`,
    );
  }
  const chooser = credentialChooser(config, deps, { stage: false, ...(kind.trustedPublishing ? {} : { auth: 'token' as const }) });
  const credentials = new Map(kind.registries.map((registry) => [registry, chooser.forRegistry(registry)]));
  for (const registry of new Set(packages.map((pkg) => pkg.registry))) {
    if (credentials.get(registry)!.auth === 'none' && !chooser.triesOidc && !config.dryRun) {
      throw new InputError(TOKEN_INPUT[registry], `is empty, but 'mode: ${kind.mode}' needs it for ${registry} packages`);
    }
  }
  const targets = await planAll(kind, packages, credentials, config, deps);
  logger.info(`${targets.length} change(s) for ${packages.length} package(s)${targets.length ? ':' : ''}`);
  for (const target of targets) logger.info(`  ${target.registry} ${describeTarget(target)}`);
  if (kind.notice && targets.length) logger.warning(kind.notice);
  if (config.dryRun || !targets.length) return targets.map((target) => planned(target, credentials.get(target.registry)!.auth));
  const plan: PlannedPackage[] = targets.map((target, index) => {
    const previous = targets.findLastIndex((other, at) => at < index && other.registry === target.registry && other.name === target.name);
    return { target, credential: credentials.get(target.registry)!, dependsOn: previous >= 0 ? [previous] : [] };
  });
  const results = await publishPlanned(plan, {
    adapters: kind.adapters,
    ...(kind.trustedPublishing ? { authorize: (target, credential, packageKnown) => chooser.authorize(target, credential, packageKnown) } : {}),
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
async function planAll<State>(
  kind: SettingsKind<State>,
  packages: NamedPackage[],
  credentials: Map<RegistryId, Credential>,
  config: PublishConfig,
  deps: ModeDeps,
): Promise<PackageTarget[]> {
  const limit = pLimit(READS_AT_ONCE);
  const retry = { capMs: config.timeoutSec * 1000, clock: deps.clock, logger: deps.logger };
  const states = await Promise.all(packages.map((pkg) => limit(() => kind.read(pkg, credentials.get(pkg.registry)!, retry))));
  const refusals: string[] = [];
  const targets = packages.flatMap((pkg, index) => {
    const state = states[index];
    if (state === undefined) {
      refusals.push(`${pkg.name} is not on ${pkg.registry === 'npm' ? config.npm.registry : config.rubygems.host}`);
      return [];
    }
    try {
      return kind.plan(pkg, state).map(
        (change): PackageTarget => ({
          registry: pkg.registry,
          name: pkg.name,
          version: pkg.version ?? '',
          path: '',
          private: false,
          dependencies: [],
          change,
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
    ...(error ? { error } : status === 'failed' ? { error: `ended as ${result.status}` } : {}),
    otpAttempts,
    ...(otpWaitMs ? { otpWaitMs } : {}),
    durationMs,
  };
}
