import * as core from '@actions/core';
import type { RunResult } from '../modes/run.js';
import { outputEntries, type PackageResult } from '../plan/results.js';

/** Every output name, in one place (they match action.yml). */
export const OUTPUT = {
  published: 'published',
  skipped: 'skipped',
  failed: 'failed',
} as const;

export function setPublishOutputs(results: PackageResult[]): void {
  const lists = outputEntries(results);
  core.setOutput(OUTPUT.published, JSON.stringify(lists.published));
  core.setOutput(OUTPUT.skipped, JSON.stringify(lists.skipped));
  core.setOutput(OUTPUT.failed, JSON.stringify(lists.failed));
}

/** The job summary: one row per package in publish order, then the errors in full. */
export async function writePublishSummary(results: PackageResult[], dryRun: boolean): Promise<void> {
  const header = ['Package', 'Version', 'Registry', 'Result', 'Auth', 'OTP attempts', 'Time'].map((data) => ({ data, header: true }));
  const rows = results.map((result) =>
    [
      result.name,
      result.version,
      result.registry,
      resultCell(result),
      result.auth,
      String(result.otpAttempts),
      `${(result.durationMs / 1000).toFixed(1)} s`,
    ].map(escapeHtml),
  );
  const count = (status: PackageResult['status']) => results.filter((result) => result.status === status).length;
  const summary = core.summary
    .addHeading(dryRun ? 'otp-publish (dry run)' : 'otp-publish', 2)
    .addRaw(`${count('published')} published, ${count('skipped')} skipped, ${count('failed')} failed`, true)
    .addTable([header, ...rows]);
  const failures = results.filter((result) => result.status === 'failed');
  if (failures.length) {
    summary.addHeading('Failures', 3).addList(failures.map((result) => escapeHtml(`${result.name}@${result.version}: ${result.error ?? 'failed'}`)));
  }
  await summary.write();
}

function resultCell(result: PackageResult): string {
  if (result.status === 'skipped' && result.reason) return `skipped: ${result.reason}`;
  return result.status;
}

/** The job summary of `mode: run`: the command, how it ended, and the codes it needed. */
export async function writeRunSummary(result: RunResult): Promise<void> {
  const header = ['Command', 'Result', 'npm auth', 'RubyGems auth', 'OTP attempts', 'Time'].map((data) => ({ data, header: true }));
  const attempts = Object.entries(result.otpAttempts).map(([registry, count]) => `${registry}: ${count}`).join(', ') || '0';
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

/** Summary cells are HTML: npm's messages hold text such as `--otp=<code>`. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
