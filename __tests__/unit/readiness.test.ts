import { describe, expect, it } from 'vitest';
import { accountFindings, bySeverity, clockFinding, packageTwoFactorFinding, publisherFindings, tokenFindings } from '../../src/audit/readiness.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const days = (n: number) => new Date(NOW + n * 86_400_000).toISOString();

describe('tokenFindings', () => {
  it('warns with the date under the threshold, fails once expired, says whose the token is', () => {
    expect(tokenFindings({ account: 'alice', expiry: days(5.5), bypass2fa: false }, NOW, 14)).toEqual([
      {
        registry: 'npm',
        subject: 'token',
        check: 'token',
        severity: 'warn',
        detail: 'npm-token belongs to alice and expires on 2026-12-13, in 5 day(s)',
        fix: expect.stringContaining('replace the npm-token secret'),
      },
    ]);
    expect(tokenFindings({ account: 'alice', expiry: days(30), bypass2fa: false }, NOW, 14)[0]).toMatchObject({ severity: 'ok' });
    expect(tokenFindings({ account: 'alice', expiry: days(-1), bypass2fa: false }, NOW, 14)[0]).toMatchObject({
      severity: 'fail',
      detail: 'npm-token belongs to alice and expired on 2026-12-06',
    });
    expect(tokenFindings({ account: 'alice', expiry: days(5), bypass2fa: false }, NOW, 0)[0]!.severity).toBe('ok');
  });

  it('fails a token npm refuses; a token without an expiry, or not in the list, is fine and says so', () => {
    expect(tokenFindings({ account: undefined, expiry: undefined, bypass2fa: undefined }, NOW, 14)[0]).toMatchObject({
      severity: 'fail',
      detail: expect.stringContaining('npm refuses npm-token'),
    });
    expect(tokenFindings({ account: 'alice', expiry: null, bypass2fa: false }, NOW, 14)[0]!.detail).toBe('npm-token belongs to alice and does not expire');
    expect(tokenFindings({ account: 'alice', expiry: undefined, bypass2fa: false }, NOW, 14)[0]!.detail).toContain('does not show when it expires');
  });
});

describe('accountFindings', () => {
  it('fails an account that signs in with security keys only: a TOTP secret cannot serve it', () => {
    expect(accountFindings({ tfa: { mode: 'auth-and-writes' }, securityKeyOnly: true, totp: true })[0]).toMatchObject({
      severity: 'fail',
      fix: expect.stringContaining('trusted publishing'),
    });
  });

  it('reads the profile: no 2FA warns, auth-only needs no code, auth-and-writes needs the secret', () => {
    expect(accountFindings({ tfa: false, securityKeyOnly: false, totp: false })[0]!.severity).toBe('warn');
    expect(accountFindings({ tfa: { mode: 'auth-only' }, securityKeyOnly: false, totp: false })[0]!.severity).toBe('ok');
    expect(accountFindings({ tfa: { mode: 'auth-and-writes' }, securityKeyOnly: false, totp: true })[0]!.severity).toBe('ok');
    expect(accountFindings({ tfa: { mode: 'auth-and-writes' }, securityKeyOnly: false, totp: false })[0]).toMatchObject({
      severity: 'warn',
      detail: expect.stringContaining('npm-totp-secret is empty'),
    });
  });
});

describe('publisherFindings', () => {
  const checkout = { repository: 'octo/repo', workflows: new Set(['release.yml', 'ci.yml']) };
  it('warns when no publisher names this repository and a workflow file of the checkout', () => {
    const renamed = [{ repository: 'octo/repo', workflow: 'publish.yml' }];
    expect(publisherFindings('npm', '@s/a', renamed, checkout)[0]).toMatchObject({
      severity: 'warn',
      detail: expect.stringContaining('octo/repo, publish.yml'),
    });
    expect(publisherFindings('npm', '@s/a', [{ repository: 'other/repo', workflow: 'release.yml' }], checkout)[0]!.severity).toBe('warn');
  });

  it('is fine with a matching publisher (saying whether it may stage), or none (the token publishes)', () => {
    expect(publisherFindings('npm', '@s/a', [{ repository: 'Octo/Repo', workflow: 'release.yml', stage: false }], checkout)[0]).toMatchObject({
      severity: 'ok',
      detail: 'trusted publisher Octo/Repo, release.yml; it may not stage',
    });
    expect(publisherFindings('npm', '@s/a', [], checkout)[0]!.detail).toBe('no trusted publisher: releases use the token');
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
