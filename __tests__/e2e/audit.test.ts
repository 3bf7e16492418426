// `mode: audit` through the built dist/ as the runner runs it, against local doubles of the npm
// registry (packuments with maintainers), the RubyGems read API and the GitHub REST issues API:
// outputs, summary, and the audit issue created, then updated, then closed when the drift is fixed.
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorsOf, freshDir } from '../../test-support/e2e.js';
import { startGitHubServer, type GitHubServer } from '../../test-support/github/server.js';
import { startNpmReadServer, type NpmReadServer } from '../../test-support/npm-read/server.js';
import { writePackage } from '../../test-support/registry.js';
import { startGemServer, type GemServer } from '../../test-support/rubygems/server.js';
import { HARNESS_GITHUB_TOKEN, cleanupRun, findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';
import { RETRY_LATENESS_MS } from '../../test-support/timing.js';

const REPO = 'octo-org/octo-repo';
let github: GitHubServer;
let npm: NpmReadServer;
let gems: GemServer;
const runs: ActionRun[] = [];

beforeAll(async () => {
  [github, npm, gems] = await Promise.all([startGitHubServer({ token: HARNESS_GITHUB_TOKEN, repo: REPO }), startNpmReadServer(), startGemServer()]);
  gems.addUser('carol');
  gems.addUser('dave');
});
afterAll(async () => {
  for (const run of runs) await cleanupRun(run);
  await Promise.all([github?.stop(), npm?.stop(), gems?.stop()]);
});
beforeEach(() => github.reset());

function seed(state: { bPublisher: string; bMaintainers: string[]; widgetOwners: string[] }): void {
  npm.setPackage('@acme/a', { maintainers: ['alice', 'bob'], versions: [{ version: '1.0.0', publisher: 'alice' }] });
  npm.setPackage('@acme/b', {
    maintainers: state.bMaintainers,
    versions: [
      { version: '1.0.0', publisher: 'alice' },
      { version: '1.1.0', publisher: state.bPublisher },
    ],
  });
  gems.addGem('widget', { owners: state.widgetOwners, versions: [{ number: '2.0.0', metadata: { rubygems_mfa_required: 'true' } }] });
}

async function audit(inputs: Record<string, string> = {}): Promise<ActionRun> {
  const workspace = freshDir();
  writePackage(join(workspace, 'packages', 'a'), { name: '@acme/a', version: '1.0.0' });
  const run = await runAction({
    cwd: workspace,
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '42' },
    inputs: {
      mode: 'audit',
      packages: 'packages/a\nnpm:@acme/b\nrubygems:widget',
      owners: 'npm: alice, bob\nrubygems: carol',
      'npm-registry': npm.url,
      'rubygems-host': gems.url,
      ...inputs,
    },
  });
  runs.push(run);
  return run;
}

const drift = (run: ActionRun) => JSON.parse(run.outputs.drift ?? 'null') as Array<{ registry: string; name: string; problem: string; detail: string }>;

describe('mode: audit', () => {
  it('opens an issue on drift, updates it while drift remains, and closes it once the drift is fixed', async () => {
    seed({ bPublisher: 'mallory', bMaintainers: ['alice', 'mallory'], widgetOwners: ['carol', 'dave'] });
    const first = await audit();
    expect(first.exitCode).toBe(1);
    expect(first.outputs.audited).toBe('3');
    expect(drift(first)).toEqual([
      { registry: 'npm', name: '@acme/b', problem: 'missing-owner', detail: 'bob is expected but is not an owner' },
      { registry: 'npm', name: '@acme/b', problem: 'unexpected-owner', detail: 'mallory is an owner but is not expected' },
      { registry: 'npm', name: '@acme/b', problem: 'unexpected-publisher', detail: '1.1.0 (latest) was published by mallory, who is not expected' },
      { registry: 'rubygems', name: 'widget', problem: 'unexpected-owner', detail: 'dave is an owner but is not expected' },
    ]);
    expect(errorsOf(first)).toEqual(['ownership drift: 4 problem(s); see the job summary']);
    expect(first.summary).toMatch(/<th>Package<\/th><th>Registry<\/th><th>Owners<\/th><th>Problems<\/th>/);
    expect(first.summary).toContain('<td>@acme/a</td><td>npm</td><td>alice, bob</td><td>none</td>');
    expect(first.summary).toContain('<td>widget</td><td>rubygems</td><td>carol, dave</td><td>unexpected-owner: dave is an owner but is not expected</td>');
    // Without npm-token and rubygems-api-key, release readiness says what it could not read, and asks nothing of the issue.
    expect(JSON.parse(first.outputs.readiness ?? 'null')).toEqual([
      expect.objectContaining({
        registry: 'npm',
        severity: 'ok',
        detail: expect.stringContaining('not checked: the token, the account and the trusted publishers are read with npm-token'),
      }),
      expect.objectContaining({ registry: 'rubygems', severity: 'ok', detail: expect.stringContaining('read with rubygems-api-key, which is empty') }),
    ]);
    const [opened] = github.issues();
    expect(opened).toMatchObject({ number: 1, state: 'open', labels: ['owner-audit'], title: 'Package ownership drift: 4 problem(s) in 2 package(s)' });
    expect(opened!.body).toContain('| `@acme/b` | npm | unexpected-publisher | 1.1.0 (latest) was published by mallory, who is not expected |');
    expect(opened!.body).toContain(`https://github.com/${REPO}/actions/runs/42`);

    seed({ bPublisher: 'bob', bMaintainers: ['alice', 'bob'], widgetOwners: ['carol', 'dave'] });
    const second = await audit();
    expect(second.exitCode).toBe(1);
    expect(drift(second).map((d) => d.problem)).toEqual(['unexpected-owner']);
    expect(github.issues()).toHaveLength(1);
    expect(github.issues()[0]).toMatchObject({ number: 1, state: 'open', title: 'Package ownership drift: 1 problem(s) in 1 package(s)' });
    expect(github.issues()[0]!.body).not.toContain('mallory');

    seed({ bPublisher: 'bob', bMaintainers: ['alice', 'bob'], widgetOwners: ['carol'] });
    const third = await audit();
    expect(third.exitCode, third.stdout).toBe(0);
    expect(drift(third)).toEqual([]);
    const closed = github.issues()[0]!;
    expect(closed).toMatchObject({ number: 1, state: 'closed', state_reason: 'completed' });
    expect(closed.comments.map((comment) => comment.body)).toEqual([expect.stringContaining('found no drift')]);

    const fourth = await audit();
    expect(fourth.exitCode).toBe(0);
    expect(github.issues()).toHaveLength(1);
    expect(findLeaks([HARNESS_GITHUB_TOKEN], [first, second, third, fourth])).toEqual([]);
  });

  it('with fail-on-drift false and audit-issue false, reports drift without failing or touching GitHub', async () => {
    seed({ bPublisher: 'mallory', bMaintainers: ['alice', 'bob'], widgetOwners: ['carol'] });
    const run = await audit({ 'fail-on-drift': 'false', 'audit-issue': 'false' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(drift(run).map((d) => d.problem)).toEqual(['unexpected-publisher']);
    expect(run.stdout).toContain('::warning::ownership drift: 1 problem(s)');
    expect(github.requests()).toEqual([]);
  });

  it('waits out a throttling registry (429 with Retry-After) and fails clearly on a package that does not exist', async () => {
    seed({ bPublisher: 'bob', bMaintainers: ['alice', 'bob'], widgetOwners: ['carol'] });
    npm.configure({ throttleNext: 2, retryAfterSec: 1 });
    const run = await audit({ packages: 'npm:@acme/a\nnpm:@acme/b\nnpm:@acme/missing', 'audit-issue': 'false' });
    expect(run.exitCode).toBe(1);
    expect(npm.requests().filter((request) => request.status === 429)).toHaveLength(2);
    expect(errorsOf(run)).toEqual(['could not audit npm:@acme/missing (npm has no package named @acme/missing)']);
    expect(drift(run)).toEqual([{ registry: 'npm', name: '@acme/missing', problem: 'not-found', detail: 'npm has no package named @acme/missing' }]);
  });

  it("waits out GitHub's secondary and primary rate limits (403 with retry-after, then with x-ratelimit-reset) and still files the issue", async () => {
    seed({ bPublisher: 'mallory', bMaintainers: ['alice', 'bob'], widgetOwners: ['carol'] });
    github.configure({ secondaryLimitNext: 1, secondaryRetryAfterSec: 2, rateLimitNext: 1, rateLimitResetSec: 2 });
    const run = await audit();
    expect(run.exitCode).toBe(1);
    expect(github.issues()).toMatchObject([{ number: 1, state: 'open', title: 'Package ownership drift: 1 problem(s) in 1 package(s)' }]);
    const requests = github.requests();
    expect(requests.map((request) => request.status).slice(0, 3)).toEqual([403, 403, 200]);
    const secondaryGap = requests[1]!.at - requests[0]!.at;
    expect(secondaryGap, `gap ${secondaryGap} ms`).toBeGreaterThanOrEqual(2_000);
    expect(secondaryGap, `gap ${secondaryGap} ms`).toBeLessThanOrEqual(2_000 + RETRY_LATENESS_MS);
    // The reset is whole epoch seconds, 2 s ahead: 1-3 s after the limited request.
    const primaryGap = requests[2]!.at - requests[1]!.at;
    expect(primaryGap, `gap ${primaryGap} ms`).toBeGreaterThanOrEqual(1_000);
    expect(primaryGap, `gap ${primaryGap} ms`).toBeLessThanOrEqual(3_000 + RETRY_LATENESS_MS);
  });
});
