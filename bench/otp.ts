// One-time passwords as the benchmark's scripted systems get them, and the action's waits at window edges.
import { setTimeout as sleep } from 'node:timers/promises';
import { createGuardrails, generateSync } from 'otplib';
import { EARLY_MARGIN_MS } from '../src/otp/gate.js';
import type { Attempt } from '../test-support/registry.js';
import type { SummaryRow } from './harness.js';

/** 20-byte secret (what npm hands out); base32 as the action's input takes it. */
export const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
export const PERIOD_MS = 30_000;
/** The guard a careful user adds (and the action's default otp-min-remaining). */
export const MIN_LEFT_MS = 5_000;
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

export const msLeftInWindow = (now = Date.now()): number => PERIOD_MS - (now % PERIOD_MS);

export function totp(now = Date.now()): string {
  return generateSync({ secret: SECRET, epoch: Math.floor(now / 1000), guardrails });
}

/** A code the way a careful script gets one: wait for the next window when fewer than 5 s are left. */
export async function carefulCode(): Promise<{ code: string; waitedMs: number }> {
  let waitedMs = 0;
  const left = msLeftInWindow();
  if (left < MIN_LEFT_MS) {
    await sleep(left + 50);
    waitedMs = left + 50;
  }
  return { code: totp(), waitedMs };
}

/** The action makes no code in a window's first second, with some slack. */
const EARLY_MS = EARLY_MARGIN_MS + 200;

/**
 * Sleeps (untimed) until at least `needMs` are left in the window and its first second is over, so
 * a short run never meets an edge.
 */
export async function awayFromEdge(needMs = MIN_LEFT_MS + 1_500): Promise<void> {
  const left = msLeftInWindow();
  if (left < needMs) await sleep(left + EARLY_MS);
  else if (PERIOD_MS - left < EARLY_MS) await sleep(EARLY_MS - (PERIOD_MS - left));
}

/** Sleeps (untimed) until the next window edge is `ms` away, so a run of known length meets one where it should. */
export async function edgeIn(ms: number): Promise<void> {
  const wait = (((msLeftInWindow() - ms) % PERIOD_MS) + PERIOD_MS) % PERIOD_MS;
  if (wait > 0) await sleep(wait);
}

/**
 * Where run `rep` of `reps` starts in the window: the next edge this many ms after its start.
 * The runs of a cell start at evenly spread phases (the middle of each reps-th of the period), so
 * every system meets window edges at the same points of its runs, and the median run is the
 * typical one rather than whichever phase the clock happened to be in.
 */
export function spreadStart(rep: number, reps: number): number {
  return Math.round(PERIOD_MS - ((rep - 0.5) * PERIOD_MS) / reps);
}

export interface EdgeWaits {
  /** Sum over packages (slot time) and wall time during which at least one package waited, ms. */
  sumMs: number;
  wallMs: number;
  packages: number;
  /** Window edges between the run's start and its last accepted PUT (an edge before anything was ready to upload costs nothing, and counts). */
  edges: number;
}

/**
 * The action's waits at window edges, from its job summary: the wall time it reports (its own
 * record of when each wait began and ended, packages waiting together counted once), the sum of the
 * per-package waits in the table, and the window edges from the run's start (`startEpoch`) to the
 * last PUT the registry accepted, so that every edge the run met counts, whatever it cost.
 */
export function edgeWaits(summary: string, rows: SummaryRow[], puts: Attempt[], startEpoch: number): EdgeWaits {
  const wall = /; waited ([\d.]+) s at \d+ one-time-password window edges? \([\d.]+ s summed over packages\)/.exec(summary);
  const waited = rows.filter((row) => row.waitMs > 0);
  const times = puts.filter((put) => put.outcome === 'accepted' && put.otp).map((put) => put.at);
  const edges = times.length ? Math.max(0, Math.floor(Math.max(...times) / PERIOD_MS) - Math.floor(startEpoch / PERIOD_MS)) : 0;
  return {
    sumMs: waited.reduce((total, row) => total + row.waitMs, 0),
    wallMs: wall ? Number(wall[1]) * 1000 : 0,
    packages: waited.length,
    edges,
  };
}
