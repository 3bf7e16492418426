// Codes for tests, as an authenticator app would show them (npmjs secrets are 10 bytes, which
// otplib's default guardrails refuse).
import { createGuardrails, generateSync } from 'otplib';

const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

export interface CodeOptions {
  /** Shift of the local clock, ms. */
  offsetMs?: number;
  algorithm?: 'sha1' | 'sha256' | 'sha512';
  digits?: number;
}

/** The code of `secret` at the local clock (shifted by `offsetMs`); SHA-1, 6 digits, 30 s unless told. */
export function codeNow(secret: string, { offsetMs = 0, ...options }: CodeOptions = {}): string {
  return generateSync({ secret, epoch: Math.floor((Date.now() + offsetMs) / 1000), guardrails, ...options });
}

/** A code that is certainly not the current one. */
export function wrongCode(secret: string): string {
  return String((Number(codeNow(secret)) + 500_000) % 1_000_000).padStart(6, '0');
}

export interface StepOptions extends Omit<CodeOptions, 'offsetMs'> {
  /** Seconds; default 30. */
  period?: number;
}

/**
 * The time step (epoch ms / period, floored) that `code` is the code of: which window it was made
 * for, whenever it reached the registry. Looked for from three steps before the step of `nearMs`
 * (where the registry saw it) to one after; throws unless exactly one of them has that code.
 */
export function stepOfCode(secret: string, code: string, nearMs: number, { period = 30, ...options }: StepOptions = {}): number {
  const near = Math.floor(nearMs / (period * 1000));
  const steps: number[] = [];
  for (let step = near - 3; step <= near + 1; step++) {
    if (generateSync({ secret, epoch: step * period, period, guardrails, ...options }) === code) steps.push(step);
  }
  if (steps.length !== 1) throw new Error(`${steps.length} steps around ${new Date(nearMs).toISOString()} have the code seen then (${steps.join(', ')})`);
  return steps[0]!;
}
