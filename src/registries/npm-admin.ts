// npm's package administration besides dist-tags: owners (`npm owner add/rm`), deprecations
// (`npm deprecate`) and access (`npm access set status=|mfa=`), sent as npm's CLI sends them, each
// write with the code in `npm-otp`, and the reads that plan them and read them back (never a code).
import semver from 'semver';
import { bearerHeaders, tokenOf, type Credential } from '../credentials/credential.js';
import { ReadBackError } from '../errors.js';
import { readJson, type RetryOptions } from './http.js';
import { escapePackageName } from './npm-names.js';
import { classifyNpmAnswer, type NpmRequest, sendNpmRequest } from './npm-write.js';
import { SettingAdapter } from './setting-adapter.js';
import type { Existence, PackageTarget, PublishOutcome, PublishRequest, SettingChange } from './types.js';

export interface Maintainer {
  name: string;
  email?: string;
}

/** The parts of a package document that administration reads and writes. */
export interface NpmDocument {
  _id?: string;
  _rev?: string;
  maintainers?: Maintainer[];
  versions?: Record<string, { deprecated?: string } & Record<string, unknown>>;
  [key: string]: unknown;
}

const headersOf = (credential: Credential): Record<string, string> => ({ 'cache-control': 'no-cache', ...bearerHeaders(credential) });

/** The whole package document, as `npm owner` and `npm deprecate` read it (`?write=true`: uncached, with `_rev`); undefined when unknown. */
export async function readDocument(registry: string, name: string, credential: Credential, options: RetryOptions): Promise<NpmDocument | undefined> {
  return (await readJson<NpmDocument>(`${registry}${escapePackageName(name)}?write=true`, headersOf(credential), options)).body;
}

/** `npm whoami`: the account of the credential (undefined when the registry does not say), and the registry's clock from the answer's Date header. */
export async function whoami(
  registry: string,
  credential: Credential,
  options: RetryOptions,
): Promise<{ account: string | undefined; serverTime: number | undefined }> {
  if (!tokenOf(credential)) return { account: undefined, serverTime: undefined };
  const read = await readJson<{ username?: string }>(`${registry}-/whoami`, headersOf(credential), options).catch(() => undefined);
  return { account: read?.body?.username, serverTime: read?.serverTime };
}

/** An npm user (`GET /-/user/org.couchdb.user:<name>`), as `npm owner add` looks one up; undefined when npm has no such user. */
export async function readUser(registry: string, user: string, credential: Credential, options: RetryOptions): Promise<Maintainer | undefined> {
  const read = await readJson<{ name?: string; email?: string }>(
    `${registry}-/user/org.couchdb.user:${encodeURIComponent(user)}`,
    headersOf(credential),
    options,
  );
  return read.body ? { name: read.body.name ?? user, ...(read.body.email ? { email: read.body.email } : {}) } : undefined;
}

/** `npm access get status`: whether the package is public; undefined when the registry does not know it. */
export async function readVisibility(registry: string, name: string, credential: Credential, options: RetryOptions): Promise<boolean | undefined> {
  const read = await readJson<{ public?: boolean }>(`${registry}-/package/${escapePackageName(name)}/visibility`, headersOf(credential), options);
  return read.body === undefined ? undefined : Boolean(read.body.public);
}

/** The versions of `document` in `range`, prereleases included, as `npm deprecate` matches them. */
export function versionsIn(document: NpmDocument, range: string): string[] {
  return Object.keys(document.versions ?? {}).filter((version) => semver.satisfies(version, range, { includePrerelease: true }));
}

/** The message the versions share (undefined: none deprecated), or `(mixed)`. */
export function deprecationOf(document: NpmDocument, versions: string[]): string | undefined {
  const messages = new Set(versions.map((version) => document.versions?.[version]?.deprecated || undefined));
  if (messages.size > 1) return '(mixed)';
  return [...messages][0];
}

/** The npm `access` values the `mfa` setting takes, as `npm access set mfa=` sends them. */
export const MFA_BODIES = {
  none: { publish_requires_tfa: false },
  publish: { publish_requires_tfa: true, automation_token_overrides_tfa: false },
  automation: { publish_requires_tfa: true, automation_token_overrides_tfa: true },
} as const;
export type MfaSetting = keyof typeof MFA_BODIES;
export const MFA_SETTINGS = Object.keys(MFA_BODIES) as MfaSetting[];

export interface AdminSettings {
  /** Registry URL with the trailing slash. */
  registry: string;
  timeoutMs: number;
}

type Change = SettingChange & { kind: 'owner' | 'deprecate' | 'access' };

/** One write as it is sent, but for the credential and the code. */
interface AdminWrite {
  write: Omit<NpmRequest, 'credential' | 'otp' | 'timeoutMs'>;
}

/**
 * Owners, deprecations and access, as one more registry adapter (see NpmDistTagAdapter): "exists"
 * means a read shows the change in place; a write is reported done only once a read shows it. The
 * package's mfa setting has no read on npm: its write is done when the registry accepts it.
 */
export class NpmAdminAdapter extends SettingAdapter {
  readonly id = 'npm' as const;

  constructor(private readonly settings: AdminSettings) {
    super(['owner', 'deprecate', 'access']);
  }

  async exists(target: PackageTarget, credential: Credential): Promise<Existence> {
    const change = this.changeOf(target) as Change;
    const { done, serverTime, known } = await this.inPlace(target, change, credential);
    return {
      exists: done,
      packageKnown: known,
      serverTime,
      ...(done ? { skipReason: 'already so', arrivedAs: 'changed' as const } : {}),
    };
  }

  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const { target, credential, otp, logger } = request;
    const change = this.changeOf(target) as Change;
    const options = { capMs: this.settings.timeoutMs };
    const planned = await this.request(target, change, credential, options);
    if (request.dryRun) return this.dryRun(request, planned.write.command);
    const write: NpmRequest = { ...planned.write, credential, otp, timeoutMs: this.settings.timeoutMs };
    const sent = await sendNpmRequest(write);
    if ('kind' in sent) return sent;
    if (!sent.response.ok) return classifyNpmAnswer(sent.response, sent.text, write);
    if (change.kind !== 'access' || change.subject !== 'mfa') {
      const back = await this.inPlace(target, change, credential);
      if (!back.done) return { kind: 'failed', error: new ReadBackError(write.command, back.found) };
    }
    logger.info(`${write.command}: done`);
    return { kind: 'changed', detail: `${change.kind} ${change.subject}` };
  }

  /** The request that makes `change`, from the package as it is now. */
  private async request(target: PackageTarget, change: Change, credential: Credential, options: RetryOptions): Promise<AdminWrite> {
    const { registry } = this.settings;
    const escaped = escapePackageName(target.name);
    if (change.kind === 'access') {
      const body = change.subject === 'status' ? { access: change.after === 'public' ? 'public' : 'restricted' } : MFA_BODIES[change.after as MfaSetting];
      const command = `npm access set ${change.subject}=${change.after} ${target.name}`;
      return { write: { url: `${registry}-/package/${escaped}/access`, method: 'post', body, command, npmCommand: 'access' } };
    }
    const document = (await readDocument(registry, target.name, credential, options)) ?? {};
    if (change.kind === 'owner') {
      const others = (document.maintainers ?? []).filter((maintainer) => maintainer.name !== change.subject);
      const adding = change.after !== undefined;
      const user = adding ? ((await readUser(registry, change.subject, credential, options)) ?? { name: change.subject }) : undefined;
      const maintainers = user ? [...others, user] : others;
      const command = `npm owner ${adding ? 'add' : 'rm'} ${change.subject} ${target.name}`;
      const body = { _id: document._id, _rev: document._rev, maintainers };
      return { write: { url: `${registry}${escaped}/-rev/${document._rev}`, method: 'put', body, command, npmCommand: 'owner' } };
    }
    const versions = versionsIn(document, change.subject);
    for (const version of versions) document.versions![version]!.deprecated = change.after ?? '';
    const command = `npm deprecate ${target.name}@${change.subject} ${JSON.stringify(change.after ?? '')}`;
    return { write: { url: `${registry}${escaped}`, method: 'put', body: { ...document, _attachments: {} }, command, npmCommand: 'deprecate' } };
  }

  /** Whether a read shows `change` in place, and what it shows. */
  private async inPlace(
    target: PackageTarget,
    change: Change,
    credential: Credential,
  ): Promise<{ done: boolean; known: boolean; found: string; serverTime: number | undefined }> {
    const { registry, timeoutMs } = this.settings;
    const options = { capMs: timeoutMs };
    if (change.kind === 'access') {
      if (change.subject === 'mfa') return { done: false, known: true, found: 'no read of this setting', serverTime: undefined };
      const visible = await readVisibility(registry, target.name, credential, options);
      const now = visible === undefined ? 'unknown' : visible ? 'public' : 'private';
      return { done: now === change.after, known: visible !== undefined, found: `status ${now}`, serverTime: undefined };
    }
    const document = await readDocument(registry, target.name, credential, options);
    if (!document) return { done: false, known: false, found: 'no such package', serverTime: undefined };
    if (change.kind === 'owner') {
      const owner = (document.maintainers ?? []).some((maintainer) => maintainer.name === change.subject);
      return {
        done: owner === (change.after !== undefined),
        known: true,
        found: `${change.subject} ${owner ? 'an owner' : 'not an owner'}`,
        serverTime: undefined,
      };
    }
    const now = deprecationOf(document, versionsIn(document, change.subject));
    return { done: now === change.after, known: true, found: `deprecation ${JSON.stringify(now ?? '')}`, serverTime: undefined };
  }
}
