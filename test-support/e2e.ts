// Small helpers shared by the end-to-end tests of dist/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startRegistry, type Registry } from './registry.js';
import { cleanupRun, workflowCommands, type ActionRun } from './runner.js';

export type OutputEntry = {
  registry: string;
  name: string;
  version: string;
  auth: string;
  provenance?: boolean;
  stageId?: string;
  reason?: string;
  error?: string;
};

/** A parsed `published`, `staged`, `rejected`, `skipped` or `failed` output. */
export function outputOf(run: ActionRun, name: 'published' | 'staged' | 'rejected' | 'skipped' | 'failed'): OutputEntry[] {
  const value = run.outputs[name];
  if (value === undefined) throw new Error(`output '${name}' was not set; stdout:\n${run.stdout}`);
  return JSON.parse(value) as OutputEntry[];
}

/** One entry of the `changes` output of the modes that change package settings. */
export interface ChangeEntry {
  registry: string;
  name: string;
  kind: string;
  subject: string;
  before?: string;
  after?: string;
  status: string;
  auth: string;
  reason?: string;
  error?: string;
}

/** The parsed `changes` output. */
export function changesOf(run: ActionRun): ChangeEntry[] {
  const value = run.outputs.changes;
  if (value === undefined) throw new Error(`output 'changes' was not set; stdout:\n${run.stdout}`);
  return JSON.parse(value) as ChangeEntry[];
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

export interface GatedRegistry {
  registry: Registry;
  /** Bearer token of the user `alice`. */
  token: string;
  /** Runs made by the file, removed after it. */
  runs: ActionRun[];
}

/**
 * For a test file: a local Verdaccio whose gate demands codes for `secret`, a user `alice`, and the
 * runs to clean up, started before the file's tests and stopped after them.
 */
export function useGatedRegistry(secret: string): GatedRegistry {
  const fixture = { runs: [] as ActionRun[] } as GatedRegistry;
  beforeAll(async () => {
    fixture.registry = await startRegistry({ gate: { secret } });
    fixture.token = await fixture.registry.addUser('alice');
  });
  afterAll(async () => {
    for (const run of fixture.runs) await cleanupRun(run);
    await fixture.registry?.stop();
  });
  return fixture;
}
