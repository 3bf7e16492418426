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
