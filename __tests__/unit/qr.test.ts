import { describe, expect, it } from 'vitest';
import { accountsFromQr, readQrImage } from '../../src/setup/qr.js';
import { migrationUri, qrJpeg, qrPng, type ExportAccount } from '../../test-support/qr-fixtures.js';

// "Hello!\xDE\xAD\xBE\xEF" is JBSWY3DPEHPK3PXP in base32.
const HELLO = new Uint8Array([72, 101, 108, 108, 111, 33, 222, 173, 190, 239]);
const account = (overrides: Partial<ExportAccount>): ExportAccount => ({
  secret: HELLO,
  name: 'alice',
  issuer: 'npm',
  algorithm: 1,
  digits: 1,
  type: 2,
  ...overrides,
});

describe('readQrImage', () => {
  it('reads the text of a QR code in a PNG and in a JPEG', async () => {
    const uri = 'otpauth://totp/npm:alice?secret=JBSWY3DPEHPK3PXP&issuer=npm';
    expect(readQrImage(await qrPng(uri), 'qr.png')).toBe(uri);
    expect(readQrImage(await qrJpeg(uri), 'qr.jpg')).toBe(uri);
  });

  it('names what is wrong: not an image, an unreadable image, no QR code', async () => {
    expect(() => readQrImage(Buffer.from('GIF89a....'), 'a.gif')).toThrow('a.gif is not a PNG or JPEG image');
    expect(() => readQrImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'cut.png')).toThrow(/cut.png cannot be read as an image/);
    const { PNG } = await import('pngjs');
    const blank = new PNG({ width: 64, height: 64 });
    blank.data.fill(255);
    expect(() => readQrImage(PNG.sync.write(blank), 'blank.png')).toThrow('no QR code found in blank.png');
  });
});

describe('accountsFromQr', () => {
  it('reads one otpauth URI, with its issuer and label', () => {
    const [only] = accountsFromQr('otpauth://totp/RubyGems:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=RubyGems.org');
    expect(only).toMatchObject({
      issuer: 'RubyGems.org',
      label: 'alice@example.com',
      parsed: { spec: { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 } },
    });
  });

  it('reads every account of an authenticator export: SHA256 and 8 digits kept, HOTP and MD5 refused with the reason', () => {
    const accounts = accountsFromQr(
      migrationUri([
        account({}),
        account({ issuer: 'rubygems.org', name: 'bob', algorithm: 2, digits: 2 }),
        account({ name: 'counter', type: 1 }),
        account({ name: 'old', algorithm: 4 }),
      ]),
    );
    expect(accounts).toEqual([
      { issuer: 'npm', label: 'alice', parsed: expect.objectContaining({ spec: { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 } }) },
      {
        issuer: 'rubygems.org',
        label: 'bob',
        parsed: expect.objectContaining({ spec: { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha256', digits: 8, period: 30 } }),
      },
      { issuer: 'npm', label: 'counter', problem: 'an HOTP (counter-based) entry; otp-publish needs TOTP' },
      { issuer: 'npm', label: 'old', problem: 'algorithm MD5 is not one TOTP registries use (SHA1, SHA256, SHA512)' },
    ]);
  });

  it('names each entry as the export does: an issuer already in the name is shown once, an entry without a name has no label', () => {
    const [prefixed, nameless] = accountsFromQr(migrationUri([account({ issuer: 'GitHub', name: 'GitHub:alice' }), account({ name: '' })]));
    expect(prefixed).toMatchObject({ issuer: 'GitHub', label: 'alice', parsed: { issuer: 'GitHub', label: 'alice' } });
    expect(nameless).toMatchObject({ issuer: 'npm' });
    expect(nameless!.label).toBeUndefined();
    expect('parsed' in nameless! && nameless.parsed.label).toBeUndefined();
  });

  it('refuses text that is no TOTP entry, and an HOTP URI', () => {
    expect(() => accountsFromQr('https://example.com')).toThrow('neither an otpauth:// URI nor an otpauth-migration:// export');
    expect(() => accountsFromQr('otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=1')).toThrow(/HOTP counters are not supported/);
    expect(() => accountsFromQr('otpauth-migration://offline?data=%2F%2F%2F%2F')).toThrow(/data cannot be decoded/);
  });
});
