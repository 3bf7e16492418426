import { bearerHeaders, type Credential } from '../credentials/credential.js';
import { ReadBackError } from '../errors.js';
import type { RetryOptions } from './http.js';
import { readJson } from './http.js';
import { escapePackageName } from './npm-names.js';
import { classifyNpmAnswer, type NpmRequest, sendNpmRequest } from './npm-write.js';
import { SettingAdapter } from './setting-adapter.js';
import type { Existence, PackageTarget, PublishOutcome, PublishRequest } from './types.js';

/** A package's dist-tags and published versions, read without a code; undefined when the registry does not know the package. */
export async function readTagState(
  registry: string,
  name: string,
  credential: Credential,
  options: RetryOptions,
): Promise<{ tags: Record<string, string>; versions: Set<string> } | undefined> {
  const headers = { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8', 'cache-control': 'no-cache', ...bearerHeaders(credential) };
  const read = await readJson<{ 'dist-tags'?: Record<string, string>; versions?: Record<string, unknown> }>(
    `${registry}${escapePackageName(name)}`,
    headers,
    options,
  );
  if (!read.body) return undefined;
  return { tags: { ...read.body['dist-tags'] }, versions: new Set(Object.keys(read.body.versions ?? {})) };
}

/** `npm dist-tag ls`: `GET /-/package/<name>/dist-tags`, without a code. */
async function readDistTags(registry: string, name: string, credential: Credential, options: RetryOptions) {
  const headers = { 'cache-control': 'no-cache', ...bearerHeaders(credential) };
  return readJson<Record<string, string>>(`${registry}-/package/${escapePackageName(name)}/dist-tags`, headers, options);
}

export interface DistTagSettings {
  /** Registry URL with the trailing slash. */
  registry: string;
  timeoutMs: number;
}

/**
 * Setting and removing dist-tags, as one more registry adapter: the plan runs each change through
 * the same credential choice, OTP gate, fault read-back and retry as publishing. "Exists" means the
 * tag is already where the change puts it; a change is reported done only once a read shows it.
 */
export class NpmDistTagAdapter extends SettingAdapter {
  readonly id = 'npm' as const;

  constructor(private readonly settings: DistTagSettings) {
    super(['dist-tag']);
  }

  async exists(target: PackageTarget, credential: Credential): Promise<Existence> {
    const { subject, after } = this.changeOf(target);
    const read = await readDistTags(this.settings.registry, target.name, credential, { capMs: this.settings.timeoutMs });
    const done = read.body !== undefined && read.body[subject] === after;
    return {
      exists: done,
      packageKnown: read.body !== undefined,
      serverTime: read.serverTime,
      ...(done ? { skipReason: after ? `${subject} already points at ${after}` : `${subject} is not set`, arrivedAs: 'changed' as const } : {}),
    };
  }

  /** `PUT` or `DELETE /-/package/<name>/dist-tags/<tag>`, as `npm dist-tag add` / `rm` send them; then read back. */
  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const { target, credential, otp, logger } = request;
    const { subject, after, before } = this.changeOf(target);
    const command = after ? `npm dist-tag add ${target.name}@${after} ${subject}` : `npm dist-tag rm ${target.name} ${subject}`;
    if (request.dryRun) return this.dryRun(request, command);
    const { registry, timeoutMs } = this.settings;
    const url = `${registry}-/package/${escapePackageName(target.name)}/dist-tags/${encodeURIComponent(subject)}`;
    const write: NpmRequest = {
      url,
      method: after ? 'put' : 'delete',
      ...(after ? { body: after } : {}),
      credential,
      otp,
      timeoutMs,
      command,
      npmCommand: 'dist-tag',
    };
    const sent = await sendNpmRequest(write);
    if ('kind' in sent) return sent;
    if (!sent.response.ok) return classifyNpmAnswer(sent.response, sent.text, write);
    const back = await readDistTags(registry, target.name, credential, { capMs: timeoutMs });
    const now = back.body?.[subject];
    if (now !== after) return { kind: 'failed', error: new ReadBackError(command, `dist-tag ${subject} is ${now ?? 'not set'}`) };
    logger.info(after ? `+${subject}: ${target.name}@${after}` : `-${subject}: ${target.name}@${before}`);
    return { kind: 'changed', detail: after ? `${subject} -> ${after}` : `${subject} removed` };
  }
}
