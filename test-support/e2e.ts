// Small helpers shared by the end-to-end tests of dist/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workflowCommands, type ActionRun } from './runner.js';

export type OutputEntry = { registry: string; name: string; version: string; auth: string; reason?: string; error?: string };

/** A parsed `published`, `skipped` or `failed` output. */
export function outputOf(run: ActionRun, name: 'published' | 'skipped' | 'failed'): OutputEntry[] {
  const value = run.outputs[name];
  if (value === undefined) throw new Error(`output '${name}' was not set; stdout:\n${run.stdout}`);
  return JSON.parse(value) as OutputEntry[];
}

/** The messages of the `::error::` commands on stdout. */
export function errorsOf(run: ActionRun): string[] {
  return workflowCommands(run.stdout)
    .filter((command) => command.command === 'error')
    .map((command) => command.value);
}

/** A fresh directory to use as a package or workspace. */
export function freshDir(prefix = 'otp-publish-ws-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
