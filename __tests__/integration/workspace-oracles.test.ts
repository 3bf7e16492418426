// What otp-publish uploads for a yarn berry, bun or lockfile-less npm monorepo, against what the
// repository's own package manager packs (the real CLIs, installed from the registry as
// devDependencies): the same files with the same bytes, and the same package.json (as JSON).
// pnpm packs for itself: see pnpm-oracles.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTargets } from '../../src/plan/discover.js';
import { tarballName } from '../../src/registries/npm-tarball.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';
import { bunPack, npmAdapter, npmPackOracle, readTarball, yarnInstallAndPack } from '../../test-support/pack-oracles.js';
import { startRegistry, type Registry } from '../../test-support/registry.js';
import { writeBunFixture, writeNpmNoLockFixture, writeYarnFixture, type Fixture } from '../../test-support/workspace-fixtures.js';

const base = mkdtempSync(join(tmpdir(), 'otp-publish-oracles-'));
let registry: Registry;

beforeAll(async () => {
  registry = await startRegistry({ gate: { secret: null } });
});
afterAll(async () => {
  await registry?.stop();
  rmSync(base, { recursive: true, force: true });
});

/** otp-publish's tarballs of every workspace package of `root` (discovery, then the npm adapter's packing): name -> file. */
async function ours(fixture: Fixture): Promise<Map<string, string>> {
  const logger = new MemoryLogger();
  const targets = await discoverTargets([], {
    root: fixture.root,
    workspaces: true,
    npmRegistry: registry.url,
    rubygemsHost: 'https://rubygems.org',
    env: process.env,
    logger,
  });
  const packDir = mkdtempSync(join(base, 'ours-'));
  const npm = npmAdapter(registry.url, process.env, packDir);
  const publishable = targets.filter((target) => !target.private);
  // Not packed yet: `npm publish` would pack it, in a command.
  expect(publishable.some((target) => npm.sendsCodeAtOnce(target))).toBe(false);
  await npm.prepare(publishable, logger, false);
  const files = new Set(readdirSync(packDir));
  return new Map(
    publishable.map((target) => {
      const file = tarballName(target.name, target.version);
      expect(files.has(file), `${file} in ${[...files].join(', ')}`).toBe(true);
      // What the OTP gate is told the upload weighs: the tarball's own size.
      expect(npm.uploadBytes(target)).toBe(statSync(join(packDir, file)).size);
      // Packed here and not signed: the upload sends its code the moment it is made.
      expect(npm.sendsCodeAtOnce(target)).toBe(true);
      return [target.name, join(packDir, file)];
    }),
  );
}

/** Same files, same bytes for each, and the same package.json as JSON. */
function expectSameTarball(actual: string, expected: string, label: string): void {
  const a = readTarball(actual);
  const e = readTarball(expected);
  expect([...a.files.keys()].sort(), `${label}: files`).toEqual([...e.files.keys()].sort());
  for (const [path, bytes] of e.files) {
    if (path !== 'package.json') expect(a.files.get(path)?.equals(bytes), `${label}: ${path}`).toBe(true);
  }
  expect(a.manifest, `${label}: package.json`).toEqual(e.manifest);
}

const fixtureDir = (name: string) => {
  const dir = join(base, name);
  mkdirSync(dir);
  return dir;
};

describe('the tarball otp-publish uploads is the one the monorepo’s own package manager packs', () => {
  it('yarn berry: workspace:^ / * / ~, publishConfig fields copied and publishConfig kept', async () => {
    const fixture = writeYarnFixture(fixtureDir('yarn'));
    const theirs = yarnInstallAndPack(fixture.root, Object.values(fixture.packages), join(base, 'yarn-out'));
    const mine = await ours(fixture);
    for (const [name, dir] of Object.entries(fixture.packages)) expectSameTarball(mine.get(name)!, theirs[dir]!, `yarn ${name}`);
    expect(readTarball(mine.get('@fy/cli')!).manifest.dependencies).toEqual({ '@fy/core': '^1.0.0' });
  });

  it('bun: workspace: and catalog: ranges, no publishConfig overrides', async () => {
    const fixture = writeBunFixture(fixtureDir('bun'));
    const mine = await ours(fixture);
    for (const [name, dir] of Object.entries(fixture.packages)) expectSameTarball(mine.get(name)!, bunPack(dir, join(base, 'bun-out')), `bun ${name}`);
    expect(readTarball(mine.get('@fb/web')!).manifest.dependencies).toEqual({ '@fb/core': '0.5.0', 'left-pad': '^1.3.0' });
  });

  it('npm workspaces without a lockfile: discovered, and packed exactly as npm packs them', async () => {
    const fixture = writeNpmNoLockFixture(fixtureDir('npm'));
    const mine = await ours(fixture);
    expect([...mine.keys()].sort()).toEqual(['@fn/a', '@fn/b']);
    for (const [name, dir] of Object.entries(fixture.packages)) expectSameTarball(mine.get(name)!, npmPackOracle(dir, join(base, 'npm-out')), `npm ${name}`);
  });
});
