import type { Octokit } from '@octokit/rest';
import type { Logger } from '../logger.js';
import type { Drift } from './drift.js';
import { bySeverity, type Finding } from './readiness.js';

export interface IssueTarget {
  octokit: Octokit;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** The label that marks the one audit issue. */
  label: string;
  /** Link to the run, for the issue text. */
  runUrl: string | undefined;
}

export type IssueOutcome = { action: 'created' | 'updated' | 'closed'; number: number; url: string } | { action: 'none' };

const MARKER = '<!-- otp-publish owner audit -->';

/**
 * Keeps one open issue (found by its label) in step with the audit: created or updated while there
 * is drift or a readiness finding to act on (a warning or a failure); commented on and closed once
 * both are gone.
 */
export async function syncAuditIssue(drift: Drift[], readiness: Finding[], audited: number, target: IssueTarget, logger: Logger): Promise<IssueOutcome> {
  const [owner, repo] = target.repository.split('/') as [string, string];
  const { octokit, label } = target;
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'open', per_page: 100 });
  const existing = open.filter((issue) => !issue.pull_request).sort((a, b) => a.number - b.number)[0];
  const attention = bySeverity(readiness.filter((finding) => finding.severity !== 'ok'));
  if (drift.length || attention.length) {
    const titles = [
      ...(drift.length
        ? [`Package ownership drift: ${drift.length} problem(s) in ${new Set(drift.map((d) => `${d.registry}:${d.name}`)).size} package(s)`]
        : []),
      ...(attention.length ? [`${attention.length} release readiness finding(s)`] : []),
    ];
    const title = titles.join('; ');
    const body = issueBody(drift, attention, audited, target.runUrl);
    if (existing) {
      const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body });
      logger.info(`updated issue #${data.number}: ${data.html_url}`);
      return { action: 'updated', number: data.number, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.create({ owner, repo, title, body, labels: [label] });
    logger.info(`opened issue #${data.number}: ${data.html_url}`);
    return { action: 'created', number: data.number, url: data.html_url };
  }
  if (!existing) return { action: 'none' };
  const where = target.runUrl ? ` ([run](${target.runUrl}))` : '';
  await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: existing.number,
    body: `${MARKER}\nThe owner audit of ${audited} package(s) found no drift and nothing that would stop a release${where}. Closing.`,
  });
  const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
  logger.info(`closed issue #${data.number}: the drift is gone`);
  return { action: 'closed', number: data.number, url: data.html_url };
}

/** GitHub refuses issue bodies over 65536 characters. */
const MAX_BODY = 60_000;

function issueBody(drift: Drift[], readiness: Finding[], audited: number, runUrl: string | undefined): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const where = runUrl ? ` ([run](${runUrl}))` : '';
  const parts = [MARKER];
  if (drift.length) {
    parts.push(
      `The scheduled owner audit of ${audited} package(s) found ownership that differs from the expected owners${where}.`,
      '',
      '| Package | Registry | Problem | Detail |',
      '| --- | --- | --- | --- |',
      ...capped(
        drift.map((d) => `| \`${cell(d.name)}\` | ${d.registry} | ${d.problem} | ${cell(d.detail)} |`),
        (left) => `| … | | | ${left} more problem(s): see the job summary of the run |`,
      ),
      '',
      'Fix the owners on the registry (or the `owners` input of the audit workflow); the next audit updates this issue, and closes it once nothing differs.',
    );
  }
  if (readiness.length) {
    parts.push(
      '',
      '## Release readiness',
      '',
      `What would stop the next release, as the registries answered the audit${drift.length ? '' : where}:`,
      '',
      '| Registry | Subject | Check | Result | Detail | What to do |',
      '| --- | --- | --- | --- | --- | --- |',
      ...capped(
        readiness.map((f) => `| ${f.registry} | \`${cell(f.subject)}\` | ${f.check} | ${f.severity} | ${cell(f.detail)} | ${cell(f.fix ?? '')} |`),
        (left) => `| … | | | | ${left} more finding(s): see the job summary of the run | |`,
      ),
    );
  }
  return parts.join('\n');
}

/** The rows that fit in an issue body, and a last row saying how many did not. */
function capped(rows: string[], more: (left: number) => string): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const row of rows) {
    length += row.length + 1;
    if (length > MAX_BODY / 2) return [...kept, more(rows.length - kept.length)];
    kept.push(row);
  }
  return kept;
}
