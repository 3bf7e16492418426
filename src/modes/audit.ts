import type { Octokit } from '@octokit/rest';
import pLimit from 'p-limit';
import { findDrift, type Drift } from '../audit/drift.js';
import type { ExpectedOwners } from '../audit/expected.js';
import { syncAuditIssue, type IssueOutcome } from '../audit/issue.js';
import { readOwnership, type AuditSources } from '../audit/read.js';
import type { Finding } from '../audit/readiness.js';
import { InputError, errorMessage } from '../errors.js';
import { inGroup } from '../logger.js';
import type { RegistryId } from '../registries/types.js';
import { type ModeDeps, type PublishConfig, packagesNamed } from './config.js';
import { gemReadiness, npmReadiness, readCheckout } from './readiness.js';

export interface AuditSettings {
  expected: ExpectedOwners;
  /** Warn when the npm token expires in fewer days than this (`token-warning-days`). */
  warnDays: number;
  /** Where to report drift; undefined when `audit-issue` is false. */
  issue: { octokit: Octokit; repository: string; runUrl: string | undefined } | undefined;
}

export interface AuditedPackage {
  registry: RegistryId;
  name: string;
  owners: string[];
  problems: Drift[];
}

export interface AuditResult {
  packages: AuditedPackage[];
  drift: Drift[];
  /** Packages that could not be read (not found, or the registry kept failing). */
  unreadable: Drift[];
  issue: IssueOutcome | undefined;
  /** What would stop the next release (readiness.ts). */
  readiness: Finding[];
}

export const AUDIT_LABEL = 'owner-audit';

/**
 * `mode: audit`: reads who owns each package on its registry (bounded parallel reads, retried on
 * 429/5xx), compares with the expected owners, checks what would stop the next release (readiness),
 * and keeps one GitHub issue in step with both.
 */
export async function auditMode(config: PublishConfig, settings: AuditSettings, deps: ModeDeps): Promise<AuditResult> {
  const packages = await packagesNamed(config, deps);
  for (const registry of new Set(packages.map((pkg) => pkg.registry))) {
    if (!settings.expected[registry]) {
      const count = packages.filter((pkg) => pkg.registry === registry).length;
      throw new InputError('owners', `has no '${registry}:' line, but ${count} ${registry} package(s) are audited`);
    }
  }
  deps.logger.info(`auditing ${packages.length} package(s)`);
  const retry = { capMs: config.timeoutSec * 1000, clock: deps.clock, logger: deps.logger };
  const sources = { npmRegistry: config.npm.registry, npmToken: config.npm.token, rubygemsHost: config.rubygems.host, retry };
  const limit = pLimit(config.concurrency);
  let done = 0;
  const audited = await Promise.all(
    packages.map(({ registry, name }) =>
      limit(async (): Promise<AuditedPackage> => {
        const result = await auditOne(registry, name, settings.expected[registry]!, sources);
        const problems = result.problems.map((p) => p.problem).join(', ') || 'as expected';
        deps.logger.info(`[${++done}/${packages.length}] ${registry} ${name}: ${problems}`);
        return result;
      }),
    ),
  );
  const all = audited.flatMap((pkg) => pkg.problems);
  const unreadable = all.filter((d) => d.problem === 'not-found' || d.problem === 'unreadable');
  const drift = all.filter((d) => !unreadable.includes(d));
  const readiness = await inGroup(deps.logger, 'release readiness', async (log) => {
    const checkout = await readCheckout(config);
    return [
      ...(await npmReadiness(config, packages, settings.warnDays, checkout, { ...deps, logger: log })),
      ...(await gemReadiness(config, packages, checkout, { ...deps, logger: log })),
    ];
  });
  for (const finding of readiness)
    deps.logger.info(`readiness ${finding.registry} ${finding.subject} ${finding.check}: ${finding.severity}: ${finding.detail}`);
  const issue = settings.issue ? await syncAuditIssue(all, readiness, packages.length, { ...settings.issue, label: AUDIT_LABEL }, deps.logger) : undefined;
  return { packages: audited, drift, unreadable, issue, readiness };
}

async function auditOne(registry: RegistryId, name: string, expected: string[], sources: AuditSources): Promise<AuditedPackage> {
  const unreadable = (problem: 'not-found' | 'unreadable', detail: string) => ({ registry, name, owners: [], problems: [{ registry, name, problem, detail }] });
  try {
    const ownership = await readOwnership(registry, name, sources);
    if (!ownership) return unreadable('not-found', `${registry} has no package named ${name}`);
    return { registry, name, owners: ownership.owners, problems: findDrift(ownership, expected) };
  } catch (error) {
    return unreadable('unreadable', errorMessage(error));
  }
}
