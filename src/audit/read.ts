import { RegistryRequestError } from '../errors.js';
import { readJson, type RetryOptions } from '../registries/http.js';
import { escapePackageName } from '../registries/npm-names.js';
import type { RegistryId } from '../registries/types.js';
import type { Ownership } from './drift.js';

export interface AuditSources {
  /** npm registry URL with a trailing slash. */
  npmRegistry: string;
  /** Sent as a bearer token when given (private packages). */
  npmToken: string | undefined;
  /** RubyGems host without a trailing slash. */
  rubygemsHost: string;
  /** The retry policy's cap (the `timeout` input), clock and log of long waits. */
  retry?: RetryOptions;
}

interface Packument {
  maintainers?: Array<{ name?: string }>;
  'dist-tags'?: { latest?: string };
  versions?: Record<string, { _npmUser?: { name?: string } }>;
}

/** Who owns a package, from the registry; undefined when the registry does not know the package. */
export async function readOwnership(registry: RegistryId, name: string, sources: AuditSources): Promise<Ownership | undefined> {
  return registry === 'npm' ? readNpm(name, sources) : readGem(name, sources);
}

async function readNpm(name: string, sources: AuditSources): Promise<Ownership | undefined> {
  const headers: Record<string, string> = sources.npmToken ? { authorization: `Bearer ${sources.npmToken}` } : {};
  const { body } = await readJson<Packument>(`${sources.npmRegistry}${escapePackageName(name)}`, headers, sources.retry);
  if (!body) return undefined;
  const owners = (body.maintainers ?? []).flatMap((maintainer) => (maintainer.name ? [maintainer.name] : []));
  const latest = body['dist-tags']?.latest;
  const publisher = latest ? body.versions?.[latest]?._npmUser?.name : undefined;
  return { registry: 'npm', name, owners, latestPublisher: latest && publisher ? { version: latest, name: publisher } : undefined };
}

async function readGem(name: string, sources: AuditSources): Promise<Ownership | undefined> {
  const base = `${sources.rubygemsHost}/api/v1/gems/${encodeURIComponent(name)}`;
  const [gem, owners] = await Promise.all([
    readJson<{ metadata?: Record<string, string> }>(`${base}.json`, {}, sources.retry),
    readJson<Array<{ handle?: string }>>(`${base}/owners.json`, {}, sources.retry),
  ]);
  if (!gem.body) return undefined;
  if (!owners.body) throw new RegistryRequestError(`${base}/owners.json`, 404, 'the gem exists but its owners cannot be read');
  return {
    registry: 'rubygems',
    name,
    owners: owners.body.flatMap((owner) => (owner.handle ? [owner.handle] : [])),
    mfaRequired: gem.body.metadata?.rubygems_mfa_required,
  };
}
