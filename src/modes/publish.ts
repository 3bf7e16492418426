import type { Clock } from '../clock.js';
import { CredentialChooser, type AuthMode, type ChooserOptions } from '../credentials/choose.js';
import { oidcFromEnv } from '../credentials/oidc.js';
import { writeNpmUserconfig } from '../credentials/npmrc.js';
import { ScratchDir } from '../credentials/scratch.js';
import { InputError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TotpSpec } from '../otp/secret.js';
import { discoverTargets } from '../plan/discover.js';
import { orderTargets } from '../plan/graph.js';
import { publishPlanned, type PlannedPackage } from '../plan/publish.js';
import type { PackageResult } from '../plan/results.js';
import { checkReleaseTag } from '../plan/tag.js';
import { NpmRegistry } from '../registries/npm.js';
import type { ProvenanceMode, SigstoreEndpoints } from '../registries/npm-provenance.js';
import { RubygemsRegistry } from '../registries/rubygems.js';
import type { PackageTarget } from '../registries/types.js';

export interface PublishConfig {
  /** Paths from the `packages` input, relative to `root`. */
  packages: string[];
  root: string;
  /** Where the run's temporary files go (the runner's RUNNER_TEMP). */
  runnerTemp: string;
  npm: {
    registry: string;
    token: string | undefined;
    totp: TotpSpec | undefined;
    tag: string | undefined;
    access: 'public' | 'restricted' | undefined;
    provenance: ProvenanceMode;
    /** npm's staged publishing: stage every npm package (no code sent) instead of releasing it. */
    stage: boolean;
    /** Sigstore's services; set only by tests (the public instance otherwise). */
    sigstore?: SigstoreEndpoints;
  };
  rubygems: {
    /** Without a trailing slash. */
    host: string;
    apiKey: string | undefined;
    totp: TotpSpec | undefined;
  };
  /** Also publish every workspace package of the repository (npm, pnpm or yarn workspaces). */
  workspaces: boolean;
  concurrency: number;
  failFast: boolean;
  /** Longest one publish command (npm publish, gem push) may run before it is stopped. */
  timeoutSec: number;
  /** Compare versions with the release tag in `ref` (GITHUB_REF). */
  checkTag: boolean;
  ref: string | undefined;
  /** Trusted publishing (OIDC) first (`auto`), only (`oidc`), or never (`token`). */
  auth: AuthMode;
  dryRun: boolean;
  otpMinRemainingSec: number;
  /** `otp-min-remaining: auto`: the guard follows the registry's measured answer times (from otpMinRemainingSec until one is timed). */
  otpGuardAdaptive: boolean;
  /** Environment the registry clients start from (stripped of credentials they could pick on their own). */
  env: NodeJS.ProcessEnv;
}

export interface ModeDeps {
  logger: Logger;
  clock: Clock;
  /** Told the temporary directory as soon as it exists, so a post step can remove it if this process dies. */
  onScratch(path: string): void;
}

/**
 * Every package that `paths` (and `workspaces`) name, read from its manifest. With `packDir`, npm
 * packages get the manifest they are published with (a pnpm repository's are packed there by pnpm).
 */
export function discover(paths: string[], config: PublishConfig, logger: Logger, packDir?: string): Promise<PackageTarget[]> {
  return discoverTargets(paths, {
    publishManifests: packDir !== undefined,
    ...(packDir ? { pack: { dir: packDir, timeoutMs: config.timeoutSec * 1000 } } : {}),
    ...(config.npm.tag ? { npmTag: config.npm.tag } : {}),
    root: config.root,
    workspaces: config.workspaces,
    npmRegistry: config.npm.registry,
    rubygemsHost: config.rubygems.host,
    env: config.env,
    logger,
  });
}

/** The run's credential chooser, from the inputs; `mode: run` overrides what does not apply to it. */
export function credentialChooser(config: PublishConfig, deps: ModeDeps, overrides: Partial<ChooserOptions> = {}): CredentialChooser {
  return new CredentialChooser({
    credentials: {
      npm: { token: config.npm.token, totp: config.npm.totp },
      rubygems: { token: config.rubygems.apiKey, totp: config.rubygems.totp },
    },
    dryRun: config.dryRun,
    minRemainingSec: config.otpMinRemainingSec,
    adaptiveGuard: config.otpGuardAdaptive,
    clock: deps.clock,
    logger: deps.logger,
    auth: config.auth,
    oidc: oidcFromEnv(config.env),
    npmRegistry: config.npm.registry,
    rubygemsHost: config.rubygems.host,
    retryCapMs: config.timeoutSec * 1000,
    stage: config.npm.stage,
    ...overrides,
  });
}

/** `stage: true` stages npm packages only: a gem is an input error before anything happens. */
function requireStageable(targets: PackageTarget[], config: PublishConfig, logger: Logger): void {
  const gem = targets.find((target) => target.registry === 'rubygems');
  if (gem)
    throw new InputError(
      'stage',
      `is true, but ${gem.name}@${gem.version} is a gem and RubyGems has no staged publishing; publish gems in a job without stage`,
    );
  if (config.npm.totp) logger.warning("stage: true sends no one-time password, so 'npm-totp-secret' is not used here; keep it for the job that approves");
}

/** `mode: publish`: read every package, order them, choose every credential, then publish. */
export async function publishMode(config: PublishConfig, deps: ModeDeps): Promise<PackageResult[]> {
  const { logger } = deps;
  const scratch = await ScratchDir.create(config.runnerTemp);
  deps.onScratch(scratch.path);
  try {
    const packDir = await scratch.subdir('tarballs');
    return await publishDiscovered(await discover(config.packages, config, logger, packDir), packDir, scratch, config, deps);
  } finally {
    await scratch.dispose();
  }
}

/** Orders the packages found, chooses every credential, then publishes them. */
async function publishDiscovered(
  targets: PackageTarget[],
  packDir: string,
  scratch: ScratchDir,
  config: PublishConfig,
  deps: ModeDeps,
): Promise<PackageResult[]> {
  const { logger, clock } = deps;
  const ordered = orderTargets(targets);
  const tag = config.checkTag ? checkReleaseTag(config.ref, targets) : undefined;
  if (config.npm.stage) requireStageable(targets, config, logger);
  const chooser = credentialChooser(config, deps);
  if (chooser.triesOidc) logger.info(`auth: ${config.auth}: trusted publishing (OIDC) is tried for each package before any token`);
  if (config.npm.provenance === 'true' && config.auth === 'token' && oidcFromEnv(config.env)) {
    logger.warning(
      "provenance needs the job's ID-token variables, and with them npm may use trusted publishing on its own for packages that have a trusted publisher; use auth: auto to choose it explicitly",
    );
  }
  // Every credential is chosen before the first publish, so an input problem publishes nothing.
  const plan: PlannedPackage[] = ordered.map(({ target, dependsOn }) => {
    const skipReason = target.private ? 'private package' : tag?.notSelected.has(target) ? tag.reason : undefined;
    return { target, dependsOn, skipReason, credential: skipReason ? { auth: 'none' } : chooser.choose(target) };
  });
  logger.info(`${plan.length} package(s) in publish order: ${plan.map(({ target }) => `${target.name}@${target.version}`).join(', ')}`);

  const npm = new NpmRegistry({
    ...config.npm,
    userconfig: await writeNpmUserconfig(scratch, config.npm.registry),
    timeoutMs: config.timeoutSec * 1000,
    env: config.env,
    packDir,
    logger,
    idToken: chooser.mintsIdTokens ? (audience) => chooser.idTokenFor(audience) : undefined,
  });
  const rubygems = new RubygemsRegistry({
    host: config.rubygems.host,
    buildDir: await scratch.subdir('gems'),
    timeoutMs: config.timeoutSec * 1000,
    env: config.env,
    logger,
  });
  return publishPlanned(plan, {
    adapters: { npm, rubygems },
    dryRun: config.dryRun,
    concurrency: config.concurrency,
    failFast: config.failFast,
    retryCapMs: config.timeoutSec * 1000,
    authorize: (target, token, packageKnown) => chooser.authorize(target, token, packageKnown),
    clock,
    logger,
  });
}
