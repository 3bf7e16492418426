import jpeg from 'jpeg-js';
import jsQRModule from 'jsqr';
import { ScureBase32Plugin } from 'otplib';
import { PNG } from 'pngjs';
import protobuf from 'protobufjs';
import { CliError, errorMessage } from '../errors.js';
import { parseTotpSecret, type ParsedTotpSecret } from '../otp/secret.js';

// jsqr is CommonJS whose types declare an ES default export: take whichever form loaded.
type JsQr = typeof import('jsqr')['default'];
const jsQR: JsQr = (jsQRModule as unknown as { default?: JsQr }).default ?? (jsQRModule as unknown as JsQr);

/** The text of the QR code in a PNG or JPEG image. Throws CliError naming what was wrong. */
export function readQrImage(bytes: Uint8Array, file: string): string {
  const buffer = Buffer.from(bytes);
  let image: { width: number; height: number; data: Uint8Array };
  try {
    if (buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) image = PNG.sync.read(buffer);
    else if (buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) image = jpeg.decode(buffer, { useTArray: true, formatAsRGBA: true });
    else throw new CliError(`${file} is not a PNG or JPEG image`);
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`${file} cannot be read as an image (${errorMessage(error)})`);
  }
  const found = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height);
  if (!found) throw new CliError(`no QR code found in ${file}; crop the screenshot to the code, or take it again in focus`);
  return found.data;
}

/** One account of a QR code: a TOTP secret ready to use, or why it cannot be used. */
export type QrAccount = { issuer?: string; label?: string } & ({ parsed: ParsedTotpSecret } | { problem: string });

// Google Authenticator's export ("Transfer accounts"): otpauth-migration://offline?data=<base64 MigrationPayload>.
const MIGRATION = protobuf.Root.fromJSON({
  nested: {
    MigrationPayload: {
      fields: {
        otpParameters: { rule: 'repeated', type: 'OtpParameters', id: 1 },
        version: { type: 'int32', id: 2 },
        batchSize: { type: 'int32', id: 3 },
        batchIndex: { type: 'int32', id: 4 },
      },
      nested: {
        OtpParameters: {
          fields: {
            secret: { type: 'bytes', id: 1 },
            name: { type: 'string', id: 2 },
            issuer: { type: 'string', id: 3 },
            algorithm: { type: 'int32', id: 4 },
            digits: { type: 'int32', id: 5 },
            type: { type: 'int32', id: 6 },
          },
        },
      },
    },
  },
}).lookupType('MigrationPayload');

const ALGORITHMS: Record<number, string | undefined> = { 0: 'SHA1', 1: 'SHA1', 2: 'SHA256', 3: 'SHA512', 4: 'MD5' };
const DIGITS: Record<number, number | undefined> = { 0: 6, 1: 6, 2: 8 };
const base32 = new ScureBase32Plugin();

/** The accounts a QR code's text holds: one `otpauth://totp/` URI, or an `otpauth-migration://` export. */
export function accountsFromQr(text: string): QrAccount[] {
  if (/^otpauth:\/\//i.test(text)) {
    const parsed = parseTotpSecret(text, 'QR code');
    return [{ issuer: parsed.issuer, label: parsed.label, parsed }];
  }
  if (!/^otpauth-migration:\/\//i.test(text))
    throw new CliError('the QR code holds neither an otpauth:// URI nor an otpauth-migration:// export: it is not a TOTP entry');
  const data = new URL(text).searchParams.get('data');
  if (!data) throw new CliError("the otpauth-migration:// QR code has no 'data' parameter");
  let payload: { otpParameters?: Array<{ secret?: Uint8Array; name?: string; issuer?: string; algorithm?: number; digits?: number; type?: number }> };
  try {
    payload = MIGRATION.toObject(MIGRATION.decode(Buffer.from(data, 'base64')), { defaults: true }) as typeof payload;
  } catch (error) {
    throw new CliError(`the otpauth-migration:// QR code's data cannot be decoded (${errorMessage(error)})`);
  }
  return (payload.otpParameters ?? []).map((entry): QrAccount => {
    // Apps store the name as `Issuer:account` as often as `account`: the issuer is shown once.
    const label = entry.issuer && entry.name?.startsWith(`${entry.issuer}:`) ? entry.name.slice(entry.issuer.length + 1).trim() : entry.name;
    const who = { ...(entry.issuer ? { issuer: entry.issuer } : {}), ...(label ? { label } : {}) };
    if (entry.type === 1) return { ...who, problem: 'an HOTP (counter-based) entry; otp-publish needs TOTP' };
    const algorithm = ALGORITHMS[entry.algorithm ?? 0];
    if (!algorithm || algorithm === 'MD5')
      return { ...who, problem: `algorithm ${algorithm ?? `#${entry.algorithm}`} is not one TOTP registries use (SHA1, SHA256, SHA512)` };
    const digits = DIGITS[entry.digits ?? 0];
    if (!digits) return { ...who, problem: `unknown digit count #${entry.digits}` };
    const secret = base32.encode(entry.secret ?? new Uint8Array()).replace(/=+$/, '');
    const uri = `otpauth://totp/x?secret=${secret}&algorithm=${algorithm}&digits=${digits}&period=30`;
    // The URI's placeholder label `x` is not the entry's: it has the export's name, or none.
    return { ...who, parsed: { ...parseTotpSecret(uri, 'QR code'), issuer: who.issuer, label: who.label } };
  });
}
