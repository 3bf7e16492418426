import { describe, expect, it } from 'vitest';
import {
  type Checkout,
  type NpmAccountReading,
  type TrustedPublisher,
  accountFindings,
  bySeverity,
  gemKeyFinding,
  clockFinding,
  packageTwoFactorFinding,
  publisherFindings,
  tokenFindings,
} from '../../src/audit/readiness.js';
import { workflowFacts } from '../../src/audit/workflows.js';
import { tokenMayOnlyRead } from '../../src/registries/npm-account.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const days = (n: number) => new Date(NOW + n * 86_400_000).toISOString();

describe('tokenFindings', () => {
  it('warns with the date under the threshold, fails once expired, says whose the token is', () => {
    expect(tokenFindings({ account: 'alice', expiry: days(5.5) }, NOW, 14)).toEqual([
      {
        registry: 'npm',
        subject: 'token',
        check: 'token',
        severity: 'warn',
        detail: 'npm-token belongs to alice and expires on 2026-12-13, in 5 day(s)',
        fix: expect.stringContaining('replace the npm-token secret'),
      },
    ]);
    expect(tokenFindings({ account: 'alice', expiry: days(30) }, NOW, 14)[0]).toMatchObject({ severity: 'ok' });
    expect(tokenFindings({ account: 'alice', expiry: days(-1) }, NOW, 14)[0]).toMatchObject({
      severity: 'fail',
      detail: 'npm-token belongs to alice and expired on 2026-12-06',
    });
    expect(tokenFindings({ account: 'alice', expiry: days(5) }, NOW, 0)[0]!.severity).toBe('ok');
  });

  it('fails a token npm refuses; a token without an expiry, or not in the list, is fine and says so', () => {
    expect(tokenFindings({ account: undefined, expiry: undefined }, NOW, 14)[0]).toMatchObject({
      severity: 'fail',
      detail: expect.stringContaining('npm refuses npm-token'),
    });
    expect(tokenFindings({ account: 'alice', expiry: null }, NOW, 14)[0]!.detail).toBe('npm-token belongs to alice and does not expire');
    expect(tokenFindings({ account: 'alice', expiry: undefined }, NOW, 14)[0]!.detail).toContain('does not show when it expires');
  });
});

describe('a token that may only read', () => {
  it('fails, whatever its expiry, and the expiry is still said', () => {
    const findings = tokenFindings({ account: 'alice', expiry: days(60), readOnly: true }, NOW, 14);
    expect(findings.map((f) => [f.severity, f.detail])).toEqual([
      ['fail', 'npm-token belongs to alice and may only read packages: it cannot publish'],
      ['ok', 'npm-token belongs to alice and expires on 2027-02-05, in 60 day(s)'],
    ]);
  });

  it('is read from the token list: a classic read-only token, or a granular one without package write', () => {
    expect(tokenMayOnlyRead({ readonly: true })).toBe(true);
    expect(tokenMayOnlyRead({ readonly: false })).toBe(false);
    expect(tokenMayOnlyRead({ permissions: [{ name: 'package', action: 'read' }] })).toBe(true);
    expect(tokenMayOnlyRead({ permissions: [{ name: 'package', action: 'write' }] })).toBe(false);
    expect(tokenMayOnlyRead({ permissions: [{ name: 'org', action: 'read' }] })).toBe(false);
    expect(tokenMayOnlyRead({})).toBe(false);
  });
});

describe('accountFindings', () => {
  it('fails an account that signs in with security keys only: a TOTP secret cannot serve it', () => {
    expect(accountFindings({ tfa: { mode: 'auth-and-writes' }, securityKeyOnly: true, totp: true, bypass2fa: false })[0]).toMatchObject({
      severity: 'fail',
      fix: expect.stringContaining('trusted publishing'),
    });
  });

  it('reads the profile: auth-only needs no code, auth-and-writes needs the secret or a token that bypasses 2FA', () => {
    const read = (tfa: NpmAccountReading['tfa'], totp: boolean, bypass2fa?: boolean) => accountFindings({ tfa, securityKeyOnly: false, totp, bypass2fa })[0]!;
    const writes = { mode: 'auth-and-writes' };
    expect(read({ mode: 'auth-only' }, false).severity).toBe('ok');
    expect(read(writes, true, false)).toMatchObject({ severity: 'ok', detail: expect.stringContaining('npm-totp-secret makes the codes') });
    expect(read(writes, false, true)).toMatchObject({
      severity: 'ok',
      detail: expect.stringContaining('npm-token bypasses 2FA, so it publishes without codes'),
    });
    expect(read(writes, false, false)).toMatchObject({
      severity: 'fail',
      detail: 'two-factor authentication on sign-in and writes, and npm-totp-secret is empty, and npm-token does not bypass 2FA: npm refuses its publishes',
    });
    expect(read(writes, false, undefined)).toMatchObject({ severity: 'warn', detail: expect.stringContaining('npm-totp-secret is empty') });
    expect(read({ mode: 'auth-and-writes', pending: true }, true).severity).toBe('warn');
  });

  it('an account without 2FA publishes only with a token that bypasses 2FA', () => {
    const read = (bypass2fa?: boolean) => accountFindings({ tfa: false, securityKeyOnly: false, totp: false, bypass2fa })[0]!;
    expect(read(true).severity).toBe('ok');
    expect(read(false)).toMatchObject({ severity: 'fail', fix: expect.stringContaining('a granular token that bypasses 2FA') });
    expect(read(undefined).severity).toBe('warn');
  });
});

describe('publisherFindings', async () => {
  const release = await workflowFacts(
    [
      'permissions:',
      '  contents: read',
      'jobs:',
      '  publish:',
      '    environment: npm',
      '    permissions:',
      '      id-token: write',
      '    runs-on: ubuntu-latest',
    ].join('\n'),
  );
  const noToken = await workflowFacts('jobs:\n  publish:\n    runs-on: ubuntu-latest\n');
  const checkout: Checkout = {
    repository: 'octo/repo',
    workflows: new Map([
      ['release.yml', release],
      ['ci.yml', noToken],
      ['odd.yml', undefined],
    ]),
  };
  const detail = (publisher: TrustedPublisher) => publisherFindings('npm', '@s/a', [publisher], checkout)[0]!;

  it('warns when no publisher will match the next release, saying why for each', () => {
    expect(detail({ repository: 'octo/repo', workflow: 'publish.yml' })).toMatchObject({
      severity: 'warn',
      detail: 'no trusted publisher matches the next release of octo/repo: octo/repo, publish.yml: no such file in .github/workflows',
    });
    expect(detail({ repository: 'other/repo', workflow: 'release.yml' }).detail).toContain('other/repo, release.yml: another repository');
    expect(detail({ repository: 'octo/repo', workflow: 'ci.yml' }).detail).toContain('ci.yml: no job of it may mint an ID token (`id-token: write`)');
    expect(detail({ repository: 'octo/repo', workflow: 'release.yml', environment: 'prod' }).detail).toContain(
      'release.yml: no job of it runs in environment prod',
    );
  });

  it('is fine with a matching publisher (saying whether it may stage), or none (the token publishes)', () => {
    expect(detail({ repository: 'Octo/Repo', workflow: 'release.yml', environment: 'NPM', stage: false })).toMatchObject({
      severity: 'ok',
      detail: 'trusted publisher Octo/Repo, release.yml, environment NPM; it may not stage',
    });
    // A workflow file that cannot be read is given the benefit of the doubt.
    expect(detail({ repository: 'octo/repo', workflow: 'odd.yml' }).severity).toBe('ok');
    expect(publisherFindings('npm', '@s/a', [], checkout)[0]!.detail).toBe('no trusted publisher: releases use the token');
  });
});

describe('workflowFacts', () => {
  it("reads whether a job may mint an ID token (its own permissions, else the workflow's) and the environments its jobs run in", async () => {
    expect(await workflowFacts('permissions: write-all\njobs:\n  a:\n    environment: { name: release }\n')).toEqual({
      idToken: true,
      environments: new Set(['release']),
    });
    expect((await workflowFacts('permissions:\n  id-token: write\njobs:\n  a:\n    permissions: {}\n'))!.idToken).toBe(false);
    expect((await workflowFacts('jobs:\n  a:\n    permissions:\n      id-token: write\n'))!.idToken).toBe(true);
    const expression = ['jobs:', '  a:', `    environment: $${'{{'} inputs.env }}`].join('\n');
    expect((await workflowFacts(expression))!.environments).toBeUndefined();
    expect(await workflowFacts('not: [a workflow')).toBeUndefined();
    expect(await workflowFacts('on: push\n')).toBeUndefined();
  });
});

describe('clockFinding', () => {
  it("warns of a runner clock off the registry's, saying which way", () => {
    expect(clockFinding('npm', 90_000)).toMatchObject({ severity: 'warn', detail: expect.stringContaining('90 s behind') });
    expect(clockFinding('npm', -4_000)).toMatchObject({ severity: 'warn', detail: expect.stringContaining('4 s ahead of') });
    expect(clockFinding('npm', undefined).severity).toBe('ok');
  });
});

describe('packageTwoFactorFinding', () => {
  it('says what "disallow tokens" would mean for the package, and what to do when no trusted publisher matches', () => {
    const bare = packageTwoFactorFinding('@s/a', false);
    expect(bare).toMatchObject({ severity: 'ok', detail: expect.stringContaining('the token path could not publish it') });
    expect(bare.fix).toContain("'auth: oidc'");
    const trusted = packageTwoFactorFinding('@s/a', true);
    expect(trusted.detail).toContain('a trusted publisher of this workflow could still publish it');
    expect(trusted).not.toHaveProperty('fix');
  });
});

describe('bySeverity', () => {
  it('puts failures, then warnings, before what is in order, keeping the order within each', () => {
    const finding = (subject: string, severity: 'fail' | 'warn' | 'ok') => ({
      registry: 'npm' as const,
      subject,
      check: 'token' as const,
      severity,
      detail: '',
    });
    const sorted = bySeverity([finding('a', 'ok'), finding('b', 'warn'), finding('c', 'ok'), finding('d', 'fail'), finding('e', 'warn')]);
    expect(sorted.map((f) => f.subject)).toEqual(['d', 'b', 'e', 'a', 'c']);
  });
});

describe('gemKeyFinding', () => {
  it('fails a key rubygems.org refuses, and says what RubyGems does not show of one it takes', () => {
    expect(gemKeyFinding(true)).toMatchObject({ severity: 'fail', fix: expect.stringContaining('push_rubygem') });
    expect(gemKeyFinding(false)).toMatchObject({ severity: 'ok', detail: expect.stringContaining("neither the key's expiry nor its scopes") });
  });
});
