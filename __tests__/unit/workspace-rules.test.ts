// Package manager detection, workspace discovery, npm's publish manifest and the checks every
// manager's manifests go through (pnpm, yarn and bun pack for themselves: see the oracle tests).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PrivateDependencyError } from '../../src/errors.js';
import { discoverTargets } from '../../src/plan/discover.js';
import { detectManager, readProject, type Project } from '../../src/workspace/project.js';
import { npmPublishManifest, refusePrivateDependencies, unresolvedRanges } from '../../src/workspace/publish-manifest.js';
import { dependencyNames } from '../../src/workspace/rules.js';
import { freshDir } from '../../test-support/e2e.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A repository from `files` (path -> text, or an object written as JSON). */
function repo(files: Record<string, string | object>): string {
  const root = freshDir('otp-publish-rules-');
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return root;
}

/** The publish manifest of the package in `dir` (relative to root) of an npm repository. */
function published(root: string, dir: string) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  return npmPublishManifest(manifest, join(root, dir)).manifest;
}

const core = { name: '@w/core', version: '1.2.0' };
const emptyProject: Project = { root: '', manager: 'npm', managerSource: 'test', rootManifest: {}, isMonorepo: true, packages: [] };

describe('package manager detection', () => {
  it('takes the packageManager field first, then the lockfile or config file, then npm', async () => {
    const both = repo({ 'package.json': { packageManager: 'yarn@4.18.1+sha512.abc' }, 'pnpm-lock.yaml': '' });
    expect(await detectManager(both, { packageManager: 'yarn@4.18.1+sha512.abc' })).toEqual({ manager: 'yarn', source: 'packageManager field (yarn@4.18.1)' });
    expect((await detectManager(both, {})).manager).toBe('pnpm');
    for (const [file, manager] of [
      ['bun.lockb', 'bun'],
      ['bun.lock', 'bun'],
      ['.yarnrc.yml', 'yarn'],
      ['yarn.lock', 'yarn'],
      ['pnpm-workspace.yaml', 'pnpm'],
      ['package-lock.json', 'npm'],
    ] as const) {
      expect((await detectManager(repo({ [file]: '' }), {})).manager, file).toBe(manager);
    }
    expect(await detectManager(repo({}), {})).toEqual({ manager: 'npm', source: 'no lockfile (npm)' });
    // An unknown manager in the field falls back to the files.
    expect((await detectManager(repo({ 'bun.lock': '' }), { packageManager: 'deno@2' })).manager).toBe('bun');
  });

  it('reads npm workspaces without any lockfile, as an array or as { packages }', async () => {
    for (const workspaces of [['libs/*'], { packages: ['libs/*'] }]) {
      const root = repo({
        'package.json': { name: 'root', private: true, workspaces },
        'libs/a/package.json': { name: 'a', version: '1.0.0' },
        'libs/b/package.json': { name: 'b', version: '2.0.0' },
      });
      const project = await readProject(root);
      expect(project).toMatchObject({ manager: 'npm', isMonorepo: true });
      expect(project.packages.map((pkg) => `${pkg.name}@${pkg.version}`)).toEqual(['a@1.0.0', 'b@2.0.0']);
      const targets = await discoverTargets([], {
        root,
        workspaces: true,
        npmRegistry: 'https://registry.npmjs.org/',
        rubygemsHost: 'https://rubygems.org',
        env: process.env,
        logger: new MemoryLogger(),
      });
      expect(targets.map((target) => target.name)).toEqual(['a', 'b']);
    }
  });

  it('reads pnpm-workspace.yaml, and yarn workspaces with only .yarnrc.yml', async () => {
    const pnpm = repo({
      'package.json': { name: 'root', private: true },
      'pnpm-workspace.yaml': 'packages:\n  - "pkgs/*"\n',
      'pkgs/x/package.json': { name: 'x', version: '1.0.0' },
    });
    expect(await readProject(pnpm)).toMatchObject({ manager: 'pnpm', packages: [{ name: 'x', version: '1.0.0' }] });
    const yarn = repo({
      'package.json': { name: 'root', private: true, workspaces: ['pkgs/*'] },
      '.yarnrc.yml': 'nodeLinker: node-modules\n',
      'pkgs/y/package.json': { name: 'y', version: '1.0.0' },
    });
    expect(await readProject(yarn)).toMatchObject({ manager: 'yarn', managerSource: '.yarnrc.yml', packages: [{ name: 'y' }] });
  });
});

describe('the safety net', () => {
  it('names workspace:, catalog:, link: and file: ranges, except file: of bundled dependencies', () => {
    expect(
      unresolvedRanges({
        dependencies: { a: 'workspace:*', b: '^1.0.0', c: 'file:../c', d: 'file:vendor/d', e: 'npm:e@1' },
        devDependencies: { f: 'link:../f' },
        peerDependencies: { g: 'catalog:' },
        bundleDependencies: ['d'],
      }),
    ).toEqual([
      { field: 'dependencies', name: 'a', range: 'workspace:*' },
      { field: 'dependencies', name: 'c', range: 'file:../c' },
      { field: 'peerDependencies', name: 'g', range: 'catalog:' },
      { field: 'devDependencies', name: 'f', range: 'link:../f' },
    ]);
    expect(unresolvedRanges({ dependencies: { c: 'file:../c' }, bundleDependencies: true })).toEqual([]);
  });

  it('npm owns a repository without a lockfile or packageManager field: a workspace: range fails, with the way out', async () => {
    const root = repo({
      'package.json': { name: 'root', private: true, workspaces: ['p/*'] },
      'p/a/package.json': core,
      'p/b/package.json': { name: 'b', version: '1.0.0', dependencies: { '@w/core': 'workspace:*' } },
    });
    expect(() => published(root, 'p/b')).toThrow(
      /as npm builds it.*npm has no workspace: or catalog: protocol: a pnpm, yarn or bun repository needs its lockfile or a package.json "packageManager" field\. Nothing was published/,
    );
  });

  it('refuses, for every manager, a package that needs a private workspace package at install time, naming the package and field', async () => {
    for (const [manager, extra] of [
      ['npm', { 'package-lock.json': '{}' }],
      ['yarn', { 'yarn.lock': '' }],
      ['bun', { 'bun.lock': '{}' }],
      ['pnpm', { 'pnpm-workspace.yaml': 'packages:\n  - p/*\n' }],
    ] as const) {
      const root = repo({
        'package.json': { name: 'root', private: true, workspaces: ['p/*'] },
        ...extra,
        'p/hidden/package.json': { name: '@w/hidden', version: '1.0.0', private: true },
        'p/ok/package.json': { name: '@w/ok', version: '1.0.0', devDependencies: { '@w/hidden': 'workspace:*' }, bundleDependencies: ['@w/b'] },
        'p/peer/package.json': { name: '@w/peer', version: '1.0.0', peerDependencies: { '@w/hidden': '^1.0.0' } },
      });
      const project = await readProject(root);
      expect(project.manager).toBe(manager);
      const manifest = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      // A devDependency is never installed by users of the package.
      expect(() => refusePrivateDependencies(manifest('p/ok'), join(root, 'p/ok'), project)).not.toThrow();
      const error = (() => {
        try {
          refusePrivateDependencies(manifest('p/peer'), join(root, 'p/peer'), project);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error, manager).toBeInstanceOf(PrivateDependencyError);
      expect((error as Error).message).toContain('@w/peer has peerDependencies["@w/hidden"], but @w/hidden (p/hidden) is a private workspace package');
    }
    // Bundled, it ships inside the package.
    const bundled = { name: '@w/x', version: '1.0.0', dependencies: { '@w/hidden': 'file:../hidden' }, bundleDependencies: ['@w/hidden'] };
    const root = repo({ 'package.json': { name: 'root', private: true, workspaces: ['p/*'] }, 'p/hidden/package.json': { name: '@w/hidden', private: true } });
    expect(() =>
      refusePrivateDependencies(bundled, join(root, 'p/x'), {
        ...emptyProject,
        root,
        packages: [{ name: '@w/hidden', version: '', dir: join(root, 'p/hidden'), private: true }],
      }),
    ).not.toThrow();
  });

  it('orders by the names aliases install', () => {
    expect(dependencyNames({ dependencies: { a: '1', x: 'npm:@s/b@1.0.0' }, devDependencies: { c: '1' }, peerDependencies: { d: '1' } })).toEqual([
      'a',
      'x',
      '@s/b',
      'd',
    ]);
  });
});
