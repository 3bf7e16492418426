// Release readiness in `mode: audit`, through the built dist/ as the runner runs it, against the
// local Verdaccio (token list, profile, trust list, each answered as npmjs answers them) and the
// GitHub issues double: a token that expires in 5 days warns with the date, in the summary, the
// `readiness` output and the audit issue; an expired one fails the step; a trusted publisher that
// names a workflow file the checkout no longer has warns; a package that disallows tokens gets what
// the token path means for it and what to do instead; an account that signs in with security keys only fails. The audit writes nothing; its only codes are for the trust reads npm demands them for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, freshDir, useGatedRegistry } from '../../test-support/e2e.js';
import { startGitHubServer, type GitHubServer } from '../../test-support/github/server.js';
import { writeMonorepo } from '../../test-support/monorepo.js';
import { startGemServer } from '../../test-support/rubygems/server.js';
import { HARNESS_GITHUB_TOKEN, findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const REPO = 'octo-org/octo-repo';
const DAY_MS = 86_400_000;

const fixture = useGatedRegistry(SECRET);
let github: GitHubServer;
let dir: string;
beforeAll(async () => {
  github = await startGitHubServer({ token: HARNESS_GITHUB_TOKEN, repo: REPO });
  dir = freshDir();
  writeMonorepo(dir, 'rdy', 2, '1.0.0');
  const published = await act({ mode: 'publish' });
  expect(published.exitCode, published.stdout).toBe(0);
  // The checkout's release workflow is release.yml; p-2's trusted publisher still names publish.yml.
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  const release = ['on: push', 'jobs:', '  publish:', '    runs-on: ubuntu-latest', '    permissions:', '      contents: read', '      id-token: write'];
  writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), `${release.join('\n')}\n`);
  // The gems' release workflow may not mint an ID token.
  writeFileSync(join(dir, '.github', 'workflows', 'gem-release.yml'), 'on: push\njobs:\n  push:\n    runs-on: ubuntu-latest\n');
});
afterAll(async () => github?.stop());

async function act(inputs: Record<string, string>, cwd = dir): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    debug: true,
    timeoutMs: 120_000,
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '7' },
    inputs: {
      mode: 'audit',
      workspaces: 'true',
      owners: 'npm: alice',
      'npm-registry': fixture.registry.url,
      'npm-token': fixture.token,
      'npm-totp-secret': SECRET,
      ...inputs,
    },
  });
  fixture.runs.push(run);
  return run;
}

interface Finding {
  registry: string;
  subject: string;
  check: string;
  severity: string;
  detail: string;
  fix?: string;
}

const readinessOf = (run: ActionRun) => JSON.parse(run.outputs.readiness ?? 'null') as Finding[];
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function configure(expiresInDays: number | null, tfa?: 'security-key' | false, readonly = false): Promise<void> {
  await fixture.registry.gate.reset();
  await fixture.registry.gate.configure({
    secret: SECRET,
    userTokens: { alice: { expires: expiresInDays === null ? null : new Date(Date.now() + expiresInDays * DAY_MS).toISOString(), readonly } },
    profiles: tfa !== undefined ? { alice: { tfa } } : {},
    // p-2 is set to "Require 2FA and disallow tokens" (npm access set mfa=publish), which npm offers no read of.
    packageSettings: { '@rdy/p-2': { requireTfa: true, tokensOverrideTfa: false } },
    oidc: {
      issuer: 'https://token.actions.githubusercontent.com',
      publicJwk: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
      trustedPublishers: {
        '@rdy/p-1': { repository: REPO, workflow: 'release.yml', allowStagePublish: true },
        '@rdy/p-2': { repository: REPO, workflow: 'publish.yml' },
      },
    },
  });
}

describe('mode: audit, release readiness', () => {
  it('warns, with the date, on a token that expires in 5 days; flags a trusted publisher naming a workflow file that is gone; writes nothing', async () => {
    await configure(5.5);
    const run = await act({});
    expect(run.exitCode, run.stdout).toBe(0);
    const findings = readinessOf(run);
    const expires = date(Date.now() + 5.5 * DAY_MS);
    expect(findings.find((f) => f.check === 'token')).toMatchObject({
      severity: 'warn',
      detail: `npm-token belongs to alice and expires on ${expires}, in 5 day(s)`,
    });
    expect(findings.find((f) => f.check === 'trusted-publisher' && f.subject === '@rdy/p-1')).toMatchObject({
      severity: 'ok',
      detail: `trusted publisher ${REPO}, release.yml; it may stage`,
    });
    expect(findings.find((f) => f.check === 'trusted-publisher' && f.subject === '@rdy/p-2')).toMatchObject({
      severity: 'warn',
      detail: `no trusted publisher matches the next release of ${REPO}: ${REPO}, publish.yml: no such file in .github/workflows`,
    });
    expect(findings.find((f) => f.check === 'account-2fa')).toMatchObject({ severity: 'ok' });
    expect(run.stdout).toContain(`::warning title=release readiness%3A npm token::npm-token belongs to alice and expires on ${expires}`);
    // p-2 disallows tokens and its publisher does not match: the audit cannot read the setting, but says
    // that under it the token path could not publish p-2, and what to do instead.
    expect(findings.find((f) => f.check === 'package-2fa' && f.subject === '@rdy/p-2')).toMatchObject({
      severity: 'ok',
      detail: expect.stringContaining('were it "Require 2FA and disallow tokens", the token path could not publish it, and no trusted publisher matches'),
      fix: expect.stringContaining("publish with 'auth: oidc', or stage ('stage: true') and approve on npmjs.com"),
    });
    expect(findings.find((f) => f.check === 'package-2fa' && f.subject === '@rdy/p-1')).not.toHaveProperty('fix');
    expect(run.summary).toContain('Release readiness');
    expect(run.summary).toMatch(/0 would stop the next release, 2 warning\(s\), \d+ in order/);
    // Warnings come first in the table: the token's, then p-2's publisher.
    expect(run.summary.indexOf('expires on')).toBeLessThan(run.summary.indexOf('no trusted publisher matches'));
    expect(run.summary.indexOf('no trusted publisher matches')).toBeLessThan(run.summary.indexOf('trusted publisher octo-org/octo-repo, release.yml'));
    // The audit issue carries a readiness section.
    const [issue] = github.issues();
    expect(issue).toMatchObject({ state: 'open', title: '2 release readiness finding(s)' });
    expect(issue!.body).toContain('## Release readiness');
    expect(issue!.body).toContain(`expires on ${expires}`);
    // No write; the trust reads alone carried codes (npm answers them only with one), accepted.
    const attempts = await fixture.registry.gate.attempts();
    expect(attempts).toEqual([]);
    const reads = await fixture.registry.gate.reads();
    expect(reads.filter((read) => read.otp !== null).map((read) => read.kind)).toEqual(['trust', 'trust']);
    expect(reads.filter((read) => read.kind === 'tokens' || read.kind === 'profile' || read.kind === 'whoami').every((read) => read.otp === null)).toBe(true);
    const codes = reads.flatMap((read) => (read.otp ? [read.otp] : []));
    expect(findLeaks([fixture.token, SECRET, ...codes], run)).toEqual([]);
  });

  it('fails the step on an expired token, saying what to do', async () => {
    await configure(-1);
    const run = await act({ 'audit-issue': 'false' });
    expect(run.exitCode).toBe(1);
    expect(readinessOf(run).find((f) => f.check === 'token')).toMatchObject({ severity: 'fail', detail: expect.stringContaining('npm refuses npm-token') });
    expect(errorsOf(run).join('\n')).toContain('release readiness: 1 finding(s) would stop the next release');
  });

  it('fails on an account that signs in with security keys only: the TOTP secret cannot serve it', async () => {
    await configure(60, 'security-key');
    const run = await act({ 'audit-issue': 'false' });
    expect(run.exitCode).toBe(1);
    expect(readinessOf(run).find((f) => f.check === 'account-2fa')).toMatchObject({
      severity: 'fail',
      detail: 'the account asks for a security key, not a one-time password: a TOTP secret cannot serve it',
    });
    expect(readinessOf(run).find((f) => f.check === 'token')).toMatchObject({ severity: 'ok' });
  });

  it('fails on a token that may only read packages', async () => {
    await configure(60, undefined, true);
    const run = await act({ 'audit-issue': 'false' });
    expect(run.exitCode).toBe(1);
    expect(readinessOf(run).filter((f) => f.check === 'token')).toMatchObject([
      { severity: 'fail', detail: 'npm-token belongs to alice and may only read packages: it cannot publish' },
      { severity: 'ok', detail: expect.stringContaining('and expires on') },
    ]);
  });

  it('fails on an account without 2FA whose token does not bypass it; the release, run anyway, fails saying the same', async () => {
    await configure(60, false);
    const run = await act({ 'audit-issue': 'false' });
    expect(run.exitCode).toBe(1);
    expect(readinessOf(run).find((f) => f.check === 'account-2fa')).toMatchObject({
      severity: 'fail',
      detail: 'the account has no two-factor authentication, and npm-token does not bypass 2FA: npm refuses its publishes',
      fix: 'publish through trusted publishing, or with a granular token that bypasses 2FA',
    });
    const release = freshDir();
    writeMonorepo(release, 'rdy', 1, '1.1.0');
    const published = await act({ mode: 'publish' }, release);
    expect(published.exitCode).toBe(1);
    const refusal = errorsOf(published).join('\n');
    expect(refusal).toContain("the npm registry refused input 'npm-token' for @rdy/p-1");
    expect(refusal).toContain('use trusted publishing, or a granular token with "bypass 2FA"');
    expect((await fixture.registry.gate.attempts()).map((attempt) => attempt.outcome)).toEqual(['tfa-required']);
  });
});

describe('mode: audit, release readiness on RubyGems', () => {
  it("reads each gem's trusted publishers with the key and a code, and flags one whose workflow may not mint an ID token", async () => {
    const GEM_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const gems = await startGemServer();
    try {
      const key = gems.addUser('carol', { mfa: GEM_SECRET });
      gems.addGem('ready-gem', { owners: ['carol'], versions: [{ number: '1.0.0', metadata: { rubygems_mfa_required: 'true' } }] });
      gems.addTrustedPublisher('ready-gem', { repository: REPO, repository_owner_id: '1', job_workflow_ref: `${REPO}/.github/workflows/gem-release.yml` });
      const inputs = {
        packages: 'rubygems:ready-gem',
        workspaces: 'false',
        owners: 'rubygems: carol',
        'audit-issue': 'false',
        'npm-token': '',
        'npm-totp-secret': '',
        'rubygems-host': gems.url,
        'rubygems-api-key': key,
        'rubygems-totp-secret': GEM_SECRET,
      };
      const run = await act(inputs);
      expect(run.exitCode, run.stdout).toBe(0);
      expect(readinessOf(run)).toEqual([
        {
          registry: 'rubygems',
          subject: 'token',
          check: 'token',
          severity: 'ok',
          detail: "rubygems.org takes rubygems-api-key (it shows neither the key's expiry nor its scopes)",
        },
        {
          registry: 'rubygems',
          subject: 'ready-gem',
          check: 'trusted-publisher',
          severity: 'warn',
          detail: `no trusted publisher matches the next release of ${REPO}: ${REPO}, gem-release.yml: no job of it may mint an ID token (\`id-token: write\`)`,
          fix: expect.any(String),
        },
      ]);
      // The read carried a code, which rubygems.org asks for at "UI and API".
      const reads = gems.requests().filter((request) => request.path.includes('/trusted_publishers'));
      expect(reads.map((request) => [request.status, request.otp !== null])).toEqual([[200, true]]);
      expect(findLeaks([key, GEM_SECRET, ...reads.flatMap((request) => (request.otp ? [request.otp] : []))], run)).toEqual([]);

      // An expired key is refused (401), which fails the step; nothing more is read with it.
      const expired = gems.addApiKey('carol', { expiresInMs: -1 });
      gems.reset();
      const refused = await act({ ...inputs, 'rubygems-api-key': expired });
      expect(refused.exitCode).toBe(1);
      expect(readinessOf(refused)).toEqual([
        expect.objectContaining({ registry: 'rubygems', severity: 'fail', detail: 'rubygems.org refuses rubygems-api-key: it is expired, revoked or wrong' }),
      ]);
      expect(gems.requests().filter((request) => request.path.includes('/trusted_publishers'))).toEqual([]);
    } finally {
      await gems.stop();
    }
  });
});
