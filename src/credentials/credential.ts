import type { OtpGate } from '../otp/gate.js';

/** How a package is authenticated, as shown in outputs and the summary. */
export type AuthKind = 'oidc' | 'token' | 'token+otp' | 'none';

export type Credential =
  | { auth: 'none' }
  | { auth: 'token'; token: string }
  | { auth: 'token+otp'; token: string; gate: OtpGate }
  /** Trusted publishing: a short-lived token (npm) or API key (RubyGems) from the OIDC exchange; no OTP. */
  | { auth: 'oidc'; token: string };

export function tokenOf(credential: Credential): string | undefined {
  return credential.auth === 'none' ? undefined : credential.token;
}

/** The `authorization` header npm's clients send with the credential's token (none without one). */
export function bearerHeaders(credential: Credential): Record<string, string> {
  const token = tokenOf(credential);
  return token ? { authorization: `Bearer ${token}` } : {};
}
