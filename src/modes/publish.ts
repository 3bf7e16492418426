import { oidcFromEnv } from '../credentials/oidc.js';
import { writeNpmUserconfig } from '../credentials/npmrc.js';
import { ScratchDir } from '../credentials/scratch.js';
import { InputError } from '../errors.js';
import type { Logger } from '../logger.js';
import { orderTargets } from '../plan/graph.js';
import { publishPlanned, type PlannedPackage } from '../plan/publish.js';
import type { PackageResult } from '../plan/results.js';
import { checkReleaseTag } from '../plan/tag.js';
import { NpmRegistry } from '../registries/npm.js';
import { RubygemsRegistry } from '../registries/rubygems.js';
import type { PackageTarget } from '../registries/types.js';
import { credentialChooser, discover, type ModeDeps, type PublishConfig } from './config.js';

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
