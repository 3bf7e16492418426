// Codes for tests, as an authenticator app would show them (npmjs secrets are 10 bytes, which
// otplib's default guardrails refuse).
import { createGuardrails, generateSync } from 'otplib';

const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** The SHA-1, 6-digit, 30-second code of `secret` at the local clock shifted by `offsetMs`. */
export function codeNow(secret: string, offsetMs = 0): string {
  return generateSync({ secret, epoch: Math.floor((Date.now() + offsetMs) / 1000), guardrails });
}

/** A code that is certainly not the current one. */
export function wrongCode(secret: string): string {
  return String((Number(codeNow(secret)) + 500_000) % 1_000_000).padStart(6, '0');
}
