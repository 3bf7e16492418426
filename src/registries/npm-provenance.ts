import type { Credential } from '../credentials/credential.js';
import { ProvenanceError } from '../errors.js';
import type { PackageTarget } from './types.js';

/** The `provenance` input: as npm's CLI under trusted publishing (`auto`), always (`true`), never (`false`). */
export type ProvenanceMode = 'auto' | 'true' | 'false';
export const PROVENANCE_MODES: readonly ProvenanceMode[] = ['auto', 'true', 'false'];

/** Sigstore's services; the public instance unless tests point them elsewhere. */
export interface SigstoreEndpoints {
  fulcioURL?: string;
  rekorURL?: string;
  tsaServerURL?: string;
}

/** What the provenance decision reads about the job and the package. */
export interface ProvenanceContext {
  mode: ProvenanceMode;
  credential: Credential;
  /** The `access` input (`publishConfig.access` is read from the manifest). */
  access: 'public' | 'restricted' | undefined;
  /** The runner's environment (GITHUB_ACTIONS, GITHUB_REPOSITORY, ACTIONS_ID_TOKEN_REQUEST_*). */
  env: NodeJS.ProcessEnv;
  /** Claims of the job's ID token, when the job can mint one; read lazily, only when needed. */
  claims: () => Promise<Record<string, unknown>>;
  /** Whether the registry lists the package as public (`GET /-/package/<name>/visibility`). */
  registrySaysPublic: () => Promise<boolean>;
}

/** Provenance for this package or not, and why (shown in its log). */
export interface ProvenanceDecision {
  provenance: boolean;
  reason: string;
}

/**
 * Whether a package is published with provenance. `auto` does what npm's CLI does after a
 * trusted-publishing exchange: provenance when the credential is OIDC, the ID token's
 * `repository_visibility` is `public` and the package is public (`access: public` or the
 * registry says so). An explicit `publishConfig.provenance` wins over `auto`. Provenance that is
 * asked for (`true`, or the package's own setting) and cannot be made throws ProvenanceError
 * before anything is uploaded.
 */
export async function decideProvenance(target: PackageTarget, context: ProvenanceContext): Promise<ProvenanceDecision> {
  const manifest = manifestOf(target);
  const { asked, source } = askedFor(manifest, context.mode);
  if (asked === 'never') return { provenance: false, reason: source };
  if (asked === 'auto') return autoDecision(target, manifest, context);
  await requireProvenance(target, manifest, context, source);
  return { provenance: true, reason: source };
}

const MODE_MEANING: Record<ProvenanceMode, 'auto' | 'required' | 'never'> = { auto: 'auto', true: 'required', false: 'never' };

function manifestOf(target: PackageTarget): Readonly<Record<string, unknown>> {
  return target.publishManifest?.manifest ?? target.manifest ?? {};
}

/** What the `provenance` input and the package's publishConfig ask for, and which of them said it. */
function askedFor(manifest: Readonly<Record<string, unknown>>, mode: ProvenanceMode): { asked: 'auto' | 'required' | 'never'; source: string } {
  const own = (manifest.publishConfig as { provenance?: unknown } | undefined)?.provenance;
  if (mode === 'auto' && typeof own === 'boolean') return { asked: own ? 'required' : 'never', source: `publishConfig.provenance: ${own}` };
  return { asked: MODE_MEANING[mode], source: `provenance: ${mode}` };
}

/**
 * Whether a package published with a token is signed: only when provenance is required (by the
 * input or its publishConfig); under `auto` only trusted publishing signs (decideProvenance).
 */
export function signsWithToken(target: PackageTarget, mode: ProvenanceMode): boolean {
  return askedFor(manifestOf(target), mode).asked === 'required';
}

async function autoDecision(target: PackageTarget, manifest: Readonly<Record<string, unknown>>, context: ProvenanceContext): Promise<ProvenanceDecision> {
  if (context.credential.auth !== 'oidc') return { provenance: false, reason: 'provenance: auto, and the package is not published through trusted publishing' };
  if (context.env.GITHUB_ACTIONS !== 'true') return { provenance: false, reason: 'provenance: auto, and this is not GitHub Actions' };
  const claims = await context.claims();
  if (claims.repository_visibility !== 'public') {
    return { provenance: false, reason: `provenance: auto, and the repository is ${String(claims.repository_visibility ?? 'not known to be public')}` };
  }
  if (!(await isPublic(manifest, context)))
    return { provenance: false, reason: 'provenance: auto, and the package is not public (set access: public to sign it)' };
  await requireProvenance(target, manifest, context, 'provenance: auto');
  return { provenance: true, reason: 'provenance: auto: trusted publishing from a public repository' };
}

async function isPublic(manifest: Readonly<Record<string, unknown>>, context: ProvenanceContext): Promise<boolean> {
  const access = context.access ?? (manifest.publishConfig as { access?: string } | undefined)?.access;
  if (access === 'public') return true;
  return context.registrySaysPublic();
}

/** Every condition npm and the registry put on provenance, checked before the upload. */
async function requireProvenance(
  target: PackageTarget,
  manifest: Readonly<Record<string, unknown>>,
  context: ProvenanceContext,
  source: string,
): Promise<void> {
  const fail = (why: string) => {
    throw new ProvenanceError(target.name, target.version, source, why);
  };
  const { env } = context;
  if (env.GITHUB_ACTIONS !== 'true') fail('provenance is signed with the GitHub Actions ID token, and this job is not on GitHub Actions');
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) fail("the job cannot mint ID tokens: add 'permissions: id-token: write'");
  const claims = await context.claims();
  if (claims.repository_visibility !== 'public')
    fail(
      `npm accepts provenance only from public repositories, and ${String(claims.repository ?? 'this repository')} is ${String(claims.repository_visibility ?? 'not public')}`,
    );
  if (!(await isPublic(manifest, context)))
    fail('the package is new or private on the registry: set access: public (or publishConfig.access) to publish it publicly with provenance');
  const expected = `https://github.com/${env.GITHUB_REPOSITORY ?? ''}`;
  const actual = repositoryUrl(manifest.repository);
  if (!actual) fail(`package.json has no "repository"; npm rejects provenance unless repository.url is ${expected}`);
  if (actual && normalizeRepository(actual) !== normalizeRepository(expected))
    fail(`package.json "repository.url" is ${actual}, but npm rejects provenance unless it matches ${expected}`);
}

function repositoryUrl(repository: unknown): string | undefined {
  if (typeof repository === 'string') return repository || undefined;
  if (repository && typeof repository === 'object') {
    const url = (repository as { url?: unknown }).url;
    return typeof url === 'string' && url ? url : undefined;
  }
  return undefined;
}

/** `git+https://github.com/O/R.git`, `git://github.com/O/R`, `github:O/R` and `O/R` all name https://github.com/o/r. */
export function normalizeRepository(url: string): string {
  const text = url.trim();
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(text);
  if (shorthand) return `https://github.com/${shorthand[1]!.toLowerCase()}`;
  return text
    .replace(/^git\+/, '')
    .replace(/^(?:git|ssh|http):\/\//, 'https://')
    .replace(/^https:\/\/[^@/]+@/, 'https://')
    .replace(/^git@github\.com:/, 'https://github.com/')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}
