import type { Octokit } from '@octokit/rest';
import type { Logger } from '../logger.js';
import type { Drift } from './drift.js';

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
 * is drift; commented on and closed once the drift is gone.
 */
export async function syncAuditIssue(drift: Drift[], audited: number, target: IssueTarget, logger: Logger): Promise<IssueOutcome> {
  const [owner, repo] = target.repository.split('/') as [string, string];
  const { octokit, label } = target;
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'open', per_page: 100 });
  const existing = open.filter((issue) => !issue.pull_request).sort((a, b) => a.number - b.number)[0];
  if (drift.length) {
    const title = `Package ownership drift: ${drift.length} problem(s) in ${new Set(drift.map((d) => `${d.registry}:${d.name}`)).size} package(s)`;
    const body = issueBody(drift, audited, target.runUrl);
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
    body: `${MARKER}\nThe owner audit of ${audited} package(s) found no drift${where}. Closing.`,
  });
  const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
  logger.info(`closed issue #${data.number}: the drift is gone`);
  return { action: 'closed', number: data.number, url: data.html_url };
}

/** GitHub refuses issue bodies over 65536 characters. */
const MAX_BODY = 60_000;

function issueBody(drift: Drift[], audited: number, runUrl: string | undefined): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows: string[] = [];
  let length = 0;
  for (const d of drift) {
    const row = `| \`${cell(d.name)}\` | ${d.registry} | ${d.problem} | ${cell(d.detail)} |`;
    length += row.length + 1;
    if (length > MAX_BODY) {
      rows.push(`| … | | | ${drift.length - rows.length} more problem(s): see the job summary of the run |`);
      break;
    }
    rows.push(row);
  }
  return [
    MARKER,
    `The scheduled owner audit of ${audited} package(s) found ownership that differs from the expected owners${runUrl ? ` ([run](${runUrl}))` : ''}.`,
    '',
    '| Package | Registry | Problem | Detail |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'Fix the owners on the registry (or the `owners` input of the audit workflow); the next audit updates this issue, and closes it once nothing differs.',
  ].join('\n');
}
