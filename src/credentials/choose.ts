import type { Clock } from '../clock.js';
import { InputError, OidcError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { OtpGate } from '../otp/gate.js';
import type { TotpSpec } from '../otp/secret.js';
import { TOKEN_INPUT, type PackageTarget, type RegistryId } from '../registries/types.js';
import type { Credential } from './credential.js';
import { exchangeForNpm, exchangeForRubygems, fetchIdToken, publisherHint, type ExchangeOptions, type NotTrusted, type OidcEnvironment } from './oidc.js';

export interface RegistryCredentials {
  token: string | undefined;
  totp: TotpSpec | undefined;
}

/** The `auth` input: trusted publishing where possible (`auto`), only (`oidc`), or never (`token`). */
export type AuthMode = 'auto' | 'oidc' | 'token';

export interface ChooserOptions {
  credentials: Partial<Record<RegistryId, RegistryCredentials>>;
  dryRun: boolean;
  minRemainingSec: number;
  /** Derive the window guard from measured answer times (`otp-min-remaining: auto`). */
  adaptiveGuard?: boolean;
  clock: Clock;
  logger: Logger;
  /** Default 'token' (no trusted publishing). */
  auth?: AuthMode;
  /** Present when the job can mint ID tokens. */
  oidc?: OidcEnvironment;
  /** npm registry URL and RubyGems host, for the exchanges. */
  npmRegistry?: string;
  rubygemsHost?: string;
  /** The longest wait the exchanges' retry policy accepts (the `timeout` input). */
  retryCapMs?: number;
  /** npm's staged publishing: npm tokens go without their TOTP secret (staging sends no code). */
  stage?: boolean;
}

/** The credential a package publishes with, and why trusted publishing was not used when it was tried. */
export interface Authorized {
  credential: Credential;
  fallback?: string;
  /** `auto`: the token credential to fall back on if the registry refuses the OIDC credential for this package. */
  otherwise?: Credential;
}

/** GitHub ID tokens live a few minutes; one is reused for this long. */
const ID_TOKEN_REUSE_MS = 60_000;

/**
 * The one place that decides which credential each package is published with: trusted publishing
 * (OIDC) first when `auth` allows and the job can mint ID tokens, then the token, with TOTP when a
 * secret is given. One OTP gate per registry, shared by all its packages, so retries and the stop
 * after two rejections count per registry.
 */
export class CredentialChooser {
  private readonly gates = new Map<RegistryId, OtpGate>();
  private readonly idTokens = new Map<string, { at: number; token: Promise<string> }>();
  private rubygemsKey: Promise<{ key: string } | NotTrusted> | undefined;

  constructor(private readonly options: ChooserOptions) {}

  private get mode(): AuthMode {
    return this.options.auth ?? 'token';
  }

  /** Whether trusted publishing will be tried for packages (it needs an ID token and a non-dry run). */
  get triesOidc(): boolean {
    return this.mode !== 'token' && this.options.oidc !== undefined && !this.options.dryRun;
  }

  /**
   * Plan time: the token credential of the package (`none` when trusted publishing will supply
   * one, or for a dry run). Throws InputError when nothing could publish it.
   */
  choose(target: PackageTarget): Credential {
    if (this.mode === 'oidc') {
      if (!this.options.oidc && !this.options.dryRun) {
        throw new InputError('auth', "is 'oidc', but the job cannot mint an ID token; add 'permissions: id-token: write' to the job");
      }
      return { auth: 'none' };
    }
    const credential = this.forRegistry(target.registry);
    if (credential.auth !== 'none' || this.options.dryRun || this.triesOidc) return credential;
    throw new InputError(
      TOKEN_INPUT[target.registry],
      `is empty, but ${target.name}@${target.version} needs it to publish (or set dry-run: true, or use trusted publishing with 'id-token: write')`,
    );
  }

  /**
   * Publish time, once the registry has been read: trusted publishing when the mode allows and the
   * registry trusts this job for the package; otherwise the token (in `auto`), with the reason.
   * `packageKnown`: whether the registry has any version of the package.
   */
  async authorize(target: PackageTarget, token: Credential, packageKnown: boolean): Promise<Authorized> {
    if (!this.triesOidc) return { credential: token };
    let reason: string;
    try {
      const result = await this.exchange(target, packageKnown);
      if ('token' in result) {
        const otherwise = this.mode === 'auto' && token.auth !== 'none' ? token : undefined;
        return { credential: { auth: 'oidc', token: result.token }, otherwise };
      }
      reason = result.notTrusted;
    } catch (error) {
      reason = errorMessage(error);
    }
    if (this.mode === 'oidc') throw new OidcError(`${reason}. ${await this.whatToConfigure(target)}`);
    if (token.auth === 'none') throw new OidcError(`${reason}, and input '${TOKEN_INPUT[target.registry]}' is empty, so nothing can publish it`);
    return { credential: token, fallback: reason };
  }

  /** `mode: run`, and the token side of `choose`: the token credential of a registry. */
  forRegistry(registry: RegistryId): Credential {
    const { token, totp } = this.options.credentials[registry] ?? { token: undefined, totp: undefined };
    if (token && totp && !(this.options.stage && registry === 'npm')) return { auth: 'token+otp', token, gate: this.gateFor(registry, totp) };
    if (token) return { auth: 'token', token };
    return { auth: 'none' };
  }

  private async exchange(target: PackageTarget, packageKnown: boolean): Promise<{ token: string } | NotTrusted> {
    if (target.registry === 'npm') {
      if (!packageKnown) return { notTrusted: `${target.name} is not on npm yet, and npm cannot publish a new package through trusted publishing` };
      const registry = this.options.npmRegistry!;
      return exchangeForNpm(registry, target.name, await this.idTokenFor(`npm:${new URL(registry).hostname}`), this.requests);
    }
    const host = this.options.rubygemsHost!;
    // RubyGems hands out one key for the publisher's gems: exchanged once per run.
    this.rubygemsKey ??= this.idTokenFor(new URL(host).hostname).then((jwt) => exchangeForRubygems(host, jwt, this.requests));
    const result = await this.rubygemsKey;
    return 'key' in result ? { token: result.key } : result;
  }

  private get requests(): ExchangeOptions {
    const { logger, clock, retryCapMs } = this.options;
    return { logger, clock, capMs: retryCapMs };
  }

  /** Whether the job can mint GitHub ID tokens (`permissions: id-token: write`). */
  get mintsIdTokens(): boolean {
    return Boolean(this.options.oidc);
  }

  /** A GitHub ID token for `audience` (masked at once; reused for a minute): `sigstore` signs provenance. */
  idTokenFor(audience: string): Promise<string> {
    const now = this.options.clock.now();
    const cached = this.idTokens.get(audience);
    if (cached && now - cached.at < ID_TOKEN_REUSE_MS) return cached.token;
    const token = fetchIdToken(this.options.oidc!, audience, this.requests);
    this.idTokens.set(audience, { at: now, token });
    token.catch(() => this.idTokens.delete(audience));
    return token;
  }

  private async whatToConfigure(target: PackageTarget): Promise<string> {
    const where = target.registry === 'npm' ? `on npm for ${target.name}` : `on RubyGems for ${target.name}`;
    const audience = target.registry === 'npm' ? `npm:${new URL(this.options.npmRegistry!).hostname}` : new URL(this.options.rubygemsHost!).hostname;
    const hint = await this.idTokenFor(audience).then(publisherHint, () => 'the repository and workflow of this job');
    return `With auth: oidc, configure a trusted publisher ${where} naming ${hint}${target.registry === 'npm' ? ' (a new package must be published once with a token first)' : ''}`;
  }

  private gateFor(registry: RegistryId, spec: TotpSpec): OtpGate {
    let gate = this.gates.get(registry);
    if (!gate) {
      const { clock, logger, minRemainingSec, adaptiveGuard } = this.options;
      gate = new OtpGate({ registry, spec, clock, logger, minRemainingSec, adaptive: adaptiveGuard });
      this.gates.set(registry, gate);
    }
    return gate;
  }
}
