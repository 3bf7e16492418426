// In-process packing against the real `npm pack`: for each package below, the tarball otp-publish
// uploads must hold exactly what npm's would, byte for byte once unzipped (same files, order,
// headers and modes). And the `npm pack` route for packages with pack scripts, in a workspace.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { packWithNpm } from '../../src/registries/npm-pack.js';
import { packInProcess, packMethod } from '../../src/registries/npm-tarball.js';
import { npmWorkspaceRoot } from '../../src/registries/npm-workspace.js';
import { clientPath, clientVersion } from '../../test-support/clients.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

const base = mkdtempSync(join(tmpdir(), 'otp-publish-pack-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Writes `files` (path -> content) under a fresh directory; returns it. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(base, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

interface Packed {
  files: string[];
  npmTar: Buffer;
  ourTar: Buffer;
  npmName: string;
  ourName: string;
}

/** `npm pack` run in `dir` (npm finds the workspace root itself) and packInProcess of the same directory. */
async function packBoth(dir: string): Promise<Packed> {
  const out = mkdtempSync(join(base, 'out-'));
  mkdirSync(join(out, 'npm'));
  mkdirSync(join(out, 'ours'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
  const report = JSON.parse(execFileSync('npm', ['pack', '--pack-destination', join(out, 'npm'), '--json'], { cwd: dir, env, encoding: 'utf8' })) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(packMethod(manifest)).toBe('in-process');
  const ours = await packInProcess(dir, join(out, 'ours'), await npmWorkspaceRoot(dir, new Map()));
  return {
    files: report[0]!.files.map((file) => file.path).sort(),
    npmTar: gunzipSync(readFileSync(join(out, 'npm', report[0]!.filename))),
    ourTar: gunzipSync(readFileSync(ours)),
    npmName: report[0]!.filename,
    ourName: ours.slice(ours.lastIndexOf('/') + 1),
  };
}

/** Mode of `path` inside an uncompressed tarball. */
function modeIn(tar: Buffer, path: string): number | undefined {
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = tar
      .subarray(offset, offset + 100)
      .toString('utf8')
      .replace(/\0.*$/s, '');
    if (!name) return undefined;
    const size = parseInt(tar.subarray(offset + 124, offset + 136).toString('utf8'), 8) || 0;
    if (name === path) return parseInt(tar.subarray(offset + 100, offset + 108).toString('utf8'), 8);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

describe('in-process packing matches npm pack', () => {
  it('a package without "files": always-included files, .gitignore fallback, default exclusions, a root bin made executable', async () => {
    const dir = tree('plain', {
      'package.json': json({ name: 'plain', version: '1.0.0', bin: './cli.js' }),
      'cli.js': '#!/usr/bin/env node\n',
      'index.js': 'module.exports = 1;\n',
      'lib/deep/a.js': 'a\n',
      'README.md': 'readme\n',
      LICENSE: 'MIT\n',
      'CHANGELOG.md': 'changes\n',
      '.gitignore': '*.log\ncoverage/\n',
      'debug.log': 'log\n',
      'coverage/report.json': '{}\n',
      '.npmrc': 'x=y\n',
      'package-lock.json': '{}\n',
      'node_modules/dep/index.js': 'dep\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.DS_Store': 'x',
      'notes.txt.orig': 'x',
    });
    const packed = await packBoth(dir);
    expect(packed.files).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'cli.js', 'index.js', 'lib/deep/a.js', 'package.json']);
    expect(packed.ourTar.equals(packed.npmTar)).toBe(true);
    expect(modeIn(packed.ourTar, 'package/cli.js')! & 0o111).toBe(0o111);
    expect(packed.ourName).toBe(packed.npmName);
  });

  it('a "files" list with directories, globs, negations and a nested .npmignore; main, browser and bin outside it', async () => {
    const dir = tree('files', {
      'package.json': json({
        name: '@scope/files',
        version: '2.0.0-beta.1',
        main: 'main.js',
        browser: 'browser.js',
        bin: { tool: './bin/tool.js' },
        files: ['lib', 'types/*.d.ts', './docs/', '!lib/secret.js'],
      }),
      'main.js': 'main\n',
      'browser.js': 'browser\n',
      'bin/tool.js': '#!/usr/bin/env node\n',
      'lib/a.js': 'a\n',
      'lib/secret.js': 'secret\n',
      'lib/.npmignore': 'fixtures/\n',
      'lib/fixtures/big.json': '{}\n',
      'types/index.d.ts': 'export {};\n',
      'types/index.ts': 'export {};\n',
      'docs/guide.md': 'guide\n',
      'src/a.ts': 'a\n',
      'readme.markdown': 'readme\n',
      'licence.txt': 'MIT\n',
    });
    const packed = await packBoth(dir);
    expect(packed.files).toContain('lib/a.js');
    expect(packed.files).toContain('main.js');
    expect(packed.files).not.toContain('lib/secret.js');
    expect(packed.files).not.toContain('src/a.ts');
    expect(packed.ourTar.equals(packed.npmTar)).toBe(true);
    expect(packed.ourName).toBe('scope-files-2.0.0-beta.1.tgz');
    expect(packed.ourName).toBe(packed.npmName);
  });

  it('a root .npmignore over .gitignore, an executable file, a symlink and an array of bins', async () => {
    const dir = tree('npmignore', {
      'package.json': json({ name: 'npmignore', version: '0.0.1', bin: ['run.js'] }),
      'run.js': 'run\n',
      '.npmignore': 'test/\n*.tgz\n',
      '.gitignore': 'dist/\n',
      'dist/index.js': 'built\n',
      'test/a.test.js': 'test\n',
      'old.tgz': 'x',
      'scripts/build.sh': 'echo\n',
    });
    chmodSync(join(dir, 'scripts/build.sh'), 0o755);
    symlinkSync(join(dir, 'run.js'), join(dir, 'link.js'));
    const packed = await packBoth(dir);
    expect(packed.files).toEqual(['dist/index.js', 'package.json', 'run.js', 'scripts/build.sh']);
    expect(packed.ourTar.equals(packed.npmTar)).toBe(true);
    expect(modeIn(packed.ourTar, 'package/scripts/build.sh')).toBe(0o755);
  });

  it('a workspace package: the ignore files between the workspace root and the package apply, as when npm publishes it', async () => {
    const root = tree('monorepo', {
      'package.json': json({ name: 'monorepo', private: true, workspaces: ['packages/*'] }),
      '.gitignore': '.env\nsecret.txt\n',
      'packages/.npmignore': '*.map\n',
      'packages/ws/package.json': json({ name: '@scope/ws', version: '1.0.0' }),
      'packages/ws/index.js': 'ws\n',
      'packages/ws/index.js.map': '{}\n',
      'packages/ws/.env': 'TOKEN=x\n',
      'packages/ws/secret.txt': 'secret\n',
    });
    const dir = join(root, 'packages/ws');
    expect(await npmWorkspaceRoot(dir, new Map())).toBe(root);
    const packed = await packBoth(dir);
    expect(packed.files).toEqual(['index.js', 'package.json']);
    expect(packed.ourTar.equals(packed.npmTar)).toBe(true);
  });

  it('finds no workspace root for a package that no ancestor lists among its workspaces', async () => {
    const root = tree('not-a-workspace', {
      'package.json': json({ name: 'outer', private: true, workspaces: ['apps/*'] }),
      'libs/lib/package.json': json({ name: 'lib', version: '1.0.0' }),
      'apps/x/package.json': json({ name: 'x', version: '1.0.0' }),
    });
    expect(await npmWorkspaceRoot(join(root, 'libs/lib'), new Map())).toBeUndefined();
    expect(await npmWorkspaceRoot(join(root, 'apps/x'), new Map())).toBe(root);
  });
});

describe('packWithNpm', () => {
  // npm 11 prints an array, npm 12 an object keyed by package name; both print script output first, on stdout.
  it.each([11, 12] as const)(
    'npm %i: packs workspace packages with pack scripts from their root (its ignore files apply) and maps each tarball by name',
    async (npm) => {
      const root = tree(`scripted-monorepo-${npm}`, {
        'package.json': json({ name: 'scripted', private: true, workspaces: ['packages/*'] }),
        '.gitignore': 'secret.txt\n',
        'packages/one/package.json': json({
          name: '@scope/one',
          version: '1.0.0',
          scripts: { prepack: "node -e \"require('fs').writeFileSync('built.js', '1'); console.log('[built] {1 file}')\"" },
        }),
        'packages/one/secret.txt': 'secret\n',
        'packages/two/package.json': json({ name: 'two', version: '3.1.4', scripts: { prepare: 'node -e "0"' } }),
      });
      const targets = ['one', 'two'].map((dir) => ({
        registry: 'npm' as const,
        name: dir === 'one' ? '@scope/one' : 'two',
        version: dir === 'one' ? '1.0.0' : '3.1.4',
        path: join(root, 'packages', dir),
        private: false,
        dependencies: [],
      }));
      const out = mkdtempSync(join(base, 'cli-'));
      const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key))), PATH: clientPath({ npm }) };
      expect(execFileSync('npm', ['--version'], { env, encoding: 'utf8' }).trim()).toMatch(npm === 12 ? clientVersion('npm') : /^11\./);
      const logger = new MemoryLogger();
      const tarballs = await packWithNpm(targets, out, { env, timeoutMs: 60_000, logger, workspaceRoot: root });
      expect([...tarballs]).toEqual([
        [targets[0]!.path, join(out, 'scope-one-1.0.0.tgz')],
        [targets[1]!.path, join(out, 'two-3.1.4.tgz')],
      ]);
      const listing = execFileSync('tar', ['tzf', tarballs.get(targets[0]!.path)!], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .sort();
      expect(listing).toEqual(['package/built.js', 'package/package.json']);
    },
  );
});

describe('packMethod', () => {
  it('keeps npm for what only npm can run or resolve', () => {
    expect(packMethod({ name: 'a' })).toBe('in-process');
    expect(packMethod({ scripts: { test: 'vitest', build: 'tsc' } })).toBe('in-process');
    for (const script of ['prepack', 'prepare', 'postpack']) expect(packMethod({ scripts: { [script]: 'x' } })).toBe('npm pack');
    expect(packMethod({ bundleDependencies: ['dep'] })).toBe('npm pack');
    expect(packMethod({ bundledDependencies: true })).toBe('npm pack');
    expect(packMethod({ directories: { bin: './bin' } })).toBe('npm pack');
    expect(packMethod({ name: 'root', workspaces: ['packages/*'] })).toBe('npm pack');
    for (const script of ['prepublishOnly', 'prepublish', 'publish', 'postpublish'])
      expect(packMethod({ scripts: { prepack: 'x', [script]: 'y' } })).toBe('npm publish');
  });
});
