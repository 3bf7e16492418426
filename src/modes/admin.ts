// The package-administration modes besides dist-tags: owners, deprecate and access, each a
// SettingsKind run by settingsMode (read, plan, refuse, write with a code, read back).
import type { ExpectedOwners } from '../audit/expected.js';
import type { Credential } from '../credentials/credential.js';
import { InputError } from '../errors.js';
import { type AccessRequest, type DeprecationRequest, planAccess, planDeprecations, planOwners } from '../plan/admin.js';
import type { RetryOptions } from '../registries/http.js';
import { NpmAdminAdapter, readDocument, readUser, readVisibility, whoami } from '../registries/npm-admin.js';
import { GemOwnerAdapter, possibleKeyAccounts, readGemOwners } from '../registries/rubygems-owners.js';
import type { PublishConfig } from './config.js';
import type { SettingsKind } from './settings.js';

const npmAdapter = (config: PublishConfig) => new NpmAdminAdapter({ registry: config.npm.registry, timeoutMs: config.timeoutSec * 1000 });

interface OwnerState {
  current: string[];
  self: string[] | undefined;
  unknown: Set<string>;
}

/**
 * `mode: owners`: the owners of each package made what the `owners` input expects (the same input
 * `mode: audit` compares with): missing owners added, unexpected ones removed only with
 * `remove-owners: true`. Trusted publishing cannot change owners.
 */
export function ownersKind(expected: ExpectedOwners, allowRemoval: boolean, config: PublishConfig): SettingsKind<OwnerState> {
  const { registry } = config.npm;
  // One lookup per account for the run: whose the token is, and which expected users npm has.
  let self: Promise<string | undefined> | undefined;
  const users = new Map<string, Promise<boolean>>();
  const known = (user: string, credential: Credential, retry: RetryOptions) => {
    if (!users.has(user)) users.set(user, readUser(registry, user, credential, retry).then(Boolean));
    return users.get(user)!;
  };
  return {
    mode: 'owners',
    registries: ['npm', 'rubygems'],
    trustedPublishing: false,
    async read(pkg, credential, retry) {
      const wanted = expectedFor(expected, pkg.registry);
      if (pkg.registry === 'rubygems') {
        const { host } = config.rubygems;
        const current = await readGemOwners(host, pkg.name, retry);
        if (!current) return undefined;
        const unexpected = allowRemoval ? current.filter((owner) => !wanted.some((user) => user.toLowerCase() === owner.toLowerCase())) : [];
        return { current, self: await possibleKeyAccounts(host, credential, unexpected, retry), unknown: new Set<string>() };
      }
      const document = await readDocument(registry, pkg.name, credential, retry);
      if (!document) return undefined;
      const current = (document.maintainers ?? []).map((maintainer) => maintainer.name);
      self ??= whoami(registry, credential, retry).then((who) => who.account);
      const missing = wanted.filter((user) => !current.includes(user));
      const found = await Promise.all(missing.map((user) => known(user, credential, retry)));
      const account = await self;
      return { current, self: account === undefined ? undefined : [account], unknown: new Set(missing.filter((_, index) => !found[index])) };
    },
    plan: (pkg, state) => planOwners(pkg.name, { registry: pkg.registry, expected: expectedFor(expected, pkg.registry), allowRemoval, ...state }),
    adapters: { npm: npmAdapter(config), rubygems: new GemOwnerAdapter({ host: config.rubygems.host, timeoutMs: config.timeoutSec * 1000 }) },
  };
}

function expectedFor(expected: ExpectedOwners, registry: 'npm' | 'rubygems'): string[] {
  const list = expected[registry];
  if (!list) throw new InputError('owners', `has no '${registry}:' line, but ${registry} packages are listed`);
  return list;
}

/** `mode: deprecate`: deprecate (or, with `undeprecate`, un-deprecate) the versions in each range, with the message. */
export function deprecateKind(requests: DeprecationRequest[], config: PublishConfig): SettingsKind<Map<string, string | undefined>> {
  return {
    mode: 'deprecate',
    registries: ['npm'],
    trustedPublishing: false,
    async read(pkg, credential, retry) {
      const document = await readDocument(config.npm.registry, pkg.name, credential, retry);
      if (!document) return undefined;
      return new Map(Object.entries(document.versions ?? {}).map(([version, manifest]) => [version, manifest.deprecated || undefined]));
    },
    plan: (pkg, deprecations) => planDeprecations(pkg.name, deprecations, requests),
    adapters: { npm: npmAdapter(config) },
  };
}

const MFA_PUBLISH_NOTICE =
  "mfa: publish makes npm refuse every token for these packages, with or without a code: from now on only trusted publishing ('auth: oidc'), or staging ('stage: true') approved with a code, can publish them";

/** `mode: access`: the package's status (public or private) and its 2FA requirement (`mfa`). */
export function accessKind(request: AccessRequest, config: PublishConfig): SettingsKind<boolean> {
  return {
    mode: 'access',
    registries: ['npm'],
    trustedPublishing: false,
    read: (pkg, credential, retry) => readVisibility(config.npm.registry, pkg.name, credential, retry),
    plan: (pkg, visible) => planAccess(pkg.name, visible, request),
    adapters: { npm: npmAdapter(config) },
    ...(request.mfa === 'publish' ? { notice: MFA_PUBLISH_NOTICE } : {}),
  };
}
