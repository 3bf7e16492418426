import { planTags, type TagRequest, type TagState } from '../plan/dist-tags.js';
import { NpmDistTagAdapter, readTagState } from '../registries/npm-dist-tags.js';
import type { PublishConfig } from './config.js';
import type { SettingsKind } from './settings.js';

export interface DistTagRequests {
  /** The `dist-tags` input. */
  set: TagRequest[];
  /** The `remove-dist-tags` input. */
  remove: string[];
}

/**
 * `mode: dist-tags`: each package's tags and versions read in one request; a tag pointed at
 * another tag takes that tag's version as read, before any write. Trusted publishing is tried
 * first, as npm 12's `dist-tag` does.
 */
export function distTagsKind(requests: DistTagRequests, config: PublishConfig): SettingsKind<TagState> {
  return {
    mode: 'dist-tags',
    registries: ['npm'],
    trustedPublishing: true,
    read: (pkg, credential, retry) => readTagState(config.npm.registry, pkg.name, credential, retry),
    plan: (pkg, state) => planTags(pkg.name, pkg.version, state, requests.set, requests.remove),
    adapters: { npm: new NpmDistTagAdapter({ registry: config.npm.registry, timeoutMs: config.timeoutSec * 1000 }) },
  };
}
