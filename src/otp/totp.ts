import { createGuardrails, generateSync } from 'otplib';
import type { TotpSpec } from './secret.js';

// otplib refuses secrets under 16 bytes by default; real services issue 10-byte ones.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** The code for `spec` at time `epochMs` (milliseconds, on the registry's clock). */
export function totpAt(spec: TotpSpec, epochMs: number): string {
  return generateSync({
    secret: spec.secret,
    algorithm: spec.algorithm,
    digits: spec.digits as 6 | 7 | 8,
    period: spec.period,
    epoch: Math.floor(epochMs / 1000),
    guardrails,
  });
}

/** Index of the time step that `epochMs` falls in. */
export function stepAt(spec: Pick<TotpSpec, 'period'>, epochMs: number): number {
  return Math.floor(epochMs / (spec.period * 1000));
}

/** Milliseconds from `epochMs` to the start of the next step. */
export function msLeftInStep(spec: Pick<TotpSpec, 'period'>, epochMs: number): number {
  const periodMs = spec.period * 1000;
  return periodMs - (((epochMs % periodMs) + periodMs) % periodMs);
}
