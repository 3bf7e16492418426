// The configuration and services every mode shares: the inputs as one typed object, the
// logger, clock and scratch-directory hook, discovery and the credential chooser.
import type { Clock } from '../clock.js';
import { CredentialChooser, type AuthMode, type ChooserOptions } from '../credentials/choose.js';
import { oidcFromEnv } from '../credentials/oidc.js';
import type { Logger } from '../logger.js';
import type { TotpSpec } from '../otp/secret.js';
import { discoverTargets } from '../plan/discover.js';
import type { ProvenanceMode, SigstoreEndpoints } from '../registries/npm-provenance.js';
import { parsePackageRef } from '../audit/expected.js';
import type { PackageTarget, RegistryId } from '../registries/types.js';

export interface PublishConfig {
  /** Paths from the `packages` input, relative to `root`. */
  packages: string[];
  root: string;
  /** Where the run's temporary files go (the runner's RUNNER_TEMP). */
  runnerTemp: string;
  npm: {
    registry: string;
    token: string | undefined;
    totp: TotpSpec | undefined;
    tag: string | undefined;
    access: 'public' | 'restricted' | undefined;
    provenance: ProvenanceMode;
    /** npm's staged publishing: stage every npm package (no code sent) instead of releasing it. */
    stage: boolean;
    /** Sigstore's services; set only by tests (the public instance otherwise). */
    sigstore?: SigstoreEndpoints;
  };
  rubygems: {
    /** Without a trailing slash. */
    host: string;
    apiKey: string | undefined;
    totp: TotpSpec | undefined;
  };
  /** Also publish every workspace package of the repository (npm, pnpm or yarn workspaces). */
  workspaces: boolean;
  concurrency: number;
  failFast: boolean;
  /** Longest one publish command (npm publish, gem push) may run before it is stopped. */
  timeoutSec: number;
  /** Compare versions with the release tag in `ref` (GITHUB_REF). */
  checkTag: boolean;
  ref: string | undefined;
  /** Trusted publishing (OIDC) first (`auto`), only (`oidc`), or never (`token`). */
  auth: AuthMode;
  dryRun: boolean;
  otpMinRemainingSec: number;
  /** `otp-min-remaining: auto`: the guard follows the registry's measured answer times (from otpMinRemainingSec until one is timed). */
  otpGuardAdaptive: boolean;
  /** Environment the registry clients start from (stripped of credentials they could pick on their own). */
  env: NodeJS.ProcessEnv;
}

export interface ModeDeps {
  logger: Logger;
  clock: Clock;
  /** Told the temporary directory as soon as it exists, so a post step can remove it if this process dies. */
  onScratch(path: string): void;
}

/**
 * Every package that `paths` (and `workspaces`) name, read from its manifest. With `packDir`, npm
 * packages get the manifest they are published with (a pnpm repository's are packed there by pnpm).
 */
export function discover(paths: string[], config: PublishConfig, logger: Logger, packDir?: string): Promise<PackageTarget[]> {
  return discoverTargets(paths, {
    publishManifests: packDir !== undefined,
    ...(packDir ? { pack: { dir: packDir, timeoutMs: config.timeoutSec * 1000 } } : {}),
    ...(config.npm.tag ? { npmTag: config.npm.tag } : {}),
    root: config.root,
    workspaces: config.workspaces,
    npmRegistry: config.npm.registry,
    rubygemsHost: config.rubygems.host,
    env: config.env,
    logger,
  });
}

/** The run's credential chooser, from the inputs; `mode: run` overrides what does not apply to it. */
export function credentialChooser(config: PublishConfig, deps: ModeDeps, overrides: Partial<ChooserOptions> = {}): CredentialChooser {
  return new CredentialChooser({
    credentials: {
      npm: { token: config.npm.token, totp: config.npm.totp },
      rubygems: { token: config.rubygems.apiKey, totp: config.rubygems.totp },
    },
    dryRun: config.dryRun,
    minRemainingSec: config.otpMinRemainingSec,
    adaptiveGuard: config.otpGuardAdaptive,
    clock: deps.clock,
    logger: deps.logger,
    auth: config.auth,
    oidc: oidcFromEnv(config.env),
    npmRegistry: config.npm.registry,
    rubygemsHost: config.rubygems.host,
    retryCapMs: config.timeoutSec * 1000,
    stage: config.npm.stage,
    ...overrides,
  });
}

/** A package as the modes that change or read its registry settings name it; `version`: the checkout's, when read from a manifest. */
export interface NamedPackage {
  registry: RegistryId;
  name: string;
  version: string | undefined;
}

/**
 * The packages `packages` names: `npm:NAME` / `rubygems:NAME` lines as given; paths, globs and
 * workspaces read from their manifests (names and versions only, no publish manifests), private
 * ones left out. Each package once.
 */
export async function packagesNamed(config: PublishConfig, deps: Pick<ModeDeps, 'logger'>): Promise<NamedPackage[]> {
  const refs = config.packages.map(parsePackageRef);
  const named = refs.flatMap((ref) => (ref ? [{ ...ref, version: undefined }] : []));
  const paths = config.packages.filter((_, index) => refs[index] === undefined);
  const found = paths.length || config.workspaces ? await discover(paths, config, deps.logger) : [];
  const all = [...named, ...found.filter((target) => !target.private).map(({ registry, name, version }) => ({ registry, name, version }))];
  const seen = new Set<string>();
  return all.filter(({ registry, name }) => !seen.has(`${registry}:${name}`) && seen.add(`${registry}:${name}`));
}
