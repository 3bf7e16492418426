// What otp-publish uploads for a yarn berry, bun or lockfile-less npm monorepo, against what the
// repository's own package manager packs (the real CLIs, installed from the registry as
// devDependencies): the same files with the same bytes, and the same package.json (as JSON); and,
// published by the tool and by otp-publish to two registries, the same version documents.
// pnpm packs for itself: see pnpm-oracles.test.ts.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTargets } from '../../src/plan/discover.js';
import { tarballName } from '../../src/registries/npm-tarball.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';
import {
  bunPack,
  bunRun,
  npmAdapter,
  npmPackOracle,
  publishedVersion,
  readTarball,
  uploadWithAction,
  yarnInstallAndPack,
  yarnRun,
} from '../../test-support/pack-oracles.js';
import { startRegistry, type Registry } from '../../test-support/registry.js';
import { commitAll, writeBunFixture, writeNpmNoLockFixture, writeYarnFixture, type Fixture } from '../../test-support/workspace-fixtures.js';

const base = mkdtempSync(join(tmpdir(), 'otp-publish-oracles-'));
let registry: Registry;

beforeAll(async () => {
  registry = await startRegistry({ gate: { secret: null } });
});
afterAll(async () => {
  await registry?.stop();
  rmSync(base, { recursive: true, force: true });
});

/** The environment the tests run the package managers in: yarn without telemetry or registry queries of its own. */
const ENV = { ...process.env, YARN_ENABLE_TELEMETRY: '0', YARN_ENABLE_HARDENED_MODE: '0', YARN_IGNORE_PATH: '1' };

/** otp-publish's tarballs of every workspace package of `root` (discovery, where yarn and bun pack, then the npm adapter's packing): name -> file. */
async function ours(fixture: Fixture): Promise<Map<string, string>> {
  const logger = new MemoryLogger();
  const packDir = mkdtempSync(join(base, 'ours-'));
  const targets = await discoverTargets([], {
    root: fixture.root,
    workspaces: true,
    npmRegistry: registry.url,
    rubygemsHost: 'https://rubygems.org',
    env: ENV,
    logger,
    pack: { dir: packDir, timeoutMs: 120_000 },
  });
  const npm = npmAdapter(registry.url, ENV, packDir);
  const publishable = targets.filter((target) => !target.private);
  // Not prepared yet: `npm publish` would pack it, in a command.
  expect(publishable.some((target) => npm.sendsCodeAtOnce(target))).toBe(false);
  await npm.prepare(publishable, logger, false);
  return new Map(
    publishable.map((target) => {
      const file = target.publishManifest?.packed?.path ?? join(packDir, tarballName(target.name, target.version));
      expect(existsSync(file), file).toBe(true);
      // What the OTP gate is told the upload weighs: the tarball's own size.
      expect(npm.uploadBytes(target)).toBe(statSync(file).size);
      // Packed before the upload and not signed: the upload sends its code the moment it is made.
      expect(npm.sendsCodeAtOnce(target)).toBe(true);
      return [target.name, file];
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

describe("the registry holds what the monorepo's own package manager publishes", () => {
  let theirs: Registry;
  let mine: Registry;
  let users = 0;
  beforeAll(async () => {
    [theirs, mine] = await Promise.all([startRegistry({ gate: { secret: null } }), startRegistry({ gate: { secret: null } })]);
  });
  afterAll(async () => {
    await Promise.all([theirs?.stop(), mine?.stop()]);
  });

  /** Publishes `fixture` with `publish` (the tool, to `theirs`) and with otp-publish (to `mine`); every version's document and tarball must be the same. */
  async function compare(fixture: Fixture, publish: (registry: Registry, token: string) => void): Promise<string[]> {
    commitAll(fixture.root);
    publish(theirs, await theirs.addUser(`tool-${++users}`));
    const logger = new MemoryLogger();
    const packDir = mkdtempSync(join(base, 'up-'));
    const targets = await discoverTargets([], {
      root: fixture.root,
      workspaces: true,
      npmRegistry: mine.url,
      rubygemsHost: 'https://rubygems.org',
      env: ENV,
      logger,
      pack: { dir: packDir, timeoutMs: 120_000 },
    });
    const ids = await uploadWithAction(targets, mine.url, await mine.addUser(`otp-${users}`), ENV, packDir, logger);
    for (const id of ids) {
      const [expected, actual] = await Promise.all([publishedVersion(theirs, id, base), publishedVersion(mine, id, base)]);
      expect([...actual.tarball.files.keys()].sort(), `${id}: files`).toEqual([...expected.tarball.files.keys()].sort());
      for (const [path, bytes] of expected.tarball.files) expect(actual.tarball.files.get(path)?.equals(bytes), `${id}: ${path}`).toBe(true);
      expect(actual.doc, `${id}: version document`).toEqual(expected.doc);
      expect(actual.tags, `${id}: dist-tags`).toEqual(expected.tags);
    }
    return ids;
  }

  it('yarn 4: yarn workspaces foreach npm publish', async () => {
    const fixture = writeYarnFixture(fixtureDir('yarn-publish'));
    const ids = await compare(fixture, (registry, token) => {
      yarnRun(fixture.root, ['install'], {});
      yarnRun(fixture.root, ['workspaces', 'foreach', '-A', '--no-private', 'npm', 'publish'], {
        YARN_NPM_AUTH_TOKEN: token,
        YARN_NPM_PUBLISH_REGISTRY: registry.url,
        YARN_UNSAFE_HTTP_WHITELIST: '127.0.0.1',
      });
    });
    expect(ids.sort()).toEqual(['@fy/cli@1.1.0', '@fy/core@1.0.0', '@fy/plugin@0.1.0-rc.1']);
  });

  it('bun: bun publish', async () => {
    const fixture = writeBunFixture(fixtureDir('bun-publish'));
    const ids = await compare(fixture, (registry, token) => {
      for (const dir of Object.values(fixture.packages)) bunRun(dir, ['publish', '--registry', registry.url], { NPM_CONFIG_TOKEN: token });
    });
    expect(ids.sort()).toEqual(['@fb/core@0.5.0', '@fb/plugin@1.0.0-beta.2', '@fb/web@0.6.0']);
  });
});
