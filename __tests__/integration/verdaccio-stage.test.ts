// The staging double of the Verdaccio gate, proved against the real `npm stage` subcommands of the
// npm on PATH (11.19.1 here): stage without a code, list/view/download what is staged, approve only
// with a valid code (401 + www-authenticate: OTP otherwise), reject removes it; trusted-publishing
// tokens may stage (when their publisher allows it) and nothing else.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubOidc, type GitHubOidc } from '../../test-support/oidc/github-oidc.js';
import { npmEnv, runNpm, startRegistry, writePackage, type Registry } from '../../test-support/registry.js';
import { codeNow, wrongCode as wrongCodeOf } from '../../test-support/totp.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const REPO = 'octo-org/octo-repo';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const code = () => codeNow(SECRET);
const wrongCode = () => wrongCodeOf(SECRET);

let registry: Registry;
let gh: GitHubOidc;
let alice: string;
let count = 0;

beforeAll(async () => {
  [registry, gh] = await Promise.all([startRegistry({ gate: { secret: SECRET, toleranceSteps: 1 } }), startGitHubOidc({ repository: REPO })]);
  alice = await registry.addUser('alice');
});
afterAll(async () => Promise.all([registry?.stop(), gh?.stop()]));
beforeEach(() => registry.gate.reset());

function npm(args: string[], token: string | undefined = alice, cwd = registry.dir) {
  return runNpm([...args, '--registry', registry.url, '--no-update-notifier'], { cwd, env: npmEnv(registry, token) });
}

/** `npm stage publish` of a fresh package directory; returns the stage id npm printed. */
async function stage(name: string, version: string, token = alice, extra: string[] = []): Promise<string> {
  const cwd = writePackage(join(registry.dir, 'stage-src', `${++count}`), { name, version });
  const result = await npm(['stage', 'publish', '--provenance=false', '--fetch-retries=0', ...extra], token, cwd);
  expect(result.exitCode, result.stderr).toBe(0);
  const id = new RegExp(`^\\+ ${name.replace('/', '\\/')}@${version.replace(/\./g, '\\.')} \\(staged with id ([0-9a-f-]+)\\)$`, 'm').exec(result.stdout)?.[1];
  expect(id).toMatch(UUID);
  return id!;
}

async function viewJson(id: string) {
  const result = await npm(['stage', 'view', id, '--json']);
  return { result, item: result.exitCode === 0 ? JSON.parse(result.stdout) : undefined };
}

describe('npm stage against the Verdaccio gate', () => {
  it('npm is new enough to stage', async () => {
    const { stdout } = await npm(['--version']);
    const [major, minor] = stdout.trim().split('.').map(Number);
    expect(major! > 11 || (major === 11 && minor! >= 15), `npm ${stdout.trim()} has no 'npm stage'`).toBe(true);
  });

  it('stages without a code; list, view and download show it; installs do not see it', async () => {
    const id = await stage('@stage/one', '1.0.0', alice, ['--tag', 'next']);
    const attempts = await registry.gate.attempts();
    expect(attempts.map((a) => [a.method, a.package, a.otp, a.outcome, a.stage, a.stageId])).toEqual([['POST', '@stage/one', null, 'staged', 'publish', id]]);

    const { item } = await viewJson(id);
    expect(item).toMatchObject({
      id,
      packageName: '@stage/one',
      version: '1.0.0',
      tag: 'next',
      actor: 'alice',
      actorType: 'user',
      shasum: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const text = await npm(['stage', 'view', id]);
    expect(text.stdout).toContain('staged by');
    expect(text.stdout).toContain('alice (user)');

    const list = await npm(['stage', 'list', '@stage/one', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([item]);
    expect((await npm(['stage', 'list', '@stage/none'])).stdout).toContain('No staged versions of package name "@stage/none".');

    const dir = join(registry.dir, `download-${id}`);
    writePackage(dir, { name: 'download-here', version: '0.0.0' });
    const download = await npm(['stage', 'download', id], alice, dir);
    expect(download.exitCode, download.stderr).toBe(0);
    expect(readdirSync(dir)).toContain(`stage-one-1.0.0-${id}.tgz`);

    expect(await registry.packument('@stage/one')).toBeUndefined();
    const install = await npm(['view', '@stage/one', 'version']);
    expect(install.exitCode).not.toBe(0);
    expect(install.stderr).toContain('E404');
  });

  it('lists every page the way npm pages them (100 per page)', async () => {
    const before = (await registry.gate.staged()).length;
    await Promise.all(Array.from({ length: 3 }, (_, i) => stage('stage-paged', `1.0.${i}`)));
    const list = JSON.parse((await npm(['stage', 'list', '--json'])).stdout) as Array<{ packageName: string }>;
    expect(list).toHaveLength(before + 3);
    const res = await fetch(`${registry.url}-/stage?page=1&perPage=2&package=stage-paged`, { headers: { authorization: `Bearer ${alice}` } });
    expect(await res.json()).toMatchObject({ total: 3, items: [expect.objectContaining({ packageName: 'stage-paged' })] });
  });

  it('approve needs a valid code: EOTP without one or with a wrong one, released with a good one', async () => {
    const id = await stage('stage-approve', '2.0.0');
    await registry.gate.reset();

    const none = await npm(['stage', 'approve', id]);
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toContain('npm error code EOTP');
    const wrong = await npm(['stage', 'approve', id, `--otp=${wrongCode()}`]);
    expect(wrong.stderr).toContain('npm error code EOTP');
    const raw = await fetch(`${registry.url}-/stage/${id}/approve`, { method: 'POST', headers: { authorization: `Bearer ${alice}`, 'npm-otp': wrongCode() } });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toBe('OTP');
    expect(await registry.packument('stage-approve')).toBeUndefined();

    const good = code();
    const approve = await npm(['stage', 'approve', id, `--otp=${good}`]);
    expect(approve.exitCode, approve.stderr).toBe(0);
    expect(approve.stdout).toContain(`Staged package ${id} approved and published successfully.`);
    const doc = await registry.packument('stage-approve');
    expect(doc['dist-tags']).toEqual({ latest: '2.0.0' });
    expect((await npm(['view', 'stage-approve@2.0.0', 'version'])).stdout.trim()).toBe('2.0.0');
    expect((await viewJson(id)).result.stderr).toContain('E404');
    const attempts = (await registry.gate.attempts()).filter((a) => a.stage === 'approve');
    expect(attempts.map((a) => a.outcome)).toEqual(['missing', 'invalid', 'invalid', 'accepted']);
    expect(attempts.at(-1)).toMatchObject({ otp: good, stageId: id, package: 'stage-approve', user: 'alice' });

    // Staging a released version is refused as publishing over it is.
    const cwd = writePackage(join(registry.dir, 'stage-src', `${++count}`), { name: 'stage-approve', version: '2.0.0' });
    const again = await npm(['stage', 'publish', '--provenance=false'], alice, cwd);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('You cannot publish over the previously published versions: 2.0.0.');
  });

  it("a staged name@version is staged again by default (npmjs's answer is undocumented), and refused 409 with refuseSecondStage", async () => {
    const id = await stage('stage-twice', '1.0.0');
    const cwd = writePackage(join(registry.dir, 'stage-src', `${++count}`), { name: 'stage-twice', version: '1.0.0' });
    const again = await npm(['stage', 'publish', '--provenance=false'], alice, cwd);
    expect(again.exitCode, again.stderr).toBe(0);
    const ids = (await registry.gate.staged()).filter((item) => item.packageName === 'stage-twice').map((item) => item.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(id);
    await registry.gate.configure({ refuseSecondStage: true });
    try {
      const third = await npm(['stage', 'publish', '--provenance=false'], alice, cwd);
      expect(third.exitCode).toBe(1);
      expect(third.stderr).toContain('E409');
      // (npm redacts UUIDs in what it prints: the id shows as ***.)
      expect(third.stderr).toContain('stage-twice@1.0.0 is already staged (id ***)');
    } finally {
      await registry.gate.configure({ refuseSecondStage: false });
    }
  });

  it('reject needs a code too, and removes the staged version', async () => {
    const id = await stage('stage-reject', '1.0.0');
    const none = await npm(['stage', 'reject', id]);
    expect(none.stderr).toContain('npm error code EOTP');
    expect((await registry.gate.staged()).map((item) => item.id)).toContain(id);
    const reject = await npm(['stage', 'reject', id, `--otp=${code()}`]);
    expect(reject.exitCode, reject.stderr).toBe(0);
    expect(reject.stdout).toContain(`Staged package ${id} has been rejected.`);
    expect((await registry.gate.staged()).map((item) => item.id)).not.toContain(id);
    expect((await npm(['stage', 'approve', id, `--otp=${code()}`])).stderr).toContain('E404');
    expect(await registry.packument('stage-reject')).toBeUndefined();
  });

  it('ids that are not UUIDs are refused by npm before any request', async () => {
    const result = await npm(['stage', 'approve', 'not-a-uuid', `--otp=${code()}`]);
    expect(result.stderr).toContain('stage-id must be a valid UUID');
    expect(await registry.gate.attempts()).toEqual([]);
  });

  it('a trusted-publishing token stages where its publisher allows it, and can do nothing else', async () => {
    await registry.gate.configure({
      oidc: {
        issuer: gh.issuer,
        jwks: gh.jwks,
        trustedPublishers: {
          'stage-oidc': { repository: REPO, workflow: 'release.yml', allowStagePublish: true },
          'stage-no': { repository: REPO, workflow: 'release.yml' },
        },
      },
    });
    const exchange = async (name: string) => {
      const res = await fetch(`${registry.url}-/npm/v1/oidc/token/exchange/package/${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await gh.mint('npm:127.0.0.1')}` },
      });
      return ((await res.json()) as { token: string }).token;
    };
    const token = await exchange('stage-oidc');
    const id = await stage('stage-oidc', '1.0.0', token);
    expect((await viewJson(id)).item).toMatchObject({ actor: REPO, actorType: 'oidc' });

    for (const args of [
      ['stage', 'list'],
      ['stage', 'view', id],
      ['stage', 'approve', id, `--otp=${code()}`],
      ['stage', 'reject', id, `--otp=${code()}`],
    ]) {
      const result = await npm(args, token);
      expect(result.exitCode, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toContain('E403');
    }
    expect((await registry.gate.staged()).map((item) => item.id)).toContain(id);

    const refused = writePackage(join(registry.dir, 'stage-src', `${++count}`), { name: 'stage-no', version: '1.0.0' });
    const result = await npm(['stage', 'publish', '--provenance=false'], await exchange('stage-no'), refused);
    expect(result.stderr).toContain('does not allow staged publishing');
    expect(existsSync(join(registry.dir, 'storage', 'stage-no'))).toBe(false);
  });
});
