// `mode: run` with today's clients, as the README writes each command, through the built dist/
// against the OTP-gated Verdaccio: `pnpm -r publish` (pnpm 12, which reads PNPM_CONFIG_OTP and
// ignores NPM_CONFIG_OTP), `yarn workspaces foreach ... npm publish --otp "$NPM_OTP"` (yarn 4,
// which reads no .npmrc and takes a code only from --otp), changesets with pnpm and with yarn, and
// lerna 10. Also: a yarn command that never passes the code gets one code, no retry, and an error
// that says how to pass it; the run's log holds no secret.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientPath, clientVersion } from '../../test-support/clients.js';
import { errorsOf, freshDir, useGatedRegistry } from '../../test-support/e2e.js';
import { writePackage } from '../../test-support/registry.js';
import { findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const fixture = useGatedRegistry(SECRET);

/** Settings of the test machine only: no registry is reachable but the loopback one, which serves plain HTTP. */
const OFFLINE = {
  PNPM_CONFIG_PM_ON_FAIL: 'ignore',
  YARN_UNSAFE_HTTP_WHITELIST: '127.0.0.1',
  YARN_ENABLE_IMMUTABLE_INSTALLS: '0',
  YARN_ENABLE_HARDENED_MODE: '0',
  YARN_ENABLE_TELEMETRY: '0',
  YARN_IGNORE_PATH: '1',
};

type Manager = 'pnpm' | 'yarn' | 'npm';

/** A two-package workspace of `manager` (b depends on a), committed to git (lerna and changesets read it), with a changesets config. */
function workspace(scope: string, manager: Manager): string {
  const root = freshDir('otp-publish-run-');
  const packageManager = manager === 'pnpm' ? `pnpm@${clientVersion('pnpm')}` : manager === 'yarn' ? 'yarn@4.18.1' : undefined;
  writePackage(root, { name: `${scope}-root`, version: '0.0.0', private: true, workspaces: ['packages/*'], ...(packageManager ? { packageManager } : {}) });
  if (manager === 'pnpm') writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  if (manager === 'yarn') writeFileSync(join(root, '.yarnrc.yml'), 'enableTelemetry: false\nnodeLinker: node-modules\nenableGlobalCache: false\n');
  const range = manager === 'npm' ? '^1.0.0' : 'workspace:^';
  writePackage(join(root, 'packages', 'a'), { name: `@${scope}/a`, version: '1.0.0' });
  writePackage(join(root, 'packages', 'b'), { name: `@${scope}/b`, version: '1.0.0', dependencies: { [`@${scope}/a`]: range } });
  mkdirSync(join(root, '.changeset'));
  writeFileSync(join(root, '.changeset', 'config.json'), '{"changelog": false, "commit": false, "access": "public", "baseBranch": "main"}\n');
  writeFileSync(join(root, 'lerna.json'), '{"version": "independent", "packages": ["packages/*"]}\n');
  const env = { ...process.env, ...OFFLINE, PATH: clientPath({ pnpm: 12 }) };
  if (manager === 'yarn') execFileSync('yarn', ['install'], { cwd: root, env, stdio: 'pipe' });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'release');
  return root;
}

async function act(cwd: string, command: string, path = clientPath({ pnpm: 12, npm: 12 })): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    timeoutMs: 180_000,
    env: { ...OFFLINE, PATH: path },
    inputs: { mode: 'run', command, 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET },
  });
  fixture.runs.push(run);
  return run;
}

/** The gate's record of `scope`'s writes: each with the code it carried and how it was judged. */
async function writesOf(scope: string) {
  return (await fixture.registry.gate.attempts()).filter((attempt) => attempt.package.startsWith(`@${scope}/`));
}

/** Both packages of `scope` are on the registry, every write carried a code, and no secret, token or code is in the run's output. */
async function expectPublished(run: ActionRun, scope: string): Promise<void> {
  expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
  for (const name of ['a', 'b'])
    expect((await fixture.registry.packument(`@${scope}/${name}`))?.versions?.['1.0.0'], `@${scope}/${name}`).toMatchObject({
      name: `@${scope}/${name}`,
      version: '1.0.0',
    });
  const writes = await writesOf(scope);
  // One write per package was accepted, each with a code. A slow command can meet a window edge
  // after its code was made: the registry refuses it once and the command runs again with the next.
  expect(
    writes
      .filter((write) => write.outcome === 'accepted')
      .map((write) => write.package)
      .sort(),
  ).toEqual([`@${scope}/a`, `@${scope}/b`]);
  expect(writes.filter((write) => write.outcome !== 'accepted').map((write) => write.outcome)).toEqual(writes.length > 2 ? ['invalid'] : []);
  expect(writes.every((write) => write.otp)).toBe(true);
  expect(findLeaks([fixture.token, SECRET, ...writes.map((write) => write.otp!)], run)).toEqual([]);
}

describe('mode: run, with each command as the README writes it', () => {
  it('pnpm 12: pnpm -r publish (the code as PNPM_CONFIG_OTP, the token from the userconfig)', async () => {
    const root = workspace('rp', 'pnpm');
    await expectPublished(await act(root, 'pnpm -r publish --no-git-checks'), 'rp');
  });

  it('yarn 4: yarn workspaces foreach ... npm publish --otp "$NPM_OTP" (the token as YARN_NPM_AUTH_TOKEN)', async () => {
    const root = workspace('ry', 'yarn');
    await expectPublished(await act(root, 'yarn workspaces foreach -A --no-private --topological npm publish --tolerate-republish --otp "$NPM_OTP"'), 'ry');
  });

  it('changesets with pnpm: pnpm exec changeset publish', async () => {
    const root = workspace('cp', 'pnpm');
    await expectPublished(await act(root, 'pnpm exec changeset publish --no-git-tag'), 'cp');
  });

  // `yarn changeset` runs the same bin from the workspace's own devDependencies, which this offline fixture cannot install.
  it('changesets with yarn: changeset publish --otp "$NPM_OTP"', async () => {
    const root = workspace('cy', 'yarn');
    await expectPublished(await act(root, 'changeset publish --no-git-tag --otp "$NPM_OTP"'), 'cy');
  });

  it('lerna 10 with npm 12: lerna publish from-package (the code as NPM_CONFIG_OTP)', async () => {
    const root = workspace('rl', 'npm');
    await expectPublished(await act(root, 'lerna publish from-package --yes'), 'rl');
  });

  it('yarn without --otp "$NPM_OTP": one code made, no retry, and an error that says how to pass it', async () => {
    const root = workspace('rn', 'yarn');
    const run = await act(root, 'yarn workspaces foreach -A --no-private --topological npm publish');
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run).join('\n')).toContain('yarn asked for a one-time password and never got one: yarn takes a code only from --otp');
    expect(errorsOf(run).join('\n')).toContain('yarn npm publish --otp "$NPM_OTP"');
    expect(run.stdout.match(/::add-mask::\d{6}$/gm)?.length, 'codes made').toBe(1);
    const writes = await writesOf('rn');
    expect(writes.length).toBeGreaterThan(0);
    expect(
      writes.every((write) => write.outcome === 'missing'),
      JSON.stringify(writes),
    ).toBe(true);
  });
});
