import type { Credential } from '../credentials/credential.js';
import type { Existence, PackageTarget, PublishOutcome, PublishRequest, RegistryAdapter, RegistryId, SettingChange } from './types.js';

/**
 * What the adapters of package administration (dist-tags, owners, deprecations, access) share:
 * each target carries one change; "exists" means a read shows it in place; a write is a request
 * from this process, so its code goes out the moment it is made, with a body of a few bytes.
 */
export abstract class SettingAdapter implements RegistryAdapter {
  abstract readonly id: RegistryId;
  readonly dryRunReason = 'dry run: not changed';

  constructor(private readonly kinds: ReadonlyArray<SettingChange['kind']>) {}

  sendsCodeAtOnce(): boolean {
    return true;
  }

  uploadBytes(): number {
    return 0;
  }

  /** The change `target` carries (a target without one of this adapter's kinds is a programming error). */
  protected changeOf(target: PackageTarget): SettingChange {
    const { change } = target;
    if (!change || !this.kinds.includes(change.kind)) throw new Error(`${target.name} carries no ${this.kinds.join(' or ')} change`);
    return change;
  }

  /** A dry run's answer: the command that would run, logged. */
  protected dryRun(request: PublishRequest, command: string): PublishOutcome {
    request.logger.info(`dry run: would run ${command}`);
    return { kind: 'exists', detail: this.dryRunReason };
  }

  abstract exists(target: PackageTarget, credential: Credential): Promise<Existence>;
  abstract publish(request: PublishRequest): Promise<PublishOutcome>;
}
