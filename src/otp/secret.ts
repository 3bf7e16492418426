import { InputError } from '../errors.js';

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** Everything needed to compute a code. `secret` is canonical base32: upper case, no separators, no padding. */
export interface TotpSpec {
  secret: string;
  algorithm: TotpAlgorithm;
  digits: number;
  period: number;
}

export interface ParsedTotpSecret {
  spec: TotpSpec;
  /** Every form of the secret this parser saw or derived, for masking. */
  forms: string[];
  /** From an otpauth URI: the issuer (its `issuer` parameter, else the label's prefix) and the account label. */
  issuer?: string;
  label?: string;
}

const MIN_BYTES = 10; // 16 base32 characters: what most services hand out
const MAX_BYTES = 64;
const PERIOD_RANGE = [10, 300] as const;

/**
 * Reads a TOTP secret as users store it: base32 in any case with spaces, dashes or `=` padding,
 * or an `otpauth://totp/...` URI. Messages name `input` and never include the value.
 */
export function parseTotpSecret(raw: string, input: string): ParsedTotpSecret {
  const given = raw.trim();
  if (!given) throw new InputError(input, 'is empty; expected a base32 TOTP secret or an otpauth://totp/ URI');
  if (/^otpauth:/i.test(given)) return parseUri(given, input);
  const secret = normaliseBase32(given, input);
  return {
    spec: { secret, algorithm: 'sha1', digits: 6, period: 30 },
    forms: unique([raw, given, secret, padded(secret)]),
  };
}

function parseUri(uri: string, input: string): ParsedTotpSecret {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new InputError(input, 'looks like an otpauth:// URI but cannot be parsed as a URI');
  }
  if (url.host.toLowerCase() !== 'totp') {
    throw new InputError(input, `is an otpauth URI of type '${url.host}'; expected otpauth://totp/ (HOTP counters are not supported)`);
  }
  const rawSecret = url.searchParams.get('secret');
  if (!rawSecret) throw new InputError(input, "is an otpauth URI without a 'secret' parameter");
  const secret = normaliseBase32(rawSecret, input);

  const algorithmParam = (url.searchParams.get('algorithm') ?? 'SHA1').toLowerCase();
  if (algorithmParam !== 'sha1' && algorithmParam !== 'sha256' && algorithmParam !== 'sha512') {
    throw new InputError(input, `has algorithm '${algorithmParam.toUpperCase()}'; expected SHA1, SHA256 or SHA512`);
  }
  const digits = integerParam(url, 'digits', 6, input);
  if (digits < 6 || digits > 8) throw new InputError(input, `has digits=${digits}; expected 6, 7 or 8`);
  const period = integerParam(url, 'period', 30, input);
  if (period < PERIOD_RANGE[0] || period > PERIOD_RANGE[1]) {
    throw new InputError(input, `has period=${period}; expected ${PERIOD_RANGE[0]} to ${PERIOD_RANGE[1]} seconds`);
  }
  const encodedSecret = /[?&]secret=([^&#]*)/i.exec(uri)?.[1] ?? '';
  const path = safeDecode(url.pathname.replace(/^\/+/, ''));
  const prefix = path.includes(':') ? path.slice(0, path.indexOf(':')) : undefined;
  const label = (prefix === undefined ? path : path.slice(prefix.length + 1)).trim();
  const issuer = url.searchParams.get('issuer') || prefix;
  return {
    spec: { secret, algorithm: algorithmParam, digits, period },
    forms: unique([uri, rawSecret, encodedSecret, secret, padded(secret)]),
    ...(issuer ? { issuer: issuer.trim() } : {}),
    ...(label ? { label } : {}),
  };
}

/**
 * The form to store: canonical base32 when the parameters are the defaults (SHA1, 6 digits, 30 s),
 * else an otpauth URI that keeps them.
 */
export function normalisedSecret(spec: TotpSpec): string {
  if (spec.algorithm === 'sha1' && spec.digits === 6 && spec.period === 30) return spec.secret;
  return `otpauth://totp/otp-publish?secret=${spec.secret}&algorithm=${spec.algorithm.toUpperCase()}&digits=${spec.digits}&period=${spec.period}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function integerParam(url: URL, name: string, fallback: number, input: string): number {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new InputError(input, `has ${name}='${value}'; expected a whole number`);
  return Number(value);
}

function normaliseBase32(value: string, input: string): string {
  const compact = value.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
  if (!compact) throw new InputError(input, 'holds no base32 characters; expected a base32 TOTP secret');
  const bad = compact.search(/[^A-Z2-7]/);
  if (bad >= 0) {
    throw new InputError(input, `is not base32: character ${bad + 1} (of ${compact.length}, after removing spaces and dashes) is outside A-Z and 2-7`);
  }
  if ([1, 3, 6].includes(compact.length % 8)) {
    throw new InputError(input, `has ${compact.length} base32 characters, a length no base32 encoding produces; is a character missing?`);
  }
  const bytes = Math.floor((compact.length * 5) / 8);
  if (bytes < MIN_BYTES) {
    throw new InputError(input, `decodes to ${bytes} bytes; expected at least ${MIN_BYTES} (16 base32 characters)`);
  }
  if (bytes > MAX_BYTES) throw new InputError(input, `decodes to ${bytes} bytes; expected at most ${MAX_BYTES}`);
  return compact;
}

function padded(secret: string): string {
  const rest = secret.length % 8;
  return rest ? secret + '='.repeat(8 - rest) : secret;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}
