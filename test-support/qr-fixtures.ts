// QR images for the setup helper's tests: otpauth URIs and Google Authenticator exports
// (otpauth-migration://offline?data=<protobuf>), written as PNG (qrcode) or JPEG (jpeg-js). The
// export's protobuf is encoded here by hand, apart from the decoder under test.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

export interface ExportAccount {
  /** Raw secret bytes. */
  secret: Uint8Array;
  name: string;
  issuer: string;
  /** MigrationPayload.Algorithm: 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5. */
  algorithm: number;
  /** MigrationPayload.DigitCount: 1 six, 2 eight. */
  digits: number;
  /** MigrationPayload.OtpType: 1 HOTP, 2 TOTP. */
  type: number;
}

function varint(value: number): number[] {
  const bytes: number[] = [];
  do {
    bytes.push((value & 0x7f) | (value > 0x7f ? 0x80 : 0));
    value >>>= 7;
  } while (value > 0);
  return bytes;
}

const field = (id: number, wire: number) => varint((id << 3) | wire);
const bytesField = (id: number, data: Uint8Array | number[]) => [...field(id, 2), ...varint(data.length), ...data];
const intField = (id: number, value: number) => [...field(id, 0), ...varint(value)];

/** The `otpauth-migration://offline?data=` URI of an export holding `accounts`. */
export function migrationUri(accounts: ExportAccount[]): string {
  const payload: number[] = [];
  for (const account of accounts) {
    const entry = [
      ...bytesField(1, account.secret),
      ...bytesField(2, [...Buffer.from(account.name)]),
      ...bytesField(3, [...Buffer.from(account.issuer)]),
      ...intField(4, account.algorithm),
      ...intField(5, account.digits),
      ...intField(6, account.type),
    ];
    payload.push(...bytesField(1, entry));
  }
  payload.push(...intField(2, 1), ...intField(3, 1), ...intField(4, 0));
  return `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(payload).toString('base64'))}`;
}

/** A PNG of the QR code holding `text`. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 6 });
}

/** The same QR code as a JPEG (as a phone screenshot might be). */
export async function qrJpeg(text: string): Promise<Buffer> {
  const png = PNG.sync.read(await qrPng(text));
  return Buffer.from(jpeg.encode({ data: png.data, width: png.width, height: png.height }, 90).data);
}
