import type { Clock } from '../clock.js';
import { InputError } from '../errors.js';
import type { Logger } from '../logger.js';
import { OtpGate } from '../otp/gate.js';
import type { TotpSpec } from '../otp/secret.js';
import type { PackageTarget, RegistryId } from '../registries/types.js';
import type { Credential } from './credential.js';

export interface RegistryCredentials {
  token: string | undefined;
  totp: TotpSpec | undefined;
}

export interface ChooserOptions {
  credentials: Partial<Record<RegistryId, RegistryCredentials>>;
  dryRun: boolean;
  minRemainingSec: number;
  clock: Clock;
  logger: Logger;
}

const TOKEN_INPUT: Record<RegistryId, string> = { npm: 'npm-token', rubygems: 'rubygems-api-key' };

/**
 * The one place that decides which credential each package is published with. One OTP gate per
 * registry, shared by all its packages, so retries and the stop after two rejections count per registry.
 */
export class CredentialChooser {
  private readonly gates = new Map<RegistryId, OtpGate>();

  constructor(private readonly options: ChooserOptions) {}

  /** Throws an InputError when the package cannot be published with what was given. */
  choose(target: PackageTarget): Credential {
    const { token, totp } = this.options.credentials[target.registry] ?? { token: undefined, totp: undefined };
    if (token && totp) return { auth: 'token+otp', token, gate: this.gateFor(target.registry, totp) };
    if (token) return { auth: 'token', token };
    if (this.options.dryRun) return { auth: 'none' };
    throw new InputError(
      TOKEN_INPUT[target.registry],
      `is empty, but ${target.name}@${target.version} needs it to publish (or set dry-run: true)`,
    );
  }

  /** `mode: run`: the credential a whole command gets for one registry (none when no token was given). */
  forRegistry(registry: RegistryId): Credential {
    const { token, totp } = this.options.credentials[registry] ?? { token: undefined, totp: undefined };
    if (token && totp) return { auth: 'token+otp', token, gate: this.gateFor(registry, totp) };
    if (token) return { auth: 'token', token };
    return { auth: 'none' };
  }

  private gateFor(registry: RegistryId, spec: TotpSpec): OtpGate {
    let gate = this.gates.get(registry);
    if (!gate) {
      const { clock, logger, minRemainingSec } = this.options;
      gate = new OtpGate({ registry, spec, clock, logger, minRemainingSec });
      this.gates.set(registry, gate);
    }
    return gate;
  }
}
