import * as core from '@actions/core';
import { bySeverity, type Severity } from '../audit/readiness.js';
import type { AuditResult } from '../modes/audit.js';
import type { ChangeResult } from '../modes/settings.js';
import type { RunResult } from '../modes/run.js';
import { edgeWaitTime, outputEntries, type PackageResult } from '../plan/results.js';

/** Every output name, in one place (they match action.yml). */
export const OUTPUT = {
  published: 'published',
  staged: 'staged',
  rejected: 'rejected',
  skipped: 'skipped',
  failed: 'failed',
  drift: 'drift',
  audited: 'audited',
  changes: 'changes',
  readiness: 'readiness',
} as const;

export function setPublishOutputs(results: PackageResult[]): void {
  const lists = outputEntries(results);
  core.setOutput(OUTPUT.published, JSON.stringify(lists.published));
  core.setOutput(OUTPUT.staged, JSON.stringify(lists.staged));
  core.setOutput(OUTPUT.rejected, JSON.stringify(lists.rejected));
  core.setOutput(OUTPUT.skipped, JSON.stringify(lists.skipped));
  core.setOutput(OUTPUT.failed, JSON.stringify(lists.failed));
}

/** The job summary: one row per package in publish order, then the errors in full. `what`: the mode, when not publishing. */
export async function writePublishSummary(results: PackageResult[], dryRun: boolean, what?: 'approve' | 'reject'): Promise<void> {
  const header = ['Package', 'Version', 'Registry', 'Result', 'Auth', 'Provenance', 'OTP attempts', 'Time'].map((data) => ({ data, header: true }));
  const rows = results.map((result) =>
    [
      result.name,
      result.version,
      result.registry,
      resultCell(result),
      result.auth,
      result.provenance === undefined ? 'n/a' : result.provenance ? 'yes' : 'no',
      String(result.otpAttempts),
      timeCell(result),
    ].map(escapeHtml),
  );
  const count = (status: PackageResult['status']) => results.filter((result) => result.status === status).length;
  const counts = (['published', 'staged', 'rejected', 'skipped', 'failed'] as const).filter(
    (status) => count(status) || !['staged', 'rejected'].includes(status),
  );
  const modes = [what, dryRun && 'dry run'].filter(Boolean).join(', ');
  const summary = core.summary
    .addHeading(modes ? `otp-publish (${modes})` : 'otp-publish', 2)
    .addRaw(counts.map((status) => `${count(status)} ${status}`).join(', ') + edgeWaits(results), true)
    .addTable([header, ...rows]);
  const staged = results.filter((result) => result.status === 'staged' && result.stageId);
  if (staged.length) {
    // Approving releases a version for good: each id with the exact command, and the job that does them all.
    summary
      .addHeading('Staged: waiting for approval', 3)
      .addRaw(
        "Nothing is released until approved with a one-time password: by a job with <code>mode: approve</code> and this run's <code>staged</code> output, or one by one (<code>npm stage reject &lt;id&gt;</code> discards a version instead):",
        true,
      )
      .addList(staged.map((result) => `${escapeHtml(`${result.name}@${result.version}`)}: <code>${escapeHtml(`npm stage approve ${result.stageId!}`)}</code>`));
  }
  const failures = results.filter((result) => result.status === 'failed');
  if (failures.length) {
    summary.addHeading('Failures', 3).addList(failures.map((result) => escapeHtml(`${result.name}@${result.version}: ${result.error ?? 'failed'}`)));
  }
  await summary.write();
}

/** The run's time at TOTP window edges: wall time (packages waiting together count once) and the sum over packages (when any waited). */
function edgeWaits(results: PackageResult[]): string {
  const summedMs = results.reduce((sum, result) => sum + (result.otpWaitMs ?? 0), 0);
  if (!summedMs) return '';
  const { wallMs, stretches } = edgeWaitTime(results);
  return `; waited ${(wallMs / 1000).toFixed(1)} s at ${stretches} one-time-password window edge${stretches === 1 ? '' : 's'} (${(summedMs / 1000).toFixed(1)} s summed over packages)`;
}

/** The package's time, and how much of it went to waiting for a fresh OTP window. */
function timeCell(result: PackageResult): string {
  const time = `${(result.durationMs / 1000).toFixed(1)} s`;
  return result.otpWaitMs ? `${time} (${(result.otpWaitMs / 1000).toFixed(1)} s waiting for a fresh OTP window)` : time;
}

function resultCell(result: PackageResult): string {
  if (result.status === 'skipped' && result.reason) return `skipped: ${result.reason}`;
  if (result.status === 'staged') return `staged: ${result.stageId ?? 'no id'}`;
  // Approvals and rejections name the stage they decided.
  if (result.stageId && result.status !== 'failed') return `${result.status} (stage ${result.stageId})`;
  return result.status;
}

/** The job summary of `mode: run`: the command, how it ended, and the codes it needed. */
export async function writeRunSummary(result: RunResult): Promise<void> {
  const header = ['Command', 'Result', 'npm auth', 'RubyGems auth', 'OTP attempts', 'Time'].map((data) => ({ data, header: true }));
  const attempts =
    Object.entries(result.otpAttempts)
      .map(([registry, count]) => `${registry}: ${count}`)
      .join(', ') || '0';
  const row = [
    result.command,
    result.error ? `failed: ${result.error}` : 'succeeded',
    result.auth.npm,
    result.auth.rubygems,
    attempts,
    `${(result.durationMs / 1000).toFixed(1)} s`,
  ].map(escapeHtml);
  await core.summary.addHeading('otp-publish (run)', 2).addTable([header, row]).write();
}

export function setAuditOutputs(result: AuditResult): void {
  core.setOutput(OUTPUT.drift, JSON.stringify([...result.drift, ...result.unreadable]));
  core.setOutput(OUTPUT.audited, String(result.packages.length));
  core.setOutput(OUTPUT.readiness, JSON.stringify(result.readiness));
}

/** The job summary of `mode: audit`: one row per package with its owners and problems. */
export async function writeAuditSummary(result: AuditResult): Promise<void> {
  const header = ['Package', 'Registry', 'Owners', 'Problems'].map((data) => ({ data, header: true }));
  const rows = result.packages.map((pkg) =>
    [pkg.name, pkg.registry, pkg.owners.join(', ') || '-', pkg.problems.map((p) => `${p.problem}: ${p.detail}`).join('; ') || 'none'].map(escapeHtml),
  );
  const troubled = result.packages.filter((pkg) => pkg.problems.length).length;
  const summary = core.summary
    .addHeading('otp-publish owner audit', 2)
    .addRaw(`${result.packages.length} package(s) audited, ${troubled} with problems`, true)
    .addTable([header, ...rows]);
  if (result.readiness.length) {
    const head = ['Registry', 'Subject', 'Check', 'Result', 'Detail', 'What to do'].map((data) => ({ data, header: true }));
    const found = bySeverity(result.readiness).map((f) => [f.registry, f.subject, f.check, f.severity, f.detail, f.fix ?? ''].map(escapeHtml));
    const count = (severity: Severity) => result.readiness.filter((f) => f.severity === severity).length;
    summary
      .addHeading('Release readiness', 3)
      .addRaw(`${count('fail')} would stop the next release, ${count('warn')} warning(s), ${count('ok')} in order`, true)
      .addTable([head, ...found]);
  }
  const issue = result.issue;
  if (issue && issue.action !== 'none') summary.addRaw(`Audit issue #${issue.number} ${issue.action}: `).addLink(issue.url, issue.url);
  await summary.write();
}

/** The `changes` output: every planned change, `before` and `after` left out where absent. */
export function setChangeOutputs(results: ChangeResult[]): void {
  const entries = results.map(({ registry, name, kind, subject, before, after, status, auth, reason, error }) => ({
    registry,
    name,
    kind,
    subject,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    status,
    auth,
    ...(reason ? { reason } : {}),
    ...(error ? { error } : {}),
  }));
  core.setOutput(OUTPUT.changes, JSON.stringify(entries));
}

/** The job summary of a mode that changes package settings: one row per change, before -> after, then the errors in full. */
export async function writeChangeSummary(title: string, results: ChangeResult[], dryRun: boolean): Promise<void> {
  const header = ['Package', 'Registry', 'Change', 'Before', 'After', 'Result', 'Auth', 'OTP attempts', 'Time'].map((data) => ({ data, header: true }));
  const rows = results.map((result) =>
    [
      result.name,
      result.registry,
      `${result.kind} ${result.subject}`,
      result.before ?? '(none)',
      result.after ?? '(removed)',
      result.status === 'unchanged' && result.reason ? `unchanged: ${result.reason}` : result.status,
      result.auth,
      String(result.otpAttempts),
      `${(result.durationMs / 1000).toFixed(1)} s`,
    ].map(escapeHtml),
  );
  const counts = (['changed', 'unchanged', 'planned', 'failed'] as const)
    .map((status) => [status, results.filter((result) => result.status === status).length] as const)
    .filter(([, count]) => count);
  const summary = core.summary
    .addHeading(`otp-publish ${title}${dryRun ? ' (dry run)' : ''}`, 2)
    .addRaw(counts.map(([status, count]) => `${count} ${status}`).join(', ') || 'nothing to change: every setting is already as asked', true);
  if (rows.length) summary.addTable([header, ...rows]);
  const failures = results.filter((result) => result.status === 'failed');
  if (failures.length) summary.addHeading('Failures', 3).addList(failures.map((r) => escapeHtml(`${r.name} ${r.kind} ${r.subject}: ${r.error ?? 'failed'}`)));
  await summary.write();
}

/** Summary cells are HTML: npm's messages hold text such as `--otp=<code>`. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
