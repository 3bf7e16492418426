// Package discovery from `packages` paths and globs and from npm, pnpm and yarn workspaces.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, ManifestError, PrereleaseTagError } from '../../src/errors.js';
import { discoverTargets } from '../../src/plan/discover.js';
import { freshDir } from '../../test-support/e2e.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';
import { writePackage } from '../../test-support/registry.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function repo(files: Record<string, string>, packages: Record<string, object> = {}): string {
  const root = freshDir('otp-publish-discover-');
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const [path, manifest] of Object.entries(packages)) writePackage(join(root, path), manifest as { name: string; version: string });
  return root;
}

const discover = (root: string, lines: string[], workspaces = false, publishManifests = true, extra: { npmTag?: string } = {}) =>
  discoverTargets(lines, {
    ...extra,
    root,
    workspaces,
    publishManifests,
    npmRegistry: 'https://registry.npmjs.org/',
    rubygemsHost: 'https://rubygems.org',
    env: process.env,
    logger: new MemoryLogger(),
  });

const names = async (promise: ReturnType<typeof discover>) => (await promise).map((target) => target.name);

describe('discoverTargets', () => {
  it('expands globs in sorted order and reads dependencies, optional and peer dependencies', async () => {
    const root = repo(
      {},
      {
        'libs/b': { name: 'b', version: '1.0.0', dependencies: { a: '^1' }, devDependencies: { c: '^1' } },
        'libs/a': { name: 'a', version: '1.0.0', peerDependencies: { x: '*' }, optionalDependencies: { y: '*' } },
      },
    );
    const targets = await discover(root, ['libs/*']);
    expect(targets.map((target) => [target.name, target.dependencies])).toEqual([
      ['a', ['y', 'x']],
      ['b', ['a']],
    ]);
  });

  it('fails on a glob that matches nothing, naming the input', async () => {
    const root = repo({});
    await expect(discover(root, ['packages/*'])).rejects.toThrow(new InputError('packages', `the pattern 'packages/*' matches nothing under ${root}`));
  });

  it.each([
    ['npm', { 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }), 'package-lock.json': '{}' }],
    ['pnpm', { 'package.json': JSON.stringify({ name: 'root', private: true }), 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n" }],
    ['yarn', { 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }), 'yarn.lock': '' }],
  ])('finds the packages of %s workspaces and leaves the root out', async (_tool, files) => {
    const root = repo(files, { 'packages/one': { name: 'one', version: '1.0.0' }, 'packages/two': { name: 'two', version: '2.0.0', private: true } });
    // Names only: packing (pnpm, yarn) is the oracle tests' part.
    expect(await names(discover(root, ['.'], true, false))).toEqual(['one', 'two']);
  });

  it('adds paths listed in packages to the workspace packages', async () => {
    const root = repo(
      { 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }), 'package-lock.json': '{}' },
      { 'packages/one': { name: 'one', version: '1.0.0' }, 'extra/pkg': { name: 'extra', version: '1.0.0' } },
    );
    expect(await names(discover(root, ['.', 'extra/pkg'], true))).toEqual(['extra', 'one']);
  });

  it('refuses workspaces: true without workspaces, saying what it looked for', async () => {
    const root = repo({}, { '.': { name: 'single', version: '1.0.0' } });
    await expect(discover(root, ['.'], true)).rejects.toThrow(
      /Input 'workspaces': is true, but .* declares no workspaces; expected package.json "workspaces" \(npm, yarn, bun\) or pnpm-workspace.yaml/,
    );
  });

  it('refuses a package listed twice and a private package is read without a version', async () => {
    const root = repo({}, { a: { name: 'same', version: '1.0.0' }, b: { name: 'same', version: '2.0.0' } });
    await expect(discover(root, ['a', 'b'])).rejects.toThrow(ManifestError);
    const privateRoot = repo({ 'package.json': JSON.stringify({ name: 'tools', private: true }) });
    expect(await discover(privateRoot, ['.'])).toMatchObject([{ name: 'tools', version: '', private: true }]);
  });
});

describe('a prerelease in an npm repository', () => {
  const files = { 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['p/*'] }), 'package-lock.json': '{}' };
  const beta = { name: '@d/beta', version: '2.0.0-beta.1' };

  it("is refused before any write without a tag, as npm 11 and 12 refuse it (it would become 'latest')", async () => {
    const root = repo(files, { 'p/beta': beta });
    const error = await discover(root, [], true).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrereleaseTagError);
    expect((error as Error).message).toContain('@d/beta@2.0.0-beta.1 is a prerelease, and npm refuses to publish a prerelease without a tag');
    expect((error as Error).message).toContain("set input 'tag'");
  });

  it("publishes with the 'tag' input or the package's publishConfig.tag", async () => {
    const root = repo(files, { 'p/beta': beta, 'p/rc': { name: '@d/rc', version: '1.0.0-rc.0', publishConfig: { tag: 'next' } } });
    const tagged = await discover(root, [], true, true, { npmTag: 'next' });
    expect(tagged.map((target) => target.name).sort()).toEqual(['@d/beta', '@d/rc']);
    const own = repo(files, { 'p/rc': { name: '@d/rc', version: '1.0.0-rc.0', publishConfig: { tag: 'next' } } });
    expect(await names(discover(own, [], true))).toEqual(['@d/rc']);
  });
});
