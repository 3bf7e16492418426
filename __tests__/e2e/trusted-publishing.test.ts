// The auth chain through the built dist/ as the runner runs it: trusted publishing (OIDC) where
// the registry trusts the workflow, the token with TOTP elsewhere, the credential shown per
// package; `auth: oidc` failing clearly; a JWT of another repository refused; a registry whose
// clock is 90 s off; gems through RubyGems' trusted-publisher exchange. Leak check over all of it.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshDir, outputOf } from '../../test-support/e2e.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';
import { writeMonorepo } from '../../test-support/monorepo.js';
import { startGitHubOidc, type GitHubOidc } from '../../test-support/oidc/github-oidc.js';
import { startRegistry, writePackage, type Registry } from '../../test-support/registry.js';
import { writeGemspec } from '../../test-support/rubygems/cli.js';
import { GEM_SERVER_DEFAULTS, startGemServer, type GemServer } from '../../test-support/rubygems/server.js';
import { cleanupRun, findLeaks, runAction, workflowCommands, type ActionRun } from '../../test-support/runner.js';
import { RETRY_LATENESS_MS } from '../../test-support/timing.js';

requireGemUnlessLocal('trusted-publishing.test');

const SECRET = 'JBSWY3DPEHPK3PXP';
const REPO = 'octo-org/octo-repo';
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

let registry: Registry;
let gh: GitHubOidc;
let token: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  [registry, gh] = await Promise.all([startRegistry({ gate: { secret: SECRET } }), startGitHubOidc({ repository: REPO })]);
  token = await registry.addUser('alice');
});
afterAll(async () => {
  for (const run of runs) await cleanupRun(run);
  await Promise.all([registry?.stop(), gh?.stop()]);
});

async function act(cwd: string, inputs: Record<string, string>, env: Record<string, string> = gh.env): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    env,
    debug: true,
    timeoutMs: 120_000,
    inputs: { 'npm-registry': registry.url, 'npm-token': token, 'npm-totp-secret': SECRET, ...inputs },
  });
  runs.push(run);
  return run;
}

/** No secret, token, code or JWT outside ::add-mask:: lines or in files. */
async function expectNoLeaks(run: ActionRun): Promise<void> {
  const codes = (await registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
  expect(findLeaks([token, SECRET, gh.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...codes], run)).toEqual([]);
  const printed = [...run.stdout.split('\n'), ...run.stderr.split('\n')].filter((line) => !line.startsWith('::add-mask::'));
  expect(printed.filter((line) => JWT.test(line))).toEqual([]);
  for (const mask of workflowCommands(run.stdout).filter((command) => command.command === 'add-mask' && JWT.test(command.value))) {
    expect(findLeaks([mask.value], run)).toEqual([]);
  }
}

const authOf = (run: ActionRun) => Object.fromEntries(outputOf(run, 'published').map((entry) => [entry.name, entry.auth]));

describe('auth: auto', () => {
  it('publishes trusted packages through OIDC without a code, and the others with token and TOTP, saying which and why', async () => {
    await registry.gate.reset();
    const dir = freshDir();
    // p-1..p-3 exist on the registry (0.9.0); p-1 and p-2 have a trusted publisher; p-4 is new.
    writeMonorepo(dir, 'tp', 3, '0.9.0');
    await act(dir, { workspaces: 'true', auth: 'token' });
    writeMonorepo(dir, 'tp', 4, '1.0.0');
    await registry.gate.configure({
      oidc: {
        issuer: gh.issuer,
        jwks: gh.jwks,
        trustedPublishers: {
          '@tp/p-1': { repository: REPO, workflow: 'release.yml' },
          '@tp/p-2': { repository: REPO, workflow: 'release.yml' },
          '@tp/p-4': { repository: REPO, workflow: 'release.yml' },
        },
      },
    });
    await registry.gate.reset();
    const tokenRequestsBefore = gh.requests().length;
    const run = await act(dir, { workspaces: 'true' });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(authOf(run)).toEqual({ '@tp/p-1': 'oidc', '@tp/p-2': 'oidc', '@tp/p-3': 'token+otp', '@tp/p-4': 'token+otp' });
    const writes = (await registry.gate.attempts()).filter((attempt) => attempt.method === 'PUT');
    expect(Object.fromEntries(writes.map((write) => [write.package, [write.outcome, write.otp === null]]))).toEqual({
      '@tp/p-1': ['oidc', true],
      '@tp/p-2': ['oidc', true],
      '@tp/p-3': ['accepted', false],
      '@tp/p-4': ['accepted', false],
    });
    expect(run.summary).toContain('<td>@tp/p-1</td><td>1.0.0</td><td>npm</td><td>published</td><td>oidc</td><td>no</td><td>0</td>');
    const warning = workflowCommands(run.stdout).find(
      (command) => command.command === 'warning' && command.value.startsWith('trusted publishing was not used'),
    );
    expect(warning?.value).toMatch(
      /2 package\(s\).*@tp\/p-3 \(npm has no trusted publisher for @tp\/p-3 .*\); @tp\/p-4 \(@tp\/p-4 is not on npm yet, and npm cannot publish a new package through trusted publishing\)/,
    );
    // One ID token (audience npm:127.0.0.1) for the run; npm itself never asked for one.
    expect(
      gh
        .requests()
        .slice(tokenRequestsBefore)
        .map((request) => request.audience),
    ).toEqual(['npm:127.0.0.1']);
    await expectNoLeaks(run);
  });

  it('auth: oidc fails a package without a trusted publisher, saying what to configure', async () => {
    await registry.gate.reset();
    const dir = writePackage(freshDir(), { name: '@tp/untrusted', version: '1.0.0' });
    await act(dir, { auth: 'token' });
    writePackage(dir, { name: '@tp/untrusted', version: '1.1.0' });
    const run = await act(dir, { auth: 'oidc', 'npm-token': '', 'npm-totp-secret': '' });
    expect(run.exitCode).toBe(1);
    expect(outputOf(run, 'failed')[0]).toMatchObject({ name: '@tp/untrusted', auth: 'oidc' });
    expect(outputOf(run, 'failed')[0]!.error).toMatch(
      /npm has no trusted publisher for @tp\/untrusted .*configure a trusted publisher on npm for @tp\/untrusted naming repository 'octo-org\/octo-repo', workflow '.github\/workflows\/release.yml', no environment/,
    );
    await expectNoLeaks(run);
  });

  it('a JWT of another repository is refused, and auto falls back to the token', async () => {
    await registry.gate.reset();
    const dir = writePackage(freshDir(), { name: '@tp/p-1', version: '1.1.0' });
    gh.configure({ repository: 'mallory/fork' });
    try {
      const oidcOnly = await act(dir, { auth: 'oidc' });
      expect(oidcOnly.exitCode).toBe(1);
      expect(outputOf(oidcOnly, 'failed')[0]!.error).toMatch(/npm refused the trusted-publishing exchange for @tp\/p-1: 401 .*repository/);
      const auto = await act(dir, {});
      expect(auto.exitCode, auto.stdout).toBe(0);
      expect(authOf(auto)).toEqual({ '@tp/p-1': 'token+otp' });
      await expectNoLeaks(auto);
    } finally {
      gh.configure({ repository: undefined });
    }
  });
});

describe('rate limits on the exchange', () => {
  afterEach(() => registry.gate.configure({ exchangeFaults: [], retryAfter: 1, retryAfterAsDate: false }));

  it('a 429 with Retry-After on the OIDC exchange, in seconds and as an HTTP date: exchanged again when npm asked', async () => {
    const cases = [
      { version: '1.2.0', retryAfterAsDate: false },
      { version: '1.3.0', retryAfterAsDate: true },
    ];
    for (const { version, retryAfterAsDate } of cases) {
      await registry.gate.reset();
      await registry.gate.configure({ exchangeFaults: ['429'], retryAfter: 3, retryAfterAsDate });
      const dir = writePackage(freshDir(), { name: '@tp/p-2', version });
      const run = await act(dir, { auth: 'oidc', 'npm-token': '', 'npm-totp-secret': '' });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(authOf(run)).toEqual({ '@tp/p-2': 'oidc' });
      const exchanges = (await registry.gate.exchanges()).filter((exchange) => exchange.package === '@tp/p-2');
      expect(exchanges.map((exchange) => exchange.status ?? exchange.message)).toEqual(['fault:429', 201]);
      const gap = exchanges[1]!.at - exchanges[0]!.at;
      // An HTTP date has whole seconds: it asks for 2-3 s. Never earlier than asked; later by no more than a busy machine adds.
      expect(gap, `gap ${gap} ms`).toBeGreaterThanOrEqual(retryAfterAsDate ? 2_000 : 3_000);
      expect(gap, `gap ${gap} ms`).toBeLessThanOrEqual(3_000 + RETRY_LATENESS_MS);
      await expectNoLeaks(run);
    }
  });

  it('an exchange Retry-After longer than the timeout input is not waited for: auto falls back to the token and says why', async () => {
    await registry.gate.reset();
    await registry.gate.configure({ exchangeFaults: ['429'], retryAfter: 60, retryAfterAsDate: false });
    const dir = writePackage(freshDir(), { name: '@tp/p-2', version: '1.4.0' });
    const started = Date.now();
    const run = await act(dir, { timeout: '20' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(authOf(run)).toEqual({ '@tp/p-2': 'token+otp' });
    expect(run.stdout).toMatch(
      /trusted publishing not used: .*answered 429 and asked to wait 60 s before another attempt, longer than the timeout input allows \(20 s\)/,
    );
    expect((await registry.gate.exchanges()).map((exchange) => exchange.message)).toEqual(['fault:429']);
    await expectNoLeaks(run);
  });
});

describe('clock skew', () => {
  it("a registry 90 s ahead: codes are made for the registry's clock, accepted at once, with one warning", async () => {
    await registry.gate.reset();
    await registry.gate.configure({ clockOffsetMs: 90_000, toleranceSteps: 0 });
    try {
      const dir = writePackage(freshDir(), { name: '@tp/skewed', version: '1.0.0' });
      const run = await act(dir, { auth: 'token' }, {});
      expect(run.exitCode, run.stdout).toBe(0);
      expect((await registry.gate.attempts()).filter((a) => a.method === 'PUT').map((a) => a.outcome)).toEqual(['accepted']);
      const warnings = workflowCommands(run.stdout).filter((command) => command.command === 'warning');
      expect(warnings.map((w) => w.value)).toEqual([expect.stringMatching(/^the npm registry's clock is (89|90|91) s ahead of the runner's/)]);
      await expectNoLeaks(run);
    } finally {
      await registry.gate.configure({ clockOffsetMs: 0 });
    }
  });
});

describe.skipIf(!GEM_VERSION)('RubyGems trusted publishing', () => {
  let gems: GemServer;
  let key: string;
  beforeAll(async () => {
    gems = await startGemServer();
    key = gems.addUser('carol', { mfa: SECRET });
    gems.configure({ ...GEM_SERVER_DEFAULTS, oidc: { issuer: gh.issuer, jwks: gh.jwks } });
    gems.addGem('tp_trusted', { owners: ['carol'], versions: ['0.9.0'] });
    gems.addTrustedPublisher('tp_trusted', { repository: REPO, repository_owner_id: '200002', job_workflow_ref: `${REPO}/.github/workflows/release.yml` });
  });
  afterAll(async () => gems?.stop());

  it('pushes the trusted gem with the exchanged key (no code) and the other with key and TOTP', async () => {
    const dir = freshDir();
    writeGemspec(join(dir, 'trusted'), { name: 'tp_trusted', version: '1.0.0' });
    writeGemspec(join(dir, 'plain'), { name: 'tp_plain', version: '1.0.0' });
    const run = await act(dir, { packages: 'trusted\nplain', 'rubygems-host': gems.url, 'rubygems-api-key': key, 'rubygems-totp-secret': SECRET });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(authOf(run)).toEqual({ tp_trusted: 'oidc', tp_plain: 'token+otp' });
    const pushes = gems.attempts();
    expect(pushes.filter((push) => push.outcome === 'accepted').map((push) => [push.gem, push.otp === null])).toEqual([
      ['tp_trusted', true],
      ['tp_plain', false],
    ]);
    expect(gems.exchanges().filter((exchange) => exchange.status === 201)).toHaveLength(1);
    expect(findLeaks([key, SECRET, ...pushes.flatMap((push) => (push.otp ? [push.otp] : []))], run)).toEqual([]);
    await expectNoLeaks(run);
  });
});

describe('package administration', () => {
  it('moves dist-tags through trusted publishing first (no code) where the package trusts the workflow, with token and TOTP elsewhere', async () => {
    await registry.gate.reset();
    const dir = freshDir();
    writeMonorepo(dir, 'tpd', 2, '1.0.0');
    expect((await act(dir, { workspaces: 'true', auth: 'token' })).exitCode).toBe(0);
    await registry.gate.configure({
      oidc: { issuer: gh.issuer, jwks: gh.jwks, trustedPublishers: { '@tpd/p-1': { repository: REPO, workflow: 'release.yml' } } },
    });
    await registry.gate.reset();
    const run = await act(dir, { mode: 'dist-tags', workspaces: 'true', 'dist-tags': 'stable' });
    expect(run.exitCode, run.stdout).toBe(0);
    const changes = JSON.parse(run.outputs.changes!) as Array<{ name: string; auth: string; status: string }>;
    expect(Object.fromEntries(changes.map((change) => [change.name, [change.auth, change.status]]))).toEqual({
      '@tpd/p-1': ['oidc', 'changed'],
      '@tpd/p-2': ['token+otp', 'changed'],
    });
    const writes = (await registry.gate.attempts()).filter((attempt) => attempt.kind === 'dist-tag');
    expect(Object.fromEntries(writes.map((write) => [write.package, [write.outcome, write.otp === null]]))).toEqual({
      '@tpd/p-1': ['oidc', true],
      '@tpd/p-2': ['accepted', false],
    });
    await expectNoLeaks(run);
  });

  it('auth: oidc with a mode trusted publishing cannot do (owners) is an input error naming auth, before any read or write', async () => {
    await registry.gate.reset();
    const run = await act(freshDir(), { mode: 'owners', packages: 'npm:@tpd/p-1', owners: 'npm: alice', auth: 'oidc' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("Input 'auth': is 'oidc', but trusted publishing cannot make the writes of 'mode: owners'");
    expect(await registry.gate.attempts()).toEqual([]);
  });
});
