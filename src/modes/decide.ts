import pLimit from 'p-limit';
import { InputError } from '../errors.js';
import { orderTargets } from '../plan/graph.js';
import { publishPlanned, type PlannedPackage } from '../plan/publish.js';
import type { PackageResult } from '../plan/results.js';
import { NpmStageAdapter, STAGE_ID, listStaged, viewStage, type StageClientOptions, type StageDecision, type StagedItem } from '../registries/npm-stage.js';
import type { PackageTarget } from '../registries/types.js';
import { credentialChooser, discover, type ModeDeps, type PublishConfig } from './config.js';

/** One stage id of the `stage-ids` input, with the name and version when the `staged` output of a stage job gave them. */
export interface StageRef {
  stageId: string;
  name?: string;
  version?: string;
}

/**
 * Reads `stage-ids`: the JSON of a stage job's `staged` output, or one stage id per line (`#`
 * comments and blank lines ignored). Empty: undefined (the staged versions of the checkout's packages).
 */
export function parseStageIds(text: string, input: string): StageRef[] | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (trimmed.startsWith('[')) {
    let entries: unknown;
    try {
      entries = JSON.parse(trimmed);
    } catch (error) {
      throw new InputError(
        input,
        `starts with '[' but is not valid JSON (${(error as Error).message}); expected the 'staged' output of a stage job, or one stage id per line`,
      );
    }
    return (entries as unknown[]).map((entry, index) => {
      const { stageId, name, version } = (entry ?? {}) as Record<string, unknown>;
      if (typeof stageId !== 'string' || !STAGE_ID.test(stageId)) {
        throw new InputError(
          input,
          `entry ${index + 1} has no stageId that is a UUID; expected the 'staged' output of a stage job: [{"name","version","stageId"}, ...]`,
        );
      }
      return { stageId: stageId.toLowerCase(), ...(typeof name === 'string' && typeof version === 'string' ? { name, version } : {}) };
    });
  }
  const refs: StageRef[] = [];
  for (const [index, raw] of trimmed.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!STAGE_ID.test(line))
      throw new InputError(input, `line ${index + 1} is '${line.slice(0, 60)}'; expected a stage id (a UUID, as 'npm stage list' shows it)`);
    refs.push({ stageId: line.toLowerCase() });
  }
  return refs;
}

const VIEWS_AT_ONCE = 8;

/** What is to be decided: targets with their stage ids, and results for ids the registry no longer has. */
interface Decisions {
  targets: PackageTarget[];
  stageIds: Map<string, string>;
  settled: PackageResult[];
}

/**
 * `mode: approve` and `mode: reject`: the staged versions named by `stage-ids` (or, without them,
 * the staged versions of the checkout's npm packages whose version matches the checkout), decided
 * in dependency order with the token and a fresh code from the one OTP gate of the registry.
 * A version already released (approve) or no longer staged (reject) is skipped.
 */
export async function decideMode(decision: StageDecision, refs: StageRef[] | undefined, config: PublishConfig, deps: ModeDeps): Promise<PackageResult[]> {
  const { logger, clock } = deps;
  // Only names, versions and dependencies are needed: no publish manifests.
  const discovered = await discover(config.packages, config, logger);
  const gem = discovered.find((target) => target.registry === 'rubygems');
  if (gem)
    throw new InputError(
      'mode',
      `is '${decision}', but ${gem.name}@${gem.version} in 'packages' is a gem, and RubyGems has no staged publishing; list npm packages only`,
    );
  // Staging areas are npm's only, and trusted-publishing tokens cannot decide stages: the token it is.
  const chooser = credentialChooser(config, deps, { auth: 'token', stage: false });
  const credential = chooser.forRegistry('npm');
  if (credential.auth === 'none') {
    throw new InputError('npm-token', `is empty, but 'mode: ${decision}' needs it (a trusted-publishing token can stage, but cannot approve or reject)`);
  }
  if (credential.auth === 'token')
    logger.warning(`'npm-totp-secret' is empty: ${decision} requests carry no one-time password, which npm refuses unless the token bypasses 2FA`);
  const client: StageClientOptions = { registry: config.npm.registry, token: credential.token, timeoutMs: config.timeoutSec * 1000, logger };
  const { targets, stageIds, settled } = refs ? await fromStageIds(refs, discovered, client) : await fromCheckout(discovered, client);
  const plan: PlannedPackage[] = orderTargets(targets).map(({ target, dependsOn }) => ({ target, dependsOn, credential }));
  const described = plan.map(({ target }) => `${target.name}@${target.version}${stageIds.has(key(target)) ? ` (stage ${stageIds.get(key(target))})` : ''}`);
  logger.info(`${plan.length} version(s) to ${decision}, in dependency order: ${described.join(', ') || 'none'}`);
  const adapter = new NpmStageAdapter({ registry: config.npm.registry, timeoutMs: config.timeoutSec * 1000, decision, stageIds });
  const results = await publishPlanned(plan, {
    adapters: { npm: adapter },
    dryRun: config.dryRun,
    concurrency: config.concurrency,
    failFast: config.failFast,
    retryCapMs: config.timeoutSec * 1000,
    clock,
    logger,
  });
  const withIds = results.map((result) => {
    const stageId = stageIds.get(key(result));
    return stageId ? { ...result, stageId } : result;
  });
  return [...withIds, ...settled];
}

const key = (spec: { name: string; version: string }) => `${spec.name}@${spec.version}`;

/** A staged version as a target: the checkout's package of that name gives its dependencies (for the order). */
function targetOf(name: string, version: string, discovered: PackageTarget[]): PackageTarget {
  const local = discovered.find((target) => target.registry === 'npm' && target.name === name);
  return { registry: 'npm', name, version, path: local?.path ?? '', private: false, dependencies: local?.dependencies ?? [] };
}

/** `stage-ids` given: each id is read from the staging area; one it no longer has is skipped (or, named, checked like any version). */
async function fromStageIds(refs: StageRef[], discovered: PackageTarget[], client: StageClientOptions): Promise<Decisions> {
  const limit = pLimit(VIEWS_AT_ONCE);
  const items = await Promise.all(refs.map((ref) => limit(() => viewStage(ref.stageId, client))));
  const decisions: Decisions = { targets: [], stageIds: new Map(), settled: [] };
  refs.forEach((ref, index) => {
    const item = items[index];
    const name = item?.packageName ?? ref.name;
    const version = item?.version ?? ref.version;
    if (item && ref.name && (ref.name !== item.packageName || ref.version !== item.version)) {
      throw new InputError(
        'stage-ids',
        `names ${ref.name}@${ref.version} for stage ${ref.stageId}, but the registry staged ${item.packageName}@${item.version} under that id`,
      );
    }
    if (!name || !version) {
      client.logger?.warning(`stage ${ref.stageId} is not staged on ${client.registry}: approved or rejected already, or never staged there`);
      decisions.settled.push({
        registry: 'npm',
        name: `(stage ${ref.stageId})`,
        version: '?',
        status: 'skipped',
        reason: 'no longer staged (approved or rejected already)',
        auth: 'token',
        stageId: ref.stageId,
        otpAttempts: 0,
        durationMs: 0,
      });
      return;
    }
    if (decisions.stageIds.has(key({ name, version }))) return; // the same id twice
    decisions.targets.push(targetOf(name, version, discovered));
    // Without an item, the id is kept: the version's state on the registry decides (released: skipped).
    decisions.stageIds.set(key({ name, version }), ref.stageId);
  });
  return decisions;
}

/** No `stage-ids`: the staged versions of the checkout's npm packages whose version is the checkout's. */
async function fromCheckout(discovered: PackageTarget[], client: StageClientOptions): Promise<Decisions> {
  const targets = discovered.filter((target) => !target.private);
  const limit = pLimit(VIEWS_AT_ONCE);
  const staged: StagedItem[][] = await Promise.all(targets.map((target) => limit(() => listStaged(target.name, client))));
  const stageIds = new Map<string, string>();
  targets.forEach((target, index) => {
    const item = staged[index]!.find((candidate) => candidate.version === target.version);
    if (item) stageIds.set(key(target), item.id);
  });
  return { targets, stageIds, settled: [] };
}
