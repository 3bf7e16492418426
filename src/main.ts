import * as core from '@actions/core';
import { rmSync } from 'node:fs';
import { systemClock } from './clock.js';
import { errorMessage } from './errors.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { actionLogger } from './action/logger.js';
import {
  setAuditOutputs,
  setChangeOutputs,
  setPublishOutputs,
  writeAuditSummary,
  writeChangeSummary,
  writePublishSummary,
  writeRunSummary,
} from './action/report.js';
import { STATE } from './action/state.js';
import { auditMode } from './modes/audit.js';
import type { ModeDeps } from './modes/config.js';
import { publishMode } from './modes/publish.js';
import { retryingFetch } from './registries/http.js';
import { runMode } from './modes/run.js';
import { decideMode } from './modes/decide.js';
import { distTagsKind } from './modes/dist-tags.js';
import { accessKind, deprecateKind, ownersKind } from './modes/admin.js';
import { type SettingsKind, settingsMode } from './modes/settings.js';
import type { PackageResult } from './plan/results.js';
import { stopAllCommands } from './process.js';
import { restoreManifests } from './workspace/swap.js';

/** Reads the inputs once, runs the mode, sets outputs, and turns any throw into a failed step. */
export async function run(): Promise<void> {
  let scratch: string | undefined;
  const stop = (signal: NodeJS.Signals) => {
    stopAllCommands();
    const restored = restoreManifests();
    if (restored.length) core.info(`put back package.json as written in ${restored.join(', ')}`);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    core.error(`otp-publish stopped by ${signal}; temporary credentials removed`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGTERM', stop).once('SIGINT', stop);
  try {
    const inputs = readInputs();
    const deps: ModeDeps = {
      logger: actionLogger,
      clock: systemClock,
      onScratch: (path) => {
        scratch = path;
        core.saveState(STATE.scratchDir, path);
      },
    };
    const modes = {
      publish,
      run: runCommandMode,
      audit,
      approve: decide('approve'),
      reject: decide('reject'),
      'dist-tags': settings((inputs) => distTagsKind(inputs.distTags, inputs.publish)),
      owners: settings((inputs) => ownersKind(inputs.audit.expected, inputs.removeOwners, inputs.publish)),
      deprecate: settings((inputs) => deprecateKind(inputs.deprecations, inputs.publish)),
      access: settings((inputs) => accessKind(inputs.accessChange, inputs.publish)),
    };
    await modes[inputs.mode](inputs, deps);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

async function publish(inputs: ActionInputs, deps: ModeDeps): Promise<void> {
  await report(await publishMode(inputs.publish, deps), inputs.publish.dryRun);
}

/** Outputs, summary, one error annotation per failed package, and a failed step when any failed. */
async function report(results: PackageResult[], dryRun: boolean, what?: 'approve' | 'reject'): Promise<void> {
  setPublishOutputs(results);
  await writePublishSummary(results, dryRun, what);
  const failed = results.filter((result) => result.status === 'failed');
  for (const result of failed) core.error(result.error ?? 'failed', { title: `${result.name}@${result.version}` });
  if (failed.length) {
    core.setFailed(`${failed.length} of ${results.length} package(s) failed: ${failed.map((r) => `${r.name}@${r.version}`).join(', ')}`);
  }
}

/** `mode: approve` / `mode: reject`: staged versions decided with a code each; outputs and summary as for publishing. */
function decide(decision: 'approve' | 'reject') {
  return async (inputs: ActionInputs, deps: ModeDeps): Promise<void> => {
    const results = await decideMode(decision, inputs.stageIds, inputs.publish, deps);
    await report(results, inputs.publish.dryRun, decision);
  };
}

/**
 * The modes that change package settings (dist-tags, owners, deprecate, access): the plan and each
 * change's result in the log, the summary and the `changes` output; a failed step when any failed.
 */
function settings<State>(kindOf: (inputs: ActionInputs) => SettingsKind<State>) {
  return async (inputs: ActionInputs, deps: ModeDeps): Promise<void> => {
    const results = await settingsMode(kindOf(inputs), inputs.publish, deps);
    setPublishOutputs([]);
    setChangeOutputs(results);
    await writeChangeSummary(inputs.mode, results, inputs.publish.dryRun);
    const failed = results.filter((result) => result.status === 'failed');
    for (const result of failed) core.error(result.error ?? 'failed', { title: `${result.name} ${result.kind} ${result.subject}` });
    if (failed.length)
      core.setFailed(`${failed.length} of ${results.length} change(s) failed: ${failed.map((r) => `${r.name} ${r.kind} ${r.subject}`).join(', ')}`);
  };
}

async function runCommandMode(inputs: ActionInputs, deps: ModeDeps): Promise<void> {
  const result = await runMode(inputs.command!, inputs.publish, deps);
  setPublishOutputs([]);
  await writeRunSummary(result);
  if (result.error) core.setFailed(`'${result.command}' failed: ${result.error}`);
}

async function audit(inputs: ActionInputs, deps: ModeDeps): Promise<void> {
  const { audit: settings } = inputs;
  // Loaded only for an audit that files its issue: publishing runs do not pay for it at start.
  const Octokit = settings.issue ? (await import('@octokit/rest')).Octokit : undefined;
  const issue =
    Octokit && settings.githubToken && settings.repository
      ? {
          octokit: new Octokit({
            auth: settings.githubToken,
            baseUrl: settings.apiUrl,
            userAgent: 'otp-publish',
            // Octokit's own request lines go to the debug log; failures reach the step as the action's errors.
            log: {
              debug: (message: string) => deps.logger.debug(message),
              info: (message: string) => deps.logger.debug(message),
              warn: (message: string) => deps.logger.warning(message),
              error: (message: string) => deps.logger.debug(message),
            },
            // Every GitHub API request under the action's one retry policy.
            request: { fetch: retryingFetch({ capMs: inputs.publish.timeoutSec * 1000, clock: deps.clock, logger: deps.logger }) },
          }),
          repository: settings.repository,
          runUrl: settings.runUrl,
        }
      : undefined;
  const result = await auditMode(inputs.publish, { expected: settings.expected, issue, warnDays: settings.warnDays }, deps);
  setAuditOutputs(result);
  await writeAuditSummary(result);
  const drift = `ownership drift: ${result.drift.length} problem(s); see the job summary`;
  const failing = result.readiness.filter((finding) => finding.severity === 'fail');
  for (const finding of result.readiness.filter((f) => f.severity !== 'ok')) {
    const say = finding.severity === 'fail' ? core.error : core.warning;
    say(`${finding.detail}${finding.fix ? `: ${finding.fix}` : ''}`, { title: `release readiness: ${finding.registry} ${finding.subject}` });
  }
  if (failing.length) core.setFailed(`release readiness: ${failing.length} finding(s) would stop the next release; see the job summary`);
  if (result.unreadable.length) {
    core.setFailed(`could not audit ${result.unreadable.map((d) => `${d.registry}:${d.name} (${d.detail})`).join(', ')}`);
  } else if (result.drift.length && settings.failOnDrift) {
    core.setFailed(drift);
  } else if (result.drift.length) {
    core.warning(drift);
  }
}
