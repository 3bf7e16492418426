import type { Credential } from '../credentials/credential.js';
import type { Logger } from '../logger.js';
import type { PublishManifest } from '../workspace/publish-manifest.js';

export type RegistryId = 'npm' | 'rubygems';

/** The inputs that carry each registry's token and TOTP secret. */
export const TOKEN_INPUT: Record<RegistryId, string> = { npm: 'npm-token', rubygems: 'rubygems-api-key' };
export const SECRET_INPUT: Record<RegistryId, string> = { npm: 'npm-totp-secret', rubygems: 'rubygems-totp-secret' };

/** One thing to publish: a name@version of one registry, read from `path`. */
export interface PackageTarget {
  registry: RegistryId;
  name: string;
  version: string;
  /** Package directory (npm), gemspec directory or .gem file (RubyGems). */
  path: string;
  /** Marked private by its manifest: never published. */
  private: boolean;
  /** RubyGems platform of the gem ('ruby' for pure-Ruby gems). */
  platform?: string;
  /** Names this package needs at install time (npm: dependencies, optional and peer; gems: runtime). */
  dependencies: string[];
  /** npm: package.json as discovery read it (how the package is packed depends on it). */
  manifest?: Readonly<Record<string, unknown>>;
  /** npm: the manifest the repository's package manager would publish (workspace and catalog ranges resolved, publishConfig applied). */
  publishManifest?: PublishManifest;
  /** Set when the target is a change to the package's settings on its registry, not a version to publish. */
  change?: SettingChange;
}

/**
 * A change to one setting of a package on its registry (package administration): `subject` is
 * what changes (a dist-tag's name, an owner, a version range, `status` or `mfa`); `before` and
 * `after` its value (a version, `owner` or `invited`, a deprecation message, the setting's value;
 * undefined: absent, removed, not deprecated, or not readable).
 */
export interface SettingChange {
  kind: 'dist-tag' | 'owner' | 'deprecate' | 'access';
  subject: string;
  before: string | undefined;
  after: string | undefined;
}

/** `dist-tag latest: 1.2.0 -> 1.3.0`, as logs and summaries show a change. */
export function describeChange(change: SettingChange): string {
  return `${change.kind} ${change.subject}: ${change.before ?? '(none)'} -> ${change.after ?? '(removed)'}`;
}

/** How logs name a target: `name@version`, or the package and its change. */
export function describeTarget(target: Pick<PackageTarget, 'name' | 'version' | 'change'>): string {
  return target.change ? `${target.name} ${describeChange(target.change)}` : `${target.name}@${target.version}`;
}

/**
 * What one publish attempt came to, as read from the registry client's output. `provenance`
 * (npm): whether the attempt's upload carried a provenance statement.
 */
export type PublishOutcome = (
  | { kind: 'published'; detail: string }
  /** npm's staged publishing: uploaded into the staging area under `stageId`, released only on approval. */
  | { kind: 'staged'; detail: string; stageId: string }
  /** npm's staged publishing: the staged version was rejected (removed from the staging area). */
  | { kind: 'rejected'; detail: string }
  /** A setting change was made, and reading it back shows it. */
  | { kind: 'changed'; detail: string }
  /** `reason`: what the skip says (default: already published). */
  | { kind: 'exists'; detail: string; reason?: string }
  | { kind: 'otp-rejected'; detail: string }
  | { kind: 'web-auth'; detail: string }
  /** 429 to a request carrying a one-time password, saying codes are rate-limited (`retryAfter` as sent). */
  | { kind: 'otp-rate-limited'; detail: string; retryAfter?: string }
  /** `forbidden`: the credential may not publish this package (an OIDC key of another publisher, say). */
  /** `transient`: a registry fault (5xx, 429, reset, timeout) after which a retry may succeed; the publish may still have reached the registry. */
  /** `status` and `retryAfter`: the registry's answer, when it was an HTTP status (Retry-After as sent). */
  | { kind: 'failed'; error: Error; transient?: boolean; forbidden?: boolean; status?: number; retryAfter?: string }
) & { provenance?: boolean };

export interface Existence {
  exists: boolean;
  /** Whether the registry has any version of the package (npm cannot first-publish through OIDC). */
  packageKnown: boolean;
  /** The registry's clock from its `Date` header, when it sent one (ms since epoch). */
  serverTime: number | undefined;
  /** When `exists`: why there is nothing to do (default: already published). */
  skipReason?: string;
  /** When `exists` after a fault: what the request that reached the registry came to (default: published). */
  arrivedAs?: 'published' | 'rejected' | 'changed';
  /** When `exists` while staging: the stage that already holds the version. */
  stageId?: string;
}

export interface PublishRequest {
  target: PackageTarget;
  credential: Credential;
  /** The code for this attempt, when the credential needs one. */
  otp: string | undefined;
  dryRun: boolean;
  /** The package's own log (held back and printed as one group). */
  logger: Logger;
}

/** One adapter per registry, behind one interface. */
export interface RegistryAdapter {
  readonly id: RegistryId;
  /**
   * Packs or builds what publish() uploads (npm: tarballs for in-process uploads; gems: `gem build`).
   * Called for the run's targets before its first upload, possibly several times with some of
   * them each; throws on the first problem.
   */
  prepare?(targets: PackageTarget[], logger: Logger, dryRun: boolean): Promise<void>;
  /** Whether preparing `target` runs nothing of the package's own (no scripts): it may then start before its existence check answers. */
  preparesQuietly?(target: PackageTarget): boolean;
  /** A line for the log on what was prepared, once preparation has ended. */
  prepared?(): string | undefined;
  /** Starts loading what publishing needs, while the existence checks run; never fails. */
  warmUp?(): void;
  /** What a dry run's result says (default: packed or built, not published). */
  readonly dryRunReason?: string;
  /** The size of what publish() will send for `target` once prepared (its packed tarball, its gem), bytes; undefined when not known beforehand. */
  uploadBytes?(target: PackageTarget): number | undefined;
  /** Whether publish() sends its one-time password the moment it gets it (a request from this process, nothing to sign first); default false. */
  sendsCodeAtOnce?(target: PackageTarget): boolean;
  /** Asks the registry whether name@version is there (nothing left to do), without spending a one-time password. */
  exists(target: PackageTarget, credential: Credential): Promise<Existence>;
  publish(request: PublishRequest): Promise<PublishOutcome>;
}
