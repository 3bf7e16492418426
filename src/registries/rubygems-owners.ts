// RubyGems gem owners, as `gem owner GEM --add/--remove X` changes them: `POST` / `DELETE
// /api/v1/gems/<gem>/owners` with the form body `email=X`, the raw API key as Authorization and the
// code in the `OTP` header; `GET /api/v1/gems/<gem>/owners.json` lists the confirmed owners (an
// added owner is an invitation until that person confirms it).
import ky, { TimeoutError } from 'ky';
import { tokenOf, type Credential } from '../credentials/credential.js';
import { PublishCommandError, ReadBackError, RegistryRequestError, errorMessage } from '../errors.js';
import { gemOtpProblem } from './gem-output.js';
import { REQUEST_TIMEOUT_MS, readJson, type RetryOptions } from './http.js';
import { SettingAdapter } from './setting-adapter.js';
import type { Existence, PackageTarget, PublishOutcome, PublishRequest } from './types.js';

/** The confirmed owners' handles; undefined when RubyGems does not know the gem. */
export async function readGemOwners(host: string, gem: string, options: RetryOptions): Promise<string[] | undefined> {
  const read = await readJson<Array<{ handle?: string }>>(`${host}/api/v1/gems/${encodeURIComponent(gem)}/owners.json`, {}, options);
  return read.body?.flatMap((owner) => (owner.handle ? [owner.handle] : []));
}

/**
 * What `GET /api/v1/gems.json` says of the API key: refused (401: wrong, revoked or expired), or
 * taken, with the gems of its account (undefined when the key may not list them: it lacks the
 * `index_rubygems` scope, or is a trusted-publishing key).
 */
export type KeyGems = { refused: true } | { refused: false; gems: Set<string> | undefined };

export async function readKeyGems(host: string, credential: Credential, options: RetryOptions): Promise<KeyGems> {
  const key = tokenOf(credential);
  if (!key) return { refused: true };
  try {
    const read = await readJson<Array<{ name?: string }>>(`${host}/api/v1/gems.json`, { authorization: key }, options);
    return { refused: false, gems: new Set(read.body?.flatMap((gem) => (gem.name ? [gem.name] : []))) };
  } catch (error) {
    if (error instanceof RegistryRequestError && error.status === 401) return { refused: true };
    if (error instanceof RegistryRequestError && error.status === 403) return { refused: false, gems: undefined };
    throw error;
  }
}

/** The gems of an account (`GET /api/v1/owners/<handle>/gems.json`, public); undefined for an unknown account. */
export async function readOwnerGems(host: string, handle: string, options: RetryOptions): Promise<Set<string> | undefined> {
  const read = await readJson<Array<{ name?: string }>>(`${host}/api/v1/owners/${encodeURIComponent(handle)}/gems.json`, {}, options);
  return read.body && new Set(read.body.flatMap((gem) => (gem.name ? [gem.name] : [])));
}

/**
 * Which of `handles` are, or may be, the account of the API key: rubygems.org has no "whoami" for a
 * key, but an account whose gems differ from the key's gems is not the key's. One with the same
 * gems may be (or may be a co-owner of exactly those gems). Undefined when the key cannot list its gems.
 */
export async function possibleKeyAccounts(host: string, credential: Credential, handles: string[], options: RetryOptions): Promise<string[] | undefined> {
  if (!handles.length) return [];
  const read = await readKeyGems(host, credential, options);
  const mine = read.refused ? undefined : read.gems;
  if (!mine) return undefined;
  const theirs = await Promise.all(handles.map((handle) => readOwnerGems(host, handle, options)));
  return handles.filter((_, index) => {
    const gems = theirs[index];
    return gems !== undefined && gems.size === mine.size && [...gems].every((gem) => mine.has(gem));
  });
}

/** rubygems.org's answers to an owner that is already there: nothing was sent to anyone. */
const ALREADY = /User is already (an owner of|invited to) this gem/;

export interface GemOwnerSettings {
  /** Without the trailing slash. */
  host: string;
  timeoutMs: number;
}

/**
 * Adding and removing gem owners, as one more registry adapter (see NpmDistTagAdapter). An added
 * owner is `invited`: owners.json shows it only once confirmed, so the answer (200, or 422 for an
 * invitation already sent, which sends nothing) is what the run can know. A removal is done once
 * owners.json no longer lists the owner.
 */
export class GemOwnerAdapter extends SettingAdapter {
  readonly id = 'rubygems' as const;

  constructor(private readonly settings: GemOwnerSettings) {
    super(['owner']);
  }

  async exists(target: PackageTarget): Promise<Existence> {
    const { subject, after } = this.changeOf(target);
    const owners = await readGemOwners(this.settings.host, target.name, { capMs: this.settings.timeoutMs });
    const owner = owners?.some((handle) => handle.toLowerCase() === subject.toLowerCase()) ?? false;
    const done = after === undefined ? !owner : owner;
    return {
      exists: done,
      packageKnown: owners !== undefined,
      serverTime: undefined,
      ...(done ? { skipReason: after === undefined ? `${subject} is not an owner` : `${subject} is already an owner`, arrivedAs: 'changed' as const } : {}),
    };
  }

  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const { target, credential, otp, logger } = request;
    const { subject, after } = this.changeOf(target);
    const adding = after !== undefined;
    const command = `gem owner ${target.name} ${adding ? '--add' : '--remove'} ${subject}`;
    if (request.dryRun) return this.dryRun(request, command);
    const answer = await this.send(target.name, subject, adding, credential, otp, command);
    if ('kind' in answer) return answer;
    const { status, text, retryAfter } = answer;
    if (status === 200 && adding) {
      logger.info(`${command}: ${text.trim()}`);
      return { kind: 'changed', detail: `${subject} invited` };
    }
    if (status === 200) {
      const owners = await readGemOwners(this.settings.host, target.name, { capMs: this.settings.timeoutMs });
      if (owners?.some((handle) => handle.toLowerCase() === subject.toLowerCase())) {
        return { kind: 'failed', error: new ReadBackError(command, `${subject} still an owner`) };
      }
      logger.info(`${command}: ${text.trim()}`);
      return { kind: 'changed', detail: `${subject} removed` };
    }
    if (status === 422 && adding && ALREADY.test(text)) return { kind: 'exists', detail: text.trim(), reason: text.trim() };
    const otpProblem = status === 401 ? gemOtpProblem(text) : undefined;
    if (otpProblem) return { kind: otpProblem, detail: text.trim() };
    const error = new PublishCommandError(command, `HTTP ${status}`, text.trim().slice(0, 300));
    const transient = status === 408 || status === 429 || status >= 500;
    return { kind: 'failed', error, transient, status, forbidden: status === 403, ...(retryAfter ? { retryAfter } : {}) };
  }

  private async send(
    gem: string,
    subject: string,
    adding: boolean,
    credential: Credential,
    otp: string | undefined,
    command: string,
  ): Promise<GemAnswer | PublishOutcome> {
    const { host, timeoutMs } = this.settings;
    try {
      return await gemRequest(`${host}/api/v1/gems/${encodeURIComponent(gem)}/owners`, adding ? 'post' : 'delete', credential, otp, timeoutMs, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: subject }).toString(),
      });
    } catch (error) {
      const detail = error instanceof TimeoutError ? `no answer within ${Math.round(timeoutMs / 1000)} s` : errorMessage(error);
      return { kind: 'failed', error: new PublishCommandError(command, undefined, detail), transient: true };
    }
  }
}

/** rubygems.org's answer to one request. */
interface GemAnswer {
  status: number;
  text: string;
  retryAfter: string | undefined;
}

/** One request as `gem` sends it to rubygems.org: the raw API key as Authorization, the code in `OTP`. Throws when no answer came. */
async function gemRequest(
  url: string,
  method: 'get' | 'post' | 'delete',
  credential: Credential,
  otp: string | undefined,
  timeoutMs: number,
  extra: { headers?: Record<string, string>; body?: string } = {},
): Promise<GemAnswer> {
  const headers = { authorization: tokenOf(credential) ?? '', ...extra.headers, ...(otp ? { otp } : {}) };
  const response = await ky(url, { method, headers, body: extra.body, timeout: timeoutMs, retry: 0, throwHttpErrors: false });
  return { status: response.status, text: await response.text().catch(() => ''), retryAfter: response.headers.get('retry-after') ?? undefined };
}

/** A gem's trusted publisher as rubygems.org lists it (`trusted_publisher` of each entry). */
export interface GemTrustEntry {
  trusted_publisher?: { repository_owner?: string; repository_name?: string; workflow_filename?: string; environment?: string | null };
}

/** One `GET /api/v1/gems/<gem>/trusted_publishers.json`, with the key and the code in `OTP`. */
export type GemTrustAnswer = { status: number; text: string; entries?: GemTrustEntry[] };

/** The gem's trusted publishers (they need the key's `configure_trusted_publishers` scope, and a code at "UI and API"); the caller runs it through the OTP gate. */
export async function readGemTrust(host: string, gem: string, credential: Credential, otp: string | undefined): Promise<GemTrustAnswer> {
  const url = `${host}/api/v1/gems/${encodeURIComponent(gem)}/trusted_publishers.json`;
  const { status, text } = await gemRequest(url, 'get', credential, otp, REQUEST_TIMEOUT_MS, { headers: { accept: 'application/json' } });
  if (status < 200 || status >= 300) return { status, text };
  try {
    return { status, text, entries: JSON.parse(text) as GemTrustEntry[] };
  } catch {
    return { status, text };
  }
}

/** How the OTP gate reads a trusted-publisher answer of RubyGems. */
export function gemTrustVerdict(answer: GemTrustAnswer): 'accepted' | 'otp-rejected' | 'other' {
  if (answer.status === 401 && gemOtpProblem(answer.text) === 'otp-rejected') return 'otp-rejected';
  return answer.entries ? 'accepted' : 'other';
}
