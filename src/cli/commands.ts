import type { Clock } from '../clock.js';
import { CliError, errorMessage } from '../errors.js';
import { normalisedSecret, parseTotpSecret, type ParsedTotpSecret } from '../otp/secret.js';
import { msLeftInStep, totpAt } from '../otp/totp.js';
import { storeActionsSecret, type GitHubRequest } from '../setup/github-secrets.js';
import { accountsFromQr, readQrImage } from '../setup/qr.js';
import type { Prompter } from './prompts.js';

export interface CliIo {
  prompt: Prompter;
  /** Lines for the person (stderr). */
  say(line: string): void;
  /** What a script reads (stdout): only the code, for `code`. */
  print(line: string): void;
  clock: Clock;
  /** The GitHub REST API with the token (made only once the token is known). */
  github(token: string): GitHubRequest;
  env: NodeJS.ProcessEnv;
  readFile(path: string): Promise<Uint8Array>;
}

export interface SetupOptions {
  repo: string;
  environment?: string;
  name: string;
  dryRun: boolean;
  /** A PNG or JPEG of the QR code to read the secret from, instead of the prompt. */
  qr?: string;
}

/** Reads the secret from the hidden prompt, in any form the action accepts, or from a QR image. */
async function readSecret(io: CliIo, qr: string | undefined): Promise<ParsedTotpSecret> {
  if (qr) return readQrSecret(io, qr);
  const raw = await io.prompt.hidden('TOTP secret (base32 or otpauth:// URI; input hidden):');
  return parseTotpSecret(raw, 'secret');
}

/** The account of a QR image: the one it holds, or the one chosen from an authenticator export. */
async function readQrSecret(io: CliIo, file: string): Promise<ParsedTotpSecret> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw new CliError(`--qr ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const accounts = accountsFromQr(readQrImage(bytes, file));
  io.say(`warning: ${file} still holds the secret; delete it (and empty the trash) once you are done`);
  const name = (account: { issuer?: string; label?: string }) => `${account.issuer ?? '(no issuer)'}: ${account.label ?? '(no label)'}`;
  const usable = accounts.flatMap((account) => ('parsed' in account ? [account] : []));
  for (const account of accounts) if ('problem' in account) io.say(`skipped ${name(account)}: ${account.problem}`);
  if (usable.length === 0)
    throw new CliError(`the QR code in ${file} holds no usable TOTP entry (${accounts.length} account(s), none TOTP with SHA1, SHA256 or SHA512)`);
  if (usable.length === 1) return usable[0]!.parsed;
  return io.prompt.choose(
    `The QR code holds ${usable.length} accounts; which one?`,
    usable.map((account) => ({ name: name(account), value: account.parsed })),
  );
}

function describe(parsed: ParsedTotpSecret, now: number): string[] {
  const { spec } = parsed;
  return [
    `issuer: ${parsed.issuer ?? '(none)'}, account: ${parsed.label ?? '(none)'}`,
    `algorithm ${spec.algorithm.toUpperCase()}, ${spec.digits} digits, ${spec.period} s period`,
    `current code: ${totpAt(spec, now)} (${Math.ceil(msLeftInStep(spec, now) / 1000)} s left)`,
  ];
}

/** `otp-publish code`: the current code and the seconds left, for a one-off manual publish. */
export async function codeCommand(io: CliIo, qr?: string): Promise<void> {
  const { spec } = await readSecret(io, qr);
  const now = io.clock.now();
  io.print(totpAt(spec, now));
  io.say(`${Math.ceil(msLeftInStep(spec, now) / 1000)} s left in this ${spec.period} s window`);
}

/** Whether `code` is the secret's code now, or in the window before or after (a phone's clock drifts). */
export function matchesNow(parsed: ParsedTotpSecret, code: string, now: number): boolean {
  const periodMs = parsed.spec.period * 1000;
  return [-1, 0, 1].some((step) => totpAt(parsed.spec, now + step * periodMs) === code.replace(/\s/g, ''));
}

/**
 * `otp-publish setup`: the secret from the hidden prompt, checked against the code the
 * authenticator app shows now, then stored as an Actions secret of the repository or environment.
 */
export async function setupCommand(options: SetupOptions, io: CliIo): Promise<void> {
  const [owner, repo, extra] = options.repo.split('/');
  if (!owner || !repo || extra !== undefined) throw new CliError(`--repo is '${options.repo}'; expected OWNER/NAME`);
  const token = io.env.GH_TOKEN || io.env.GITHUB_TOKEN;
  if (!token)
    throw new CliError(
      "GH_TOKEN (or GITHUB_TOKEN) is empty; it needs a token that may write the repository's Actions secrets (e.g. GH_TOKEN=$(gh auth token))",
    );
  const parsed = await readSecret(io, options.qr);
  for (const line of describe(parsed, io.clock.now())) io.say(line);
  const code = await io.prompt.text('The code your authenticator app shows now:');
  if (!matchesNow(parsed, code, io.clock.now())) {
    throw new CliError(
      "that code is not the secret's code now, nor in the window before or after: nothing was stored. Check that the secret is this account's, and the clocks of this machine and the phone",
    );
  }
  const place = { owner, repo, environment: options.environment, name: options.name };
  const target = `${options.name} in ${options.environment ? `environment '${options.environment}' of ` : ''}${owner}/${repo}`;
  try {
    const { created } = await storeActionsSecret(io.github(token), place, normalisedSecret(parsed.spec), options.dryRun);
    io.say(
      options.dryRun
        ? `dry run: ${target} would be stored (the public key was read and the secret sealed; nothing was sent)`
        : `${created ? 'created' : 'updated'} ${target}`,
    );
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(errorMessage(error));
  }
}
