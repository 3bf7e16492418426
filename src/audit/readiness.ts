// Release readiness: what the registries say now that would stop the next release. Pure: each
// check takes what was read and returns findings; the audit mode does the reading.
import type { RegistryId } from '../registries/types.js';
import type { WorkflowFacts } from './workflows.js';

export type Severity = 'fail' | 'warn' | 'ok';

export interface Finding {
  registry: RegistryId | 'runner';
  /** `token`, `account`, `clock`, or a package name. */
  subject: string;
  check: 'token' | 'account-2fa' | 'trusted-publisher' | 'package-2fa' | 'clock';
  severity: Severity;
  detail: string;
  /** What to do about it, when something is to be done. */
  fix?: string;
}

const DAY_MS = 86_400_000;

const RANK: Record<Severity, number> = { fail: 0, warn: 1, ok: 2 };

/** Failures first, then warnings, then what is in order; the registries' order kept within each. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** What npm says about the job's token: whose it is, and its record in the token list (undefined: not listed). */
export interface NpmTokenReading {
  /** `npm whoami`; undefined when the registry refused the token. */
  account: string | undefined;
  /** The token's `expiry` (ISO date; null: never expires), when the token list holds it. */
  expiry: string | null | undefined;
  /** The token list shows it may only read packages. */
  readOnly?: boolean;
}

/** The token: valid, whose, and the days left before it expires (a warning under `warnDays`, a failure at none). */
export function tokenFindings(reading: NpmTokenReading, now: number, warnDays: number): Finding[] {
  const base = { registry: 'npm' as const, subject: 'token', check: 'token' as const };
  if (!reading.account) {
    return [
      {
        ...base,
        severity: 'fail',
        detail: 'npm refuses npm-token: it is expired, revoked or wrong',
        fix: 'create a granular write token on npmjs.com and store it as the npm-token secret',
      },
    ];
  }
  const whose = `npm-token belongs to ${reading.account}`;
  const expiry = expiryFinding(whose, reading.expiry, now, warnDays);
  if (!reading.readOnly) return [expiry];
  const readOnly: Finding = {
    ...base,
    severity: 'fail',
    detail: `${whose} and may only read packages: it cannot publish`,
    fix: 'create a granular token with read and write access to the packages and replace the npm-token secret',
  };
  return [readOnly, expiry];
}

/** The token's expiry: the date and the days left, a warning under `warnDays`, a failure once past. */
function expiryFinding(whose: string, expiry: string | null | undefined, now: number, warnDays: number): Finding {
  const base = { registry: 'npm' as const, subject: 'token', check: 'token' as const };
  if (expiry === undefined) return { ...base, severity: 'ok', detail: `${whose}; npm's token list does not show when it expires` };
  if (expiry === null) return { ...base, severity: 'ok', detail: `${whose} and does not expire` };
  const expires = Date.parse(expiry);
  const days = Math.floor((expires - now) / DAY_MS);
  const date = new Date(expires).toISOString().slice(0, 10);
  const renew = 'create a new granular write token (npm keeps them 90 days at most) and replace the npm-token secret';
  if (expires <= now) return { ...base, severity: 'fail', detail: `${whose} and expired on ${date}`, fix: renew };
  if (days < warnDays) return { ...base, severity: 'warn', detail: `${whose} and expires on ${date}, in ${days} day(s)`, fix: renew };
  return { ...base, severity: 'ok', detail: `${whose} and expires on ${date}, in ${days} day(s)` };
}

/** RubyGems' API key: taken or refused (wrong, revoked or expired); RubyGems says neither when a key expires nor what it may do. */
export function gemKeyFinding(refused: boolean): Finding {
  const base = { registry: 'rubygems' as const, subject: 'token', check: 'token' as const };
  if (!refused) return { ...base, severity: 'ok', detail: "rubygems.org takes rubygems-api-key (it shows neither the key's expiry nor its scopes)" };
  return {
    ...base,
    severity: 'fail',
    detail: 'rubygems.org refuses rubygems-api-key: it is expired, revoked or wrong',
    fix: 'create an API key with the push_rubygem scope on rubygems.org and store it as the rubygems-api-key secret',
  };
}

/** npm's account 2FA, as `npm profile get` shows it (`tfa`), and what a code-gated read answered. */
export interface NpmAccountReading {
  tfa: false | { mode: string; pending?: boolean } | null | undefined;
  /** A read that needs a code asked for a security key instead (the account signs in with security keys only). */
  securityKeyOnly: boolean;
  /** A TOTP secret is given (npm-totp-secret). */
  totp: boolean;
  /** The token bypasses 2FA (`bypass_2fa` in the token list); undefined when the list does not show the token. */
  bypass2fa: boolean | undefined;
}

/** Whether the account's second factor lets the token and the stored secret publish. */
export function accountFindings(reading: NpmAccountReading): Finding[] {
  const base = { registry: 'npm' as const, subject: 'account', check: 'account-2fa' as const };
  if (reading.securityKeyOnly) {
    return [
      {
        ...base,
        severity: 'fail',
        detail: 'the account asks for a security key, not a one-time password: a TOTP secret cannot serve it',
        fix: 'publish through trusted publishing, or with staged publishing and an approval on npmjs.com',
      },
    ];
  }
  if (reading.tfa === undefined) return [{ ...base, severity: 'ok', detail: "npm's profile could not be read with npm-token" }];
  const tfa = reading.tfa || undefined;
  if (tfa?.pending) return [{ ...base, severity: 'warn', detail: 'two-factor authentication is being set up (pending)' }];
  if (tfa?.mode === 'auth-only') return [{ ...base, severity: 'ok', detail: 'two-factor authentication for sign-in only: writes need no code' }];
  if (tfa && reading.totp) return [{ ...base, severity: 'ok', detail: 'two-factor authentication on sign-in and writes; npm-totp-secret makes the codes' }];
  return [
    withoutCodes(
      tfa ? 'two-factor authentication on sign-in and writes, and npm-totp-secret is empty' : 'the account has no two-factor authentication',
      reading.bypass2fa,
    ),
  ];
}

/** An account whose publishes get no code from the action: only a token that bypasses 2FA publishes (npm refuses the others). */
function withoutCodes(situation: string, bypass2fa: boolean | undefined): Finding {
  const base = { registry: 'npm' as const, subject: 'account', check: 'account-2fa' as const };
  const fix = 'publish through trusted publishing, or with a granular token that bypasses 2FA';
  if (bypass2fa) return { ...base, severity: 'ok', detail: `${situation}; npm-token bypasses 2FA, so it publishes without codes` };
  if (bypass2fa === false) return { ...base, severity: 'fail', detail: `${situation}, and npm-token does not bypass 2FA: npm refuses its publishes`, fix };
  return { ...base, severity: 'warn', detail: `${situation}: npm refuses publishes unless the token bypasses 2FA, which its token list does not show`, fix };
}

/** The repository being released and the workflow files of its checkout (`release.yml`), with what each says (undefined: unreadable). */
export interface Checkout {
  repository: string | undefined;
  workflows: ReadonlyMap<string, WorkflowFacts | undefined>;
}

/** A trusted publisher of a package, as `npm trust list` or RubyGems' API shows it. */
export interface TrustedPublisher {
  repository: string;
  /** The workflow file name (`release.yml`). */
  workflow: string;
  environment?: string;
  /** npm: it may also stage (`createStagedPackage`). */
  stage?: boolean;
}

/**
 * The package's trusted publishers against this repository and the workflow files in its
 * checkout: one that names another repository, a workflow file that is not there, a workflow none
 * of whose jobs may mint an ID token, or an environment none of its jobs runs in, will not match
 * the next release's ID token.
 */
export function publisherFindings(registry: RegistryId, name: string, publishers: TrustedPublisher[], checkout: Checkout): Finding[] {
  const base = { registry, subject: name, check: 'trusted-publisher' as const };
  if (!publishers.length) return [{ ...base, severity: 'ok', detail: 'no trusted publisher: releases use the token' }];
  const [publisher] = matchingPublishers(publishers, checkout);
  if (!publisher) {
    const why = publishers.map((each) => `${each.repository}, ${each.workflow}: ${publisherMismatch(each, checkout)}`).join('; ');
    return [
      {
        ...base,
        severity: 'warn',
        detail: `no trusted publisher matches the next release of ${checkout.repository ?? 'this repository'}: ${why}`,
        fix: 'make the trusted publisher on the registry and the release workflow name the same repository, workflow file and environment, and give the release job `permissions: id-token: write`',
      },
    ];
  }
  const stage = publisher.stage === undefined ? '' : publisher.stage ? '; it may stage' : '; it may not stage';
  const environment = publisher.environment ? `, environment ${publisher.environment}` : '';
  return [{ ...base, severity: 'ok', detail: `trusted publisher ${publisher.repository}, ${publisher.workflow}${environment}${stage}` }];
}

/** The publishers that the next release's ID token will match. */
export function matchingPublishers(publishers: TrustedPublisher[], checkout: Checkout): TrustedPublisher[] {
  return publishers.filter((publisher) => publisherMismatch(publisher, checkout) === undefined);
}

/** Why a publisher will not match the next release's ID token; undefined when it will (as far as the checkout tells). */
function publisherMismatch(publisher: TrustedPublisher, { repository, workflows }: Checkout): string | undefined {
  if (publisher.repository.toLowerCase() !== repository?.toLowerCase()) return 'another repository';
  if (!workflows.has(publisher.workflow)) return 'no such file in .github/workflows';
  const facts = workflows.get(publisher.workflow);
  if (!facts) return undefined;
  if (!facts.idToken) return 'no job of it may mint an ID token (`id-token: write`)';
  const environment = publisher.environment?.toLowerCase();
  if (environment && facts.environments && ![...facts.environments].some((name) => name.toLowerCase() === environment)) {
    return `no job of it runs in environment ${publisher.environment}`;
  }
  return undefined;
}

/** The runner's clock against the registry's (from its Date headers): codes are made for the registry's time, but a far-off clock is worth fixing. */
export function clockFinding(registry: RegistryId, skewMs: number | undefined): Finding {
  const base = { registry, subject: 'clock', check: 'clock' as const };
  if (skewMs === undefined) return { ...base, severity: 'ok', detail: "the runner's clock agrees with the registry's within what its Date headers can tell" };
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  return {
    ...base,
    severity: 'warn',
    detail: `the runner's clock is ${seconds} s ${skewMs > 0 ? 'behind' : 'ahead of'} the registry's (codes are made for the registry's time)`,
    fix: "fix the runner's clock (NTP)",
  };
}

/**
 * npm offers no read of a package's publishing 2FA setting: what the audit can say about it. Under
 * "Require 2FA and disallow tokens" the token path cannot publish the package; only a trusted
 * publisher (or staging, approved on npmjs.com) can.
 */
export function packageTwoFactorFinding(name: string, trusted: boolean): Finding {
  const unread = "npm offers no read of the package's 2FA setting";
  const base = { registry: 'npm' as const, subject: name, check: 'package-2fa' as const, severity: 'ok' as const };
  if (trusted) {
    return { ...base, detail: `${unread}; were it "Require 2FA and disallow tokens", a trusted publisher of this workflow could still publish it` };
  }
  return {
    ...base,
    detail: `${unread}; were it "Require 2FA and disallow tokens", the token path could not publish it, and no trusted publisher matches this workflow`,
    fix: "add a trusted publisher for this repository and workflow on npmjs.com (npm trust github) and publish with 'auth: oidc', or stage ('stage: true') and approve on npmjs.com",
  };
}
