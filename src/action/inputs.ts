import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { InputError } from '../errors.js';
import { parseExpectedOwners, type ExpectedOwners } from '../audit/expected.js';
import { parseTotpSecret, type TotpSpec } from '../otp/secret.js';
import type { PublishConfig } from '../modes/config.js';
import { parseStageIds, type StageRef } from '../modes/decide.js';
import type { DistTagRequests } from '../modes/dist-tags.js';
import { type AccessRequest, type DeprecationRequest, parseDeprecations } from '../plan/admin.js';
import { parseTagRemovals, parseTagRequests } from '../plan/dist-tags.js';
import { MFA_SETTINGS } from '../registries/npm-admin.js';
import { withSlash } from '../registries/npm-names.js';
import { PROVENANCE_MODES, type SigstoreEndpoints } from '../registries/npm-provenance.js';

/** Every input name, in one place (they match action.yml). */
export const INPUT = {
  mode: 'mode',
  packages: 'packages',
  npmToken: 'npm-token',
  npmTotpSecret: 'npm-totp-secret',
  npmRegistry: 'npm-registry',
  tag: 'tag',
  access: 'access',
  provenance: 'provenance',
  dryRun: 'dry-run',
  stage: 'stage',
  stageIds: 'stage-ids',
  otpMinRemaining: 'otp-min-remaining',
  rubygemsApiKey: 'rubygems-api-key',
  rubygemsTotpSecret: 'rubygems-totp-secret',
  rubygemsHost: 'rubygems-host',
  workspaces: 'workspaces',
  concurrency: 'concurrency',
  failFast: 'fail-fast',
  checkTag: 'check-tag',
  command: 'command',
  owners: 'owners',
  githubToken: 'github-token',
  auditIssue: 'audit-issue',
  failOnDrift: 'fail-on-drift',
  timeout: 'timeout',
  auth: 'auth',
  distTags: 'dist-tags',
  removeDistTags: 'remove-dist-tags',
  removeOwners: 'remove-owners',
  deprecate: 'deprecate',
  undeprecate: 'undeprecate',
  mfa: 'mfa',
  tokenWarningDays: 'token-warning-days',
} as const;

/** Packages published at once by default: chosen under the benchmark's latency profile (docs/benchmarks.md). */
export const DEFAULT_CONCURRENCY = 8;

const AUTH_MODES = ['auto', 'oidc', 'token'] as const;

export const MODES = ['publish', 'run', 'audit', 'approve', 'reject', 'dist-tags', 'owners', 'deprecate', 'access'] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  mode: Mode;
  publish: PublishConfig;
  /** `mode: run`: the publish command to run with fresh codes. */
  command: string | undefined;
  /** `mode: approve` / `reject`: the stage ids given (undefined: the checkout's staged versions). */
  stageIds: StageRef[] | undefined;
  /** `mode: dist-tags`: the tags to set and remove. */
  distTags: DistTagRequests;
  /** `mode: owners`: remove the owners `owners` does not list. */
  removeOwners: boolean;
  /** `mode: deprecate`: the ranges to deprecate (with their messages) and to un-deprecate. */
  deprecations: DeprecationRequest[];
  /** `mode: access`: the status (from `access`) and the 2FA setting (`mfa`) to set. */
  accessChange: AccessRequest;
  audit: AuditInputs;
}

export interface AuditInputs {
  expected: ExpectedOwners;
  githubToken: string | undefined;
  /** Keep a GitHub issue in step with the drift. */
  issue: boolean;
  failOnDrift: boolean;
  /** Warn when the npm token expires in fewer days than this. */
  warnDays: number;
  /** GITHUB_API_URL, GITHUB_REPOSITORY and the run's URL, for the issue. */
  apiUrl: string;
  repository: string | undefined;
  runUrl: string | undefined;
}

/**
 * Sigstore's services for provenance: the public instance, unless a test points them at local
 * doubles with OTP_PUBLISH_TEST_FULCIO_URL, OTP_PUBLISH_TEST_REKOR_URL and OTP_PUBLISH_TEST_TSA_URL
 * (environment only, never an input).
 */
function sigstoreForTests(env: NodeJS.ProcessEnv): SigstoreEndpoints | undefined {
  const endpoints: SigstoreEndpoints = {
    ...(env.OTP_PUBLISH_TEST_FULCIO_URL ? { fulcioURL: env.OTP_PUBLISH_TEST_FULCIO_URL } : {}),
    ...(env.OTP_PUBLISH_TEST_REKOR_URL ? { rekorURL: env.OTP_PUBLISH_TEST_REKOR_URL } : {}),
    ...(env.OTP_PUBLISH_TEST_TSA_URL ? { tsaServerURL: env.OTP_PUBLISH_TEST_TSA_URL } : {}),
  };
  return Object.keys(endpoints).length ? endpoints : undefined;
}

/**
 * Reads and validates every input. Secrets are masked before anything else is printed, in every
 * form derived from them. Throws InputError naming the input; never echoes a secret.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const secrets = {
    npmToken: secretInput(INPUT.npmToken),
    githubToken: secretInput(INPUT.githubToken),
    npmTotp: totpInput(INPUT.npmTotpSecret),
    gemKey: secretInput(INPUT.rubygemsApiKey),
    gemTotp: totpInput(INPUT.rubygemsTotpSecret),
  };
  const mode = oneOf(INPUT.mode, MODES, 'publish');
  requirePair(INPUT.npmTotpSecret, secrets.npmTotp, INPUT.npmToken, secrets.npmToken);
  requirePair(INPUT.rubygemsTotpSecret, secrets.gemTotp, INPUT.rubygemsApiKey, secrets.gemKey);
  const { command, stageIds } = modeInputs(mode);
  return {
    mode,
    command,
    stageIds,
    ...settingsInputs(mode),
    audit: auditInputs(mode, secrets.githubToken, env),
    publish: publishInputs(secrets, env),
  };
}

/** The inputs that belong to one mode only: each refused with another. */
function modeInputs(mode: Mode): Pick<ActionInputs, 'command' | 'stageIds'> {
  const command = optional(INPUT.command);
  if (mode === 'run' && !command) throw new InputError(INPUT.command, "is empty; 'mode: run' needs the publish command to run");
  if (mode !== 'run' && command) throw new InputError(INPUT.command, `is only used with 'mode: run' (mode is '${mode}')`);
  const stageIds = parseStageIds(core.getInput(INPUT.stageIds), INPUT.stageIds);
  if (stageIds && mode !== 'approve' && mode !== 'reject') {
    throw new InputError(INPUT.stageIds, `is only used with 'mode: approve' or 'mode: reject' (mode is '${mode}')`);
  }
  if (booleanInput(INPUT.stage) && mode !== 'publish') throw new InputError(INPUT.stage, `is only used with 'mode: publish' (mode is '${mode}')`);
  return { command, stageIds };
}

/** The inputs of the modes that change package settings, each refused with another mode. */
function settingsInputs(mode: Mode): Pick<ActionInputs, 'distTags' | 'removeOwners' | 'deprecations' | 'accessChange'> {
  const modeOf: Record<string, Mode> = {
    [INPUT.distTags]: 'dist-tags',
    [INPUT.removeDistTags]: 'dist-tags',
    [INPUT.deprecate]: 'deprecate',
    [INPUT.undeprecate]: 'deprecate',
    [INPUT.mfa]: 'access',
  };
  for (const [name, of] of Object.entries(modeOf)) {
    if (mode !== of && core.getInput(name)) throw new InputError(name, `is only used with 'mode: ${of}' (mode is '${mode}')`);
  }
  if (mode !== 'owners' && booleanInput(INPUT.removeOwners)) throw new InputError(INPUT.removeOwners, `is only used with 'mode: owners' (mode is '${mode}')`);
  const distTags = {
    set: parseTagRequests(listInput(INPUT.distTags), INPUT.distTags),
    remove: parseTagRemovals(listInput(INPUT.removeDistTags), INPUT.removeDistTags),
  };
  if (mode === 'dist-tags' && !distTags.set.length && !distTags.remove.length) {
    throw new InputError(INPUT.distTags, "is empty, and so is remove-dist-tags; 'mode: dist-tags' needs a tag to set or remove, e.g. 'latest: next'");
  }
  const deprecations = parseDeprecations(listInput(INPUT.deprecate), listInput(INPUT.undeprecate));
  if (mode === 'deprecate' && !deprecations.length) {
    throw new InputError(INPUT.deprecate, "is empty, and so is undeprecate; 'mode: deprecate' needs a range and a message, e.g. '<2.0.0: use 2.x'");
  }
  const access = optional(INPUT.access);
  const mfa = optional(INPUT.mfa) === undefined ? undefined : oneOf(INPUT.mfa, MFA_SETTINGS, 'none');
  if (mode === 'access' && !access && !mfa)
    throw new InputError(INPUT.mfa, "is empty, and so is access; 'mode: access' needs one of them, e.g. 'mfa: publish'");
  const accessChange: AccessRequest = { ...(access ? { status: access === 'public' ? 'public' : 'private' } : {}), ...(mfa ? { mfa } : {}) };
  return { distTags, removeOwners: booleanInput(INPUT.removeOwners), deprecations, accessChange };
}

function auditInputs(mode: Mode, githubToken: string | undefined, env: NodeJS.ProcessEnv): AuditInputs {
  const owners = listInput(INPUT.owners);
  if ((mode === 'audit' || mode === 'owners') && !owners.length) {
    throw new InputError(INPUT.owners, `is empty; 'mode: ${mode}' needs the expected owners, e.g. 'npm: alice, bob'`);
  }
  const audit: AuditInputs = {
    expected: parseExpectedOwners(owners, INPUT.owners),
    githubToken,
    issue: booleanInput(INPUT.auditIssue),
    failOnDrift: booleanInput(INPUT.failOnDrift),
    warnDays: countInput(INPUT.tokenWarningDays, 14, 0, 90),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY || undefined,
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
  };
  if (mode === 'audit' && audit.issue && !githubToken) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression to write, not a template
    throw new InputError(INPUT.githubToken, "is empty, but audit-issue is true; pass ${{ github.token }} (with 'issues: write') or set audit-issue: false");
  }
  if (mode === 'audit' && audit.issue && !audit.repository?.includes('/')) {
    throw new InputError(INPUT.auditIssue, 'is true, but GITHUB_REPOSITORY is not set to owner/repo');
  }
  return audit;
}

interface Secrets {
  npmToken: string | undefined;
  npmTotp: TotpSpec | undefined;
  gemKey: string | undefined;
  gemTotp: TotpSpec | undefined;
}

function publishInputs({ npmToken, npmTotp, gemKey, gemTotp }: Secrets, env: NodeJS.ProcessEnv): PublishConfig {
  const access = optional(INPUT.access);
  if (access !== undefined && access !== 'public' && access !== 'restricted') {
    throw new InputError(INPUT.access, `is '${access}'; expected 'public', 'restricted' or empty`);
  }
  const packages = listInput(INPUT.packages);
  return {
    packages: packages.length ? packages : ['.'],
    root: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    npm: {
      registry: registryInput(INPUT.npmRegistry, 'https://registry.npmjs.org/'),
      token: npmToken,
      totp: npmTotp,
      tag: optional(INPUT.tag),
      access,
      provenance: oneOf(INPUT.provenance, PROVENANCE_MODES, 'auto'),
      stage: booleanInput(INPUT.stage),
      sigstore: sigstoreForTests(env),
    },
    rubygems: {
      host: registryInput(INPUT.rubygemsHost, 'https://rubygems.org').replace(/\/+$/, ''),
      apiKey: gemKey,
      totp: gemTotp,
    },
    workspaces: booleanInput(INPUT.workspaces),
    concurrency: countInput(INPUT.concurrency, DEFAULT_CONCURRENCY, 1, 32),
    failFast: booleanInput(INPUT.failFast),
    timeoutSec: countInput(INPUT.timeout, 600, 5, 3600),
    checkTag: booleanInput(INPUT.checkTag),
    ref: env.GITHUB_REF || undefined,
    auth: oneOf(INPUT.auth, AUTH_MODES, 'auto'),
    dryRun: booleanInput(INPUT.dryRun),
    ...minRemainingInput(INPUT.otpMinRemaining, [npmTotp, gemTotp]),
    env,
  };
}

/** A multi-line input's lines, trimmed, without blank lines and `#` comments. */
function listInput(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** A TOTP secret is only used together with the token or key of the same registry. */
function requirePair(secretName: string, totp: TotpSpec | undefined, tokenName: string, token: string | undefined): void {
  if (totp && !token) {
    throw new InputError(secretName, `is set but '${tokenName}' is empty; a TOTP secret is only used together with it`);
  }
}

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

/** Masks the value as given (untrimmed) before validating it; a token holds no whitespace. */
function secretInput(name: string): string | undefined {
  const raw = core.getInput(name, { trimWhitespace: false });
  if (!raw) return undefined;
  core.setSecret(raw);
  if (!raw.trim()) throw new InputError(name, 'holds only whitespace; expected a token');
  if (/\s/.test(raw)) {
    throw new InputError(name, 'contains whitespace or a line break (often a trailing newline from copying); store the token without it');
  }
  return raw;
}

function totpInput(name: string): TotpSpec | undefined {
  const raw = core.getInput(name, { trimWhitespace: false });
  if (!raw) return undefined;
  core.setSecret(raw);
  const parsed = parseTotpSecret(raw, name);
  for (const form of parsed.forms) if (form !== raw) core.setSecret(form);
  return parsed.spec;
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name);
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(name, `is '${value}'; expected true or false`);
}

function registryInput(name: string, fallback: string): string {
  const value = optional(name) ?? fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(name, `is '${value}'; expected an http(s) URL such as ${fallback}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(name, `is '${value}'; expected an http(s) URL such as ${fallback}`);
  }
  if (url.username || url.password || url.search) {
    throw new InputError(name, 'must not carry credentials or a query; pass the token in its own input');
  }
  return withSlash(url.toString());
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = optional(name)?.toLowerCase() ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(name, `is '${value}'; expected one of: ${allowed.join(', ')}`);
  return value as T;
}

function countInput(name: string, fallback: number, min: number, max: number): number {
  const value = optional(name) ?? String(fallback);
  const count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(count >= min && count <= max)) throw new InputError(name, `is '${value}'; expected a whole number from ${min} to ${max}`);
  return count;
}

/** `auto` (the default): 5 s until the registry's answers are timed, then from them; a number: that many seconds, always. */
function minRemainingInput(name: string, secrets: Array<TotpSpec | undefined>): { otpMinRemainingSec: number; otpGuardAdaptive: boolean } {
  const value = core.getInput(name) || 'auto';
  if (value === 'auto') return { otpMinRemainingSec: 5, otpGuardAdaptive: true };
  if (!/^\d+$/.test(value)) throw new InputError(name, `is '${value}'; expected 'auto' or a whole number of seconds`);
  const seconds = Number(value);
  const periods = secrets.flatMap((spec) => (spec ? [spec.period] : []));
  const period = periods.length ? Math.min(...periods) : 30;
  if (seconds >= period) {
    throw new InputError(name, `is ${seconds}; expected fewer seconds than the ${period} s window of the TOTP secret`);
  }
  return { otpMinRemainingSec: seconds, otpGuardAdaptive: false };
}
