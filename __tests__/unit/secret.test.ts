import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseTotpSecret } from '../../src/otp/secret.js';
import { totpAt } from '../../src/otp/totp.js';

const INPUT = 'npm-totp-secret';
const CANON = 'JBSWY3DPEHPK3PXP'; // 10 bytes

function failure(raw: string): InputError {
  try {
    parseTotpSecret(raw, INPUT);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseTotpSecret: accepted forms', () => {
  it.each([
    ['canonical', CANON],
    ['lower case', CANON.toLowerCase()],
    ['grouped with spaces', 'jbsw y3dp ehpk 3pxp'],
    ['grouped with dashes', 'JBSW-Y3DP-EHPK-3PXP'],
    ['surrounded by whitespace and a newline', `  ${CANON}\n`],
  ])('%s', (_label, raw) => {
    const { spec, forms } = parseTotpSecret(raw, INPUT);
    expect(spec).toEqual({ secret: CANON, algorithm: 'sha1', digits: 6, period: 30 });
    expect(forms).toContain(CANON);
    expect(forms).toContain(raw);
  });

  it('strips = padding and lists the padded form for masking', () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGE'; // 21 bytes -> padded to 40 characters
    const padded = `${secret}======`;
    const { spec, forms } = parseTotpSecret(padded, INPUT);
    expect(spec.secret).toBe(secret);
    expect(forms).toEqual(expect.arrayContaining([padded, secret]));
  });

  it('reads an otpauth URI with algorithm, digits and period', () => {
    const uri = 'otpauth://totp/npm:alice?secret=jbswy3dpehpk3pxp&issuer=npm&algorithm=SHA256&digits=8&period=60';
    const { spec, forms } = parseTotpSecret(uri, INPUT);
    expect(spec).toEqual({ secret: CANON, algorithm: 'sha256', digits: 8, period: 60 });
    expect(forms).toEqual(expect.arrayContaining([uri, 'jbswy3dpehpk3pxp', CANON]));
  });

  it('defaults a bare otpauth URI to SHA1, 6 digits, 30 s, and generates the same code as the bare secret', () => {
    const fromUri = parseTotpSecret(`otpauth://totp/x?secret=${CANON}`, INPUT).spec;
    const fromSecret = parseTotpSecret(CANON, INPUT).spec;
    expect(fromUri).toEqual(fromSecret);
    expect(totpAt(fromUri, 1_800_000_000_000)).toBe(totpAt(fromSecret, 1_800_000_000_000));
  });

  it('lists the percent-encoded secret of a URI for masking', () => {
    const uri = 'otpauth://totp/x?secret=JBSW%20Y3DP%20EHPK%203PXP';
    const { spec, forms } = parseTotpSecret(uri, INPUT);
    expect(spec.secret).toBe(CANON);
    expect(forms).toContain('JBSW%20Y3DP%20EHPK%203PXP');
    expect(forms).toContain('JBSW Y3DP EHPK 3PXP');
  });
});

describe('parseTotpSecret: rejected forms name the input and never echo the value', () => {
  it.each([
    ['empty', '   ', /is empty/],
    ['non-base32 characters', 'JBSWY3DPEHPK3PX1', /not base32: character 16/],
    ['too short (5 bytes)', 'JBSWY3DP', /decodes to 5 bytes; expected at least 10/],
    ['impossible length', 'JBSWY3DPEHPK3PXPA', /length no base32 encoding produces/],
    ['too long', 'A'.repeat(120), /expected at most 64/],
    ['only separators', ' - - ', /is empty|no base32 characters/],
    ['hotp URI', `otpauth://hotp/x?secret=${CANON}&counter=1`, /type 'hotp'/],
    ['URI without secret', 'otpauth://totp/x?issuer=npm', /without a 'secret'/],
    ['unsupported algorithm', `otpauth://totp/x?secret=${CANON}&algorithm=MD5`, /algorithm 'MD5'; expected SHA1, SHA256 or SHA512/],
    ['5 digits', `otpauth://totp/x?secret=${CANON}&digits=5`, /digits=5; expected 6, 7 or 8/],
    ['9 digits', `otpauth://totp/x?secret=${CANON}&digits=9`, /digits=9/],
    ['non-numeric digits', `otpauth://totp/x?secret=${CANON}&digits=six`, /expected a whole number/],
    ['period 0', `otpauth://totp/x?secret=${CANON}&period=0`, /period=0; expected 10 to 300/],
    ['negative period', `otpauth://totp/x?secret=${CANON}&period=-30`, /expected a whole number/],
    ['bad secret inside URI', 'otpauth://totp/x?secret=JBSWY3DP0HPK3PXP', /not base32/],
  ])('%s', (_label, raw, message) => {
    const error = failure(raw);
    expect(error.input).toBe(INPUT);
    expect(error.message).toMatch(/^Input 'npm-totp-secret': /);
    expect(error.message).toMatch(message);
    const secretPart = /secret=([^&]+)/.exec(raw)?.[1] ?? raw.trim();
    if (secretPart.length >= 6) expect(error.message).not.toContain(secretPart);
  });
});
