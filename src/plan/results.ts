import type { AuthKind } from '../credentials/credential.js';
import type { WaitSpan } from '../otp/gate.js';
import type { RegistryId } from '../registries/types.js';

export type ResultStatus = 'published' | 'staged' | 'rejected' | 'changed' | 'skipped' | 'failed';

export interface PackageResult {
  registry: RegistryId;
  name: string;
  version: string;
  status: ResultStatus;
  /** Why a package was skipped (already published, private, dry run). */
  reason?: string;
  /** Why a package failed. Never contains a secret. */
  error?: string;
  auth: AuthKind;
  /** npm: whether the upload carried a provenance statement (set once an upload was attempted). */
  provenance?: boolean;
  /** npm, staged (or approved, rejected): the registry's id of the staged version. */
  stageId?: string;
  /** One-time passwords sent to the registry for this package. */
  otpAttempts: number;
  /** Time spent waiting for a fresh OTP window before those attempts. */
  otpWaitMs?: number;
  /** When those waits were (the clock's ms): the run's wall time at window edges is their union (edgeWaitTime). */
  otpWaits?: WaitSpan[];
  durationMs: number;
}

export interface OutputEntry {
  registry: RegistryId;
  name: string;
  version: string;
  auth: AuthKind;
  /** npm entries of `published`: whether the version was published with provenance. */
  provenance?: boolean;
  /** npm's staged publishing: the stage id (to approve or reject, or the one approved or rejected). */
  stageId?: string;
  reason?: string;
  error?: string;
}

/** The `published`, `staged`, `rejected`, `skipped` and `failed` outputs. */
export function outputEntries(results: PackageResult[]): Record<ResultStatus, OutputEntry[]> {
  const lists: Record<ResultStatus, OutputEntry[]> = { published: [], staged: [], rejected: [], changed: [], skipped: [], failed: [] };
  for (const result of results) {
    const entry: OutputEntry = { registry: result.registry, name: result.name, version: result.version, auth: result.auth };
    if (result.status === 'published' && result.registry === 'npm') entry.provenance = result.provenance ?? false;
    if (result.stageId) entry.stageId = result.stageId;
    if (result.reason) entry.reason = result.reason;
    if (result.error) entry.error = result.error;
    lists[result.status].push(entry);
  }
  return lists;
}

/**
 * The run's wall time at window edges: the union of every package's waits for a fresh window, and
 * the number of separate stretches it makes (an edge where packages waited; waits of packages in
 * flight together overlap).
 */
export function edgeWaitTime(results: PackageResult[]): { wallMs: number; stretches: number } {
  const spans = results.flatMap((result) => result.otpWaits ?? []).sort((a, b) => a.from - b.from);
  let wallMs = 0;
  let stretches = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const { from, to } of spans) {
    if (from > end) stretches++;
    if (to > end) {
      wallMs += to - Math.max(from, end);
      end = to;
    }
  }
  return { wallMs, stretches };
}
