// A pnpm 12 monorepo (workspace: and catalog: ranges, publishConfig overrides, a pack script, a
// script pnpm publish runs before packing) published by the built dist/ to the OTP-gated Verdaccio,
// with today's pnpm 12 and npm 12 on PATH: the registry holds the manifests pnpm publishes, `npm
// install` of the top package from it succeeds, a dry run shows the manifest, package.json is left
// as written, and an unresolvable range publishes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, freshDir, outputOf, useGatedRegistry } from '../../test-support/e2e.js';
import { clientPath, clientVersion, pnpmBin } from '../../test-support/clients.js';
import { pnpmInstall, publishStubs, readTarball } from '../../test-support/pack-oracles.js';
import { npmEnv, runNpm, writePackage } from '../../test-support/registry.js';
import { findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';
import { writePnpmFixture, type Fixture } from '../../test-support/workspace-fixtures.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const fixture = useGatedRegistry(SECRET);

beforeAll(async () => {
  // The catalog's external packages, published by a user whose writes need no code.
  await fixture.registry.gate.configure({ bypassUsers: ['stubs'] });
  await publishStubs(fixture.registry, await fixture.registry.addUser('stubs'));
});

const PNPM = clientVersion('pnpm');

async function act(cwd: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    timeoutMs: 180_000,
    // pnpm 12 would resolve the pnpm that packageManager pins from the registry: the loopback one has none.
    env: { PATH: clientPath({ pnpm: 12, npm: 12 }), PNPM_CONFIG_PM_ON_FAIL: 'ignore' },
    inputs: { 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET, workspaces: 'true', ...inputs },
  });
  fixture.runs.push(run);
  return run;
}

/** The pnpm fixture plus `@fx/cli`, whose prepublishOnly script writes a file before pnpm packs it; installed with pnpm 12. */
function monorepo(): Fixture & { manifests: () => string[] } {
  const repo = writePnpmFixture(freshDir(), PNPM);
  const cli = writePackage(join(repo.root, 'packages', 'cli'), {
    name: '@fx/cli',
    version: '0.9.0',
    files: ['index.js', 'prepared.txt'],
    dependencies: { '@fx/core': 'workspace:*', 'left-pad': 'catalog:' },
    scripts: { prepublishOnly: `node -e "require('fs').writeFileSync('prepared.txt','1')"` },
  });
  pnpmInstall(repo.root, fixture.registry.url, pnpmBin(12));
  const packages = { ...repo.packages, '@fx/cli': cli };
  return { root: repo.root, packages, manifests: () => Object.values(packages).map((dir) => readFileSync(join(dir, 'package.json'), 'utf8')) };
}

const writes = async () => (await fixture.registry.gate.attempts()).filter((attempt) => attempt.package.startsWith('@fx/'));

describe('a pnpm monorepo', () => {
  it('dry-run shows each manifest as pnpm would publish it and writes nothing', async () => {
    const repo = monorepo();
    const before = repo.manifests();
    const run = await act(repo.root, { 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(`npm packages are packed by pnpm ${PNPM}, as pnpm publishes them (packageManager pins pnpm@${PNPM}`);
    expect(run.stdout).toMatch(/the manifest @fx\/util@2\.0\.0 would be published with:\n\{\n {2}"name": "@fx\/util",[\s\S]*?"@fx\/core": "\^1\.2\.0"/);
    expect(run.stdout).toMatch(
      /@fx\/cli@0\.9\.0 as pnpm publishes it: dependencies\["@fx\/core"\]: "workspace:\*" -> "1\.2\.0"; dependencies\["left-pad"\]: "catalog:" -> "\^1\.3\.0"/,
    );
    expect(await writes()).toEqual([]);
    expect(repo.manifests()).toEqual(before);
  });

  it('publishes the rewritten manifests on every path, and the top package installs from the registry', async () => {
    const repo = monorepo();
    const before = repo.manifests();
    const run = await act(repo.root);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      outputOf(run, 'published')
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(['@fx/app', '@fx/cli', '@fx/core', '@fx/util']);
    // package.json as written; prepublishOnly ran before pnpm packed @fx/cli.
    expect(repo.manifests()).toEqual(before);

    // The version documents the registry holds (each packed by pnpm, uploaded in-process).
    const version = async (name: string, v: string) => (await fixture.registry.packument(name)).versions[v];
    expect(await version('@fx/core', '1.2.0')).toMatchObject({ main: 'dist/index.js', types: 'dist/index.d.ts', dependencies: { 'left-pad': '^1.3.0' } });
    expect((await version('@fx/util', '2.0.0')).dependencies).toEqual({ '@fx/core': '^1.2.0', 'is-number': '^7.0.0' });
    expect(await version('@fx/app', '3.0.0')).toMatchObject({
      dependencies: { '@fx/core': '~1.2.0', '@fx/util': '>=2.0.0' },
      peerDependencies: { '@fx/util': '^2.0.0' },
    });
    expect((await version('@fx/cli', '0.9.0')).dependencies).toEqual({ '@fx/core': '1.2.0', 'left-pad': '^1.3.0' });
    expect(run.stdout).toMatch(/packed 4 by the repository.s package manager; they are uploaded in-process/);
    // pnpm publish runs prepublishOnly before it packs: its file is in the tarball.
    const tgz = join(freshDir('otp-publish-tgz-'), 'cli.tgz');
    writeFileSync(tgz, Buffer.from(await (await fetch((await version('@fx/cli', '0.9.0')).dist.tarball)).arrayBuffer()));
    expect([...readTarball(tgz).files.keys()].sort()).toEqual(['index.js', 'package.json', 'prepared.txt']);

    // Installability proven: npm installs the top packages from the registry into an empty folder.
    const consumer = freshDir('otp-publish-consumer-');
    writeFileSync(join(consumer, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n');
    const install = await runNpm(['install', '@fx/app@3.0.0', '@fx/cli@0.9.0', '--no-audit', '--no-fund', '--registry', fixture.registry.url], {
      cwd: consumer,
      env: npmEnv(fixture.registry),
      timeoutMs: 120_000,
    });
    expect(install.exitCode, install.stderr).toBe(0);
    const installed = (name: string) => JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(installed('@fx/app').dependencies).toEqual({ '@fx/util': '>=2.0.0', '@fx/core': '~1.2.0' });
    expect(installed('@fx/core').main).toBe('dist/index.js');
    expect(installed('left-pad').version).toBe('1.3.0');
    expect(installed('is-number').version).toBe('7.0.0');

    const codes = (await writes()).map((attempt) => attempt.otp!).filter(Boolean);
    expect(findLeaks([fixture.token, SECRET, ...codes], run)).toEqual([]);
  });

  it('a workspace: range that names no workspace package fails the run before any write reaches the registry', async () => {
    const repo = monorepo();
    writePackage(join(repo.root, 'packages', 'broken'), {
      name: '@fx/broken',
      version: '1.0.0',
      dependencies: { '@fx/core': 'workspace:^', '@fx/nowhere': 'workspace:*' },
    });
    const before = (await writes()).length;
    const run = await act(repo.root, { 'check-tag': 'false' });
    expect(run.exitCode).toBe(1);
    // pnpm itself refuses to pack it; its reason is the run's error.
    expect(errorsOf(run).join('\n')).toMatch(/pnpm -r .*pack .* failed: .*@fx\/nowhere/);
    expect((await writes()).length).toBe(before);
    expect(await fixture.registry.packument('@fx/broken')).toBeUndefined();
  });
});
