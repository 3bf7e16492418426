/**
 * One error type per failure. Messages say what was expected and what was found, and never
 * contain a secret value: at most the name of the input that holds it.
 */
export abstract class OtpPublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An action input is missing, malformed or contradicts another input. Raised before anything is published. */
export class InputError extends OtpPublishError {
  constructor(
    readonly input: string,
    detail: string,
  ) {
    super(`Input '${input}': ${detail}`);
  }
}

/** A package listed in `packages` cannot be read or lacks what publishing needs. Raised before anything is published. */
export class ManifestError extends InputError {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super('packages', `${path}: ${detail}`);
  }
}

/** `gem build` failed for a gemspec. Raised before anything is published. */
export class GemBuildError extends ManifestError {
  constructor(gemspec: string, detail: string) {
    super(gemspec, `gem build failed: ${detail}`);
  }
}

/** One dependency range of a publish manifest that no installer could resolve. */
export interface UnresolvedRange {
  field: string;
  name: string;
  range: string;
}

/**
 * A package's publish manifest, built as its package manager builds it, still holds a
 * `workspace:`, `catalog:` or `link:` range, or a `file:` range outside bundleDependencies:
 * nobody could install that version. Raised before anything is published.
 */
export class UnresolvedRangeError extends ManifestError {
  constructor(
    path: string,
    readonly packageName: string,
    manager: string,
    readonly ranges: UnresolvedRange[],
  ) {
    const list = ranges.map((entry) => `${entry.field}["${entry.name}"] = "${entry.range}"`).join(', ');
    super(
      path,
      `the manifest ${packageName} would be published with (as ${manager} builds it) still holds ${list}; ` +
        'expected every workspace: range to name a workspace package, every catalog: entry to exist in its catalog, and no link: or file: range (file: only for bundleDependencies)' +
        (manager === 'npm'
          ? '; npm has no workspace: or catalog: protocol: a pnpm, yarn or bun repository needs its lockfile or a package.json "packageManager" field'
          : '') +
        '. Nothing was published',
    );
  }
}

/**
 * A package to publish depends (in dependencies, optionalDependencies or peerDependencies) on a
 * private workspace package, which is never published: nobody could install the version.
 * Raised before anything is published.
 */
export class PrivateDependencyError extends ManifestError {
  constructor(path: string, packageName: string, field: string, dependency: string, dependencyPath: string) {
    super(
      path,
      `${packageName} has ${field}["${dependency}"], but ${dependency} (${dependencyPath}) is a private workspace package and is never published, so nobody could install ${packageName}; ` +
        `make ${dependency} public, move it to devDependencies, or bundle it (bundleDependencies). Nothing was published`,
    );
  }
}

/** npm 11+ and bun refuse to publish a prerelease without a tag: it would become `latest`. Raised before anything is published. */
export class PrereleaseTagError extends ManifestError {
  constructor(path: string, id: string, manager: string) {
    super(
      path,
      `${id} is a prerelease, and ${manager} refuses to publish a prerelease without a tag (it would become "latest"); set input 'tag' (for example next) or the package's publishConfig.tag. Nothing was published`,
    );
  }
}

/** A package uses a package-manager rule that the action cannot follow (the message names the field). Raised before anything is published. */
export class UnsupportedRuleError extends ManifestError {
  constructor(path: string, packageName: string, field: string, why: string) {
    super(path, `${packageName}: ${field}: ${why}. Nothing was published`);
  }
}

/** The repository pins a package manager (package.json `packageManager`) of another major version than the one on PATH, whose publish rules differ. */
export class PackageManagerMismatchError extends OtpPublishError {
  constructor(pinned: string, found: string) {
    super(
      `package.json "packageManager" pins ${pinned}, but the ${found.split('@')[0]} on PATH is ${found}; their publish rules differ, so nothing was published. ` +
        'Install the pinned version before this step (pnpm/action-setup reads packageManager), or update the field',
    );
  }
}

/** The repository declares workspaces (package.json `workspaces`, pnpm-workspace.yaml) that cannot be read. */
export class WorkspaceReadError extends OtpPublishError {}

/** A registry client (npm, gem, ruby) is not on PATH. */
export class ToolMissingError extends OtpPublishError {
  constructor(
    readonly tool: string,
    needed: string,
    hint: string,
  ) {
    super(`'${tool}' was not found on PATH; it is needed to ${needed}. ${hint}`);
  }
}

/** The version was yanked from RubyGems: the same number can never be pushed again. */
export class VersionYankedError extends OtpPublishError {
  constructor(name: string, version: string, detail: string) {
    super(`${name} ${version} was yanked from RubyGems and a yanked version can never be pushed again (${detail}); bump the version`);
  }
}

/** Packages to publish depend on each other in a circle, so no order can put dependencies first. */
export class DependencyCycleError extends OtpPublishError {
  constructor(readonly cycle: string[]) {
    super(`packages depend on each other in a cycle: ${cycle.join(' -> ')}; dependencies must be published before their dependents, so break the cycle`);
  }
}

/** The workflow runs on a release tag that does not match the versions to publish. */
export class TagMismatchError extends OtpPublishError {
  constructor(tag: string, detail: string) {
    super(`release tag '${tag}' ${detail}. Set check-tag: false to publish without comparing versions to the tag`);
  }
}

/** Trusted publishing (OIDC) could not be used: no ID token, or the registry refused the exchange. */
export class OidcError extends OtpPublishError {}

/** The registry refused two codes in a row: the first and one from the next window, or codes of two publishes. */
export class OtpRejectedError extends OtpPublishError {
  constructor(
    readonly registry: string,
    readonly attempts: number,
  ) {
    const what =
      attempts >= 2
        ? `rejected the one-time password ${attempts} times (a fresh code from the next time window was refused too)`
        : 'rejected a second one-time password in a row (a code of an earlier package was refused too)';
    super(
      `the ${registry} registry ${what}. ` +
        'Likely causes: the TOTP secret belongs to another account or was re-enrolled (store the current secret); ' +
        "the runner's clock is far off; the account uses a security key or passkey only, which a TOTP secret cannot serve " +
        '(use trusted publishing or a token that bypasses 2FA). No further codes are sent for this registry in this run.',
    );
  }
}

/**
 * The registry answered 429 to a request carrying a one-time password and says it rate-limits
 * codes: no further code is sent to it in this run (more would extend the lock-out).
 */
export class OtpRateLimitedError extends OtpPublishError {
  constructor(
    readonly registry: string,
    /** When the registry said a new attempt may succeed (ms since epoch), if it said. */
    readonly until: number | undefined,
  ) {
    const when =
      until === undefined ? 'in a few minutes (the registry gave no Retry-After)' : `after ${new Date(until).toISOString()} (the registry's Retry-After)`;
    super(
      `the ${registry} registry rate-limits one-time passwords (429): no further codes are sent to it in this run, since more attempts would prolong the lock-out. ` +
        `Re-run the job ${when}; the re-run publishes only what is missing`,
    );
  }
}

/** The registry wants a one-time password but no TOTP secret was given for it. */
export class OtpRequiredError extends OtpPublishError {
  constructor(
    readonly registry: string,
    readonly secretInput: string,
  ) {
    super(
      `the ${registry} registry asked for a one-time password, but input '${secretInput}' is empty and the token does not bypass 2FA. ` +
        `Set '${secretInput}', use a token that bypasses 2FA, or use trusted publishing.`,
    );
  }
}

/** An earlier package already had two codes refused on this registry; this one is not attempted. */
export class OtpBreakerOpenError extends OtpPublishError {
  constructor(readonly registry: string) {
    super(
      `not attempted: the ${registry} registry already rejected two one-time passwords in this run, ` +
        'so no further codes are spent (protects the account from rate limits and lockout). Fix the TOTP secret and re-run.',
    );
  }
}

/** The account asks for a browser/security-key flow that a TOTP secret cannot complete. */
export class WebAuthRequiredError extends OtpPublishError {
  constructor(readonly registry: string) {
    super(
      `the ${registry} registry asked for browser or security-key authentication (web auth), which a TOTP secret cannot serve. ` +
        'Use trusted publishing (OIDC) or a granular token that bypasses 2FA for this package.',
    );
  }
}

/**
 * npm refused the token (with its code, if one was sent) for this package: the token may not
 * publish it. npm cannot be asked why: the package may disallow tokens altogether.
 */
export class TokenRefusedError extends OtpPublishError {
  constructor(
    readonly packageName: string,
    detail: string,
  ) {
    super(`the npm registry refused input 'npm-token' for ${packageName} (${detail}). ${tokenRefusedFix(detail)}`);
  }
}

/** What to do about a refused token: npm names one cause (an account without codes and a token that does not bypass 2FA); the others it does not tell apart. */
function tokenRefusedFix(detail: string): string {
  if (/granular access token with bypass 2fa enabled is required/i.test(detail)) {
    return 'The account has no authenticator-app 2FA to make codes with and the token does not bypass 2FA: use trusted publishing, or a granular token with "bypass 2FA".';
  }
  return (
    'If its settings on npmjs.com "require two-factor authentication and disallow tokens", no token can publish it: ' +
    "publish it with trusted publishing ('auth: oidc' and a trusted publisher naming this workflow), " +
    "or stage it ('stage: true') and approve the stage on npmjs.com. Otherwise give the token write access to it."
  );
}

/** A change to a package's settings on its registry that cannot be made as asked (a tag to a version that is not published, the last owner removed). Raised before anything is written. */
export class ChangeRefusedError extends OtpPublishError {
  /** `subject`: the package that cannot be changed (or, for a run's refusals together, how many). */
  constructor(
    readonly subject: string,
    why: string,
  ) {
    super(`${subject} ${why}`);
  }
}

/** The registry accepted a write, but reading it back does not show it. */
export class ReadBackError extends OtpPublishError {
  constructor(command: string, found: string) {
    super(`the registry accepted '${command}', but reading it back shows ${found}; re-run to check again (a re-run writes only what is still missing)`);
  }
}

/** npm's staging area has no version with this stage id (approved, rejected, or never staged there). */
export class StageNotFoundError extends OtpPublishError {
  constructor(
    readonly stageId: string,
    spec: string | undefined,
  ) {
    super(
      `expected a staged version with id ${stageId}${spec ? ` (${spec})` : ''} on the registry, but it has none: it was approved or rejected already, or staged on another registry`,
    );
  }
}

/** The command-line helper was given something it cannot use (the message names it). */
export class CliError extends OtpPublishError {}

/** Storing an Actions secret through the GitHub REST API failed (the message says what the token needs). */
export class GitHubSecretError extends OtpPublishError {}

/** A read request to a registry failed (status other than the ones the caller understands). */
export class RegistryRequestError extends OtpPublishError {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`${url}: expected 200 or 404, got ${status === undefined ? 'no response' : status}: ${detail}`);
  }
}

/** A registry asked (429/503 Retry-After) for a longer wait than the `timeout` input allows: the request is not retried in this run. */
export class RetryAfterTooLongError extends OtpPublishError {
  constructor(
    readonly status: number | undefined,
    waitMs: number,
    readonly until: number,
    capMs: number,
  ) {
    super(
      `answered ${status ?? 'no response'} and asked to wait ${Math.ceil(waitMs / 1000)} s before another attempt, longer than the timeout input allows (${Math.round(capMs / 1000)} s), so it was not retried: re-run after ${new Date(until).toISOString()}`,
    );
  }
}

/** The registry CLI failed for a reason other than the OTP. `code` is the CLI's error code when it printed one. */
export class PublishCommandError extends OtpPublishError {
  constructor(
    readonly command: string,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`${command} failed${code ? ` (${code})` : ''}: ${detail}`);
  }
}

/** A child process ran past its time limit and was stopped. */
export class CommandTimeoutError extends OtpPublishError {
  constructor(
    readonly command: string,
    readonly seconds: number,
  ) {
    super(`${command} did not finish within ${seconds} s and was stopped`);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Provenance was asked for (`provenance: true`, or the package's publishConfig) and cannot be made; nothing was uploaded. */
export class ProvenanceError extends OtpPublishError {
  constructor(name: string, version: string, source: string, why: string) {
    super(`${name}@${version} cannot be published with provenance (${source}): ${why}; nothing was uploaded`);
  }
}
