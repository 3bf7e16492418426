// pnpm as the oracle, at pnpm 12 (today's release) and pnpm 10: the same workspace is published
// once by `pnpm -r publish` and once by otp-publish (discovery, which has pnpm pack, then the npm
// adapter's in-process upload), each to its own registry. For every version pnpm published, the
// registry must hold the same tarball (same files, same bytes, same package.json) and the same
// version document from both.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivateDependencyError, UnsupportedRuleError } from '../../src/errors.js';
import { discoverTargets } from '../../src/plan/discover.js';
import { clientPath, clientVersion, pnpmBin, type PnpmMajor } from '../../test-support/clients.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';
import { pnpmEnv, pnpmInstall, publishedVersion, publishStubs, uploadWithAction } from '../../test-support/pack-oracles.js';
import { startRegistry, writePackage, type Registry } from '../../test-support/registry.js';
import { commitAll, writePnpmRulesFixture } from '../../test-support/workspace-fixtures.js';

const VERSIONS: Record<PnpmMajor, string> = { 12: clientVersion('pnpm'), 11: clientVersion('pnpm-11'), 10: clientVersion('pnpm', 'project') };
/** pnpm 12 would resolve the pnpm that packageManager pins from the loopback registry, which has none; pnpm 10 would download it. */
const OFFLINE_PNPM = { PNPM_CONFIG_PM_ON_FAIL: 'ignore', npm_config_manage_package_manager_versions: 'false' };
const base = mkdtempSync(join(tmpdir(), 'otp-publish-pnpm-oracles-'));
let theirs: Registry;
let ours: Registry;
let tokens: { theirs: string; ours: string };

/** A fresh pair of registries: pnpm publishes to one (which serves the catalog's external packages to its install), otp-publish to the other. */
async function freshRegistries(): Promise<void> {
  await Promise.all([theirs?.stop(), ours?.stop()]);
  [theirs, ours] = await Promise.all([startRegistry({ gate: { secret: null } }), startRegistry({ gate: { secret: null } })]);
  tokens = { theirs: await theirs.addUser('pnpm'), ours: await ours.addUser('otp') };
  await publishStubs(theirs, await theirs.addUser('stubs'));
}

beforeAll(freshRegistries, 120_000);
afterAll(async () => {
  await Promise.all([theirs?.stop(), ours?.stop()]);
  rmSync(base, { recursive: true, force: true });
});

/** `pnpm -r publish` of the workspace to `registry`; returns pnpm's own output. */
function pnpmPublish(major: PnpmMajor, root: string, registry: Registry, token: string): string {
  const env = pnpmEnv(join(base, `.pnpm-${major}-publish`), registry.url, token);
  const result = spawnSync(pnpmBin(major), ['-r', 'publish', '--no-git-checks', '--registry', registry.url], { cwd: root, env, encoding: 'utf8' });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** otp-publish's discovery and upload of every workspace package to `registry`, with the pnpm of `major` first on PATH. */
async function otpPublish(major: PnpmMajor, root: string, registry: Registry, token: string): Promise<string[]> {
  const logger = new MemoryLogger();
  const env = { ...process.env, ...OFFLINE_PNPM, PATH: clientPath({ pnpm: major }) };
  const targets = await discoverTargets([], {
    root,
    workspaces: true,
    npmRegistry: registry.url,
    rubygemsHost: 'https://rubygems.org',
    env,
    logger,
    pack: { dir: mkdtempSync(join(base, 'ours-')), timeoutMs: 120_000 },
  });
  expect(logger.lines.join('\n')).toContain(
    `npm packages are packed by pnpm ${VERSIONS[major]}, as pnpm publishes them (packageManager pins pnpm@${VERSIONS[major]}`,
  );
  return uploadWithAction(targets, registry.url, token, env, base, logger);
}

const published = (registry: Registry, id: string) => publishedVersion(registry, id, base);

describe.each([12, 11, 10] as const)('pnpm %i publishes exactly what otp-publish publishes', (major) => {
  beforeAll(freshRegistries, 120_000);

  it('workspace: in every form and field (peer-only too), catalogs, publishConfig fields, directory and name, bin, aliases, a prerelease, a pack script, the root LICENSE', async () => {
    const fixture = writePnpmRulesFixture(join(base, `rules-${major}`), VERSIONS[major]);
    pnpmInstall(fixture.root, theirs.url, pnpmBin(major));
    commitAll(fixture.root);
    const output = pnpmPublish(major, fixture.root, theirs, tokens.theirs);
    const mine = await otpPublish(major, fixture.root, ours, tokens.ours);
    // pnpm 11 and 12 publish @fr/renamed as @fr/renamed-pub (and point its dependents there); pnpm 10 keeps the name.
    const renamed = major >= 11 ? '@fr/renamed-pub@3.0.0' : '@fr/renamed@3.0.0';
    expect(output).toContain(renamed.replace(/@3\.0\.0$/, ''));
    expect(mine.sort()).toEqual(
      ['@fr/cli@1.0.0', '@fr/core@1.2.0', '@fr/dist@1.0.0', '@fr/plugin@1.0.0', '@fr/util@2.0.0-beta.1', '@fr/uses-renamed@1.0.0', renamed].sort(),
    );
    for (const id of mine) {
      const [expected, actual] = await Promise.all([published(theirs, id), published(ours, id)]);
      expect([...actual.tarball.files.keys()].sort(), `${id}: files`).toEqual([...expected.tarball.files.keys()].sort());
      for (const [path, bytes] of expected.tarball.files) expect(actual.tarball.files.get(path)?.equals(bytes), `${id}: ${path}`).toBe(true);
      expect(actual.doc, `${id}: version document`).toEqual(expected.doc);
      expect(actual.tags, `${id}: dist-tags`).toEqual(expected.tags);
    }
    const { tarball: plugin } = await published(ours, '@fr/plugin@1.0.0');
    expect(plugin.manifest.peerDependencies).toEqual({ '@fr/core': '1.2.0' });
    const { tarball: dist } = await published(ours, '@fr/dist@1.0.0');
    expect(dist.manifest).toMatchObject({ main: 'index.js', dependencies: { '@fr/core': '^1.2.0' } });
    const { tarball: uses } = await published(ours, '@fr/uses-renamed@1.0.0');
    expect(uses.manifest.dependencies).toEqual({ '@fr/renamed': major >= 11 ? 'npm:@fr/renamed-pub@^3.0.0' : '^3.0.0' });
    // The workspace root's LICENSE goes into a package without one; a package's own stays.
    expect((await published(ours, '@fr/core@1.2.0')).tarball.files.get('LICENSE')?.toString()).toContain('MIT License');
    expect((await published(ours, `${renamed}`)).tarball.files.get('LICENSE')?.toString()).toBe('ISC License\n');
  });
});

describe('refusals before anything runs or is written', () => {
  it('a dependency on a private workspace package: pnpm 12 refuses to pack it, and discovery refuses it first, naming the package and field', async () => {
    const root = join(base, 'private-dep');
    writePackage(root, { name: 'root', version: '0.0.0', private: true });
    spawnSync('sh', ['-c', `printf 'packages:\\n  - packages/*\\n' > ${join(root, 'pnpm-workspace.yaml')}`]);
    writePackage(join(root, 'packages', 'hidden'), { name: '@fr/hidden', version: '1.0.0', private: true });
    writePackage(join(root, 'packages', 'user'), { name: '@fr/user', version: '1.0.0', dependencies: { '@fr/hidden': 'workspace:*' } });
    const env = pnpmEnv(join(base, '.pnpm-private'), 'http://127.0.0.1:9/');
    const pack = spawnSync(pnpmBin(12), ['-r', 'pack', '--pack-destination', join(base, 'private-out'), '--json'], { cwd: root, env, encoding: 'utf8' });
    expect(pack.status).not.toBe(0);
    expect(pack.stdout).toContain('ERR_PNPM_PRIVATE_WORKSPACE_DEPENDENCY');
    const logger = new MemoryLogger();
    const options = {
      root,
      workspaces: true,
      npmRegistry: ours.url,
      rubygemsHost: 'https://rubygems.org',
      env: { ...process.env, ...OFFLINE_PNPM, PATH: clientPath({ pnpm: 12 }) },
      logger,
    };
    const error = await discoverTargets([], options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrivateDependencyError);
    expect((error as Error).message).toContain('@fr/user has dependencies["@fr/hidden"], but @fr/hidden (packages/hidden) is a private workspace package');
    // Refused before pnpm ran: nothing was packed.
    expect(logger.lines.join('\n')).not.toContain('packed by pnpm');
  });

  it('a script pnpm publish runs after the upload, and a packageManager pin of another major than the pnpm on PATH', async () => {
    const fixture = writePnpmRulesFixture(join(base, 'after-upload'), VERSIONS[12]);
    writePackage(join(fixture.root, 'packages', 'post'), { name: '@fr/post', version: '1.0.0', scripts: { postpublish: 'echo done' } });
    const options = { root: fixture.root, workspaces: true, npmRegistry: ours.url, rubygemsHost: 'https://rubygems.org', logger: new MemoryLogger() };
    const after = await discoverTargets([], { ...options, env: { ...process.env, ...OFFLINE_PNPM, PATH: clientPath({ pnpm: 12 }) } }).catch(
      (caught: unknown) => caught,
    );
    expect(after).toBeInstanceOf(UnsupportedRuleError);
    expect((after as Error).message).toContain('@fr/post: scripts.postpublish: pnpm publish runs it after the upload');
    rmSync(join(fixture.root, 'packages', 'post'), { recursive: true });
    const mismatch = await discoverTargets([], { ...options, env: { ...process.env, ...OFFLINE_PNPM, PATH: clientPath({ pnpm: 10 }) } }).catch(
      (caught: unknown) => caught,
    );
    expect((mismatch as Error).message).toMatch(/"packageManager" pins pnpm@12\.26\.0, but the pnpm on PATH is pnpm@10\.34\.9; their publish rules differ/);
  });
});
