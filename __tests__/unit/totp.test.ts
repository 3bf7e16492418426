import { describe, expect, it } from 'vitest';
import { msLeftInStep, stepAt, totpAt } from '../../src/otp/totp.js';
import type { TotpSpec } from '../../src/otp/secret.js';

// RFC 6238 appendix B: the key is the ASCII string "1234567890" repeated to the hash's length.
const ascii = (length: number) => '1234567890'.repeat(7).slice(0, length);
const base32 = (text: string) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of Buffer.from(text)) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out;
};
const spec = (algorithm: TotpSpec['algorithm'], bytes: number): TotpSpec => ({
  secret: base32(ascii(bytes)),
  algorithm,
  digits: 8,
  period: 30,
});

describe('totpAt (RFC 6238 vectors)', () => {
  it('uses the documented base32 of the sha1 key', () => {
    expect(spec('sha1', 20).secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('sha1 at T=%i is %s', (seconds, code) => {
    expect(totpAt(spec('sha1', 20), seconds * 1000)).toBe(code);
  });

  it('sha256 and sha512 at T=59', () => {
    expect(totpAt(spec('sha256', 32), 59_000)).toBe('46119246');
    expect(totpAt(spec('sha512', 64), 59_000)).toBe('90693936');
  });

  it('ignores milliseconds inside the same second and changes at the step boundary', () => {
    const s = spec('sha1', 20);
    expect(totpAt(s, 59_999)).toBe('94287082');
    expect(totpAt(s, 60_000)).not.toBe('94287082');
  });

  it('6 digits of the RFC key at T=59 are the last six of its 8-digit code', () => {
    expect(totpAt({ ...spec('sha1', 20), digits: 6 }, 59_000)).toBe('287082');
  });

  // Computed apart from otplib, with RFC 4226's HOTP over node:crypto's HMAC-SHA1:
  //   key = base32-decode("JBSWY3DPEHPK3PXP") (10 bytes: "Hello!" 0xDE 0xAD 0xBE 0xEF), counter = floor(T / 30),
  //   h = HMAC-SHA1(key, counter as 8 bytes big-endian), o = h[19] & 15,
  //   code = ((h[o] & 0x7f) << 24 | h[o+1] << 16 | h[o+2] << 8 | h[o+3]) mod 10^6
  it.each([
    [1_700_000_000, '324550'],
    [1_111_111_109, '071271'],
  ])('makes 6-digit codes from a 10-byte secret, as real services issue one: T=%i is %s', (seconds, code) => {
    expect(totpAt({ secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 }, seconds * 1000)).toBe(code);
  });
});

describe('window arithmetic', () => {
  const s = { period: 30 };
  it('counts steps and the time left in them', () => {
    expect(stepAt(s, 0)).toBe(0);
    expect(stepAt(s, 29_999)).toBe(0);
    expect(stepAt(s, 30_000)).toBe(1);
    expect(msLeftInStep(s, 30_000)).toBe(30_000);
    expect(msLeftInStep(s, 59_999)).toBe(1);
    expect(msLeftInStep(s, 45_500)).toBe(14_500);
  });
});
