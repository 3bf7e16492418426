// Fixture monorepos for pnpm, yarn berry, bun and npm (without a lockfile), for workspace and packing tests.
//
//   const { root, packages } = writePnpmFixture(mkdtempSync(join(tmpdir(), 'fx-')));
//   packages['@fx/core'] // absolute dir of that package
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Fixture {
  /** Absolute path of the workspace root. */
  root: string;
  /** Package name -> absolute dir. */
  packages: Record<string, string>;
}

/** Writes `content` (JSON values with 2-space indent and a trailing newline) under `dir`, creating folders. */
function write(dir: string, path: string, content: string | object): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
}

/** Writes `root/<rel>/package.json` plus index.js, README.md and `extra` files; returns the package's dir. */
function writeMember(
  root: string,
  rel: string,
  manifest: { name: string; version: string; [key: string]: unknown },
  extra: Record<string, string> = {},
): string {
  const dir = join(root, rel);
  write(dir, 'package.json', manifest);
  write(dir, 'index.js', `module.exports = ${JSON.stringify(manifest.name)};\n`);
  write(dir, 'README.md', `# ${manifest.name}\n`);
  for (const [path, content] of Object.entries(extra)) write(dir, path, content);
  return dir;
}

/** pnpm workspace with a default and a named catalog, `workspace:` ranges of every kind, publishConfig and a prepack script; `packageManager` pins `pnpm`. */
export function writePnpmFixture(dir: string, pnpm: string): Fixture {
  const root = resolve(dir);
  write(root, 'package.json', { name: 'pnpm-root', private: true, packageManager: `pnpm@${pnpm}` });
  write(
    root,
    'pnpm-workspace.yaml',
    ['packages:', '  - packages/*', 'catalog:', '  left-pad: ^1.3.0', 'catalogs:', '  legacy:', '    is-number: ^7.0.0', ''].join('\n'),
  );
  const packages: Record<string, string> = {};
  packages['@fx/core'] = writeMember(
    root,
    'packages/core',
    {
      name: '@fx/core',
      version: '1.2.0',
      main: 'src/index.js',
      publishConfig: {
        main: 'dist/index.js',
        types: 'dist/index.d.ts',
        exports: { '.': './dist/index.js' },
        access: 'public',
      },
      dependencies: { 'left-pad': 'catalog:' },
    },
    {
      'src/index.js': 'module.exports = "src";\n',
      'dist/index.js': 'module.exports = "dist";\n',
      'dist/index.d.ts': 'declare const value: string;\nexport = value;\n',
    },
  );
  packages['@fx/util'] = writeMember(root, 'packages/util', {
    name: '@fx/util',
    version: '2.0.0',
    dependencies: { '@fx/core': 'workspace:^', 'is-number': 'catalog:legacy' },
    devDependencies: { '@fx/core': 'workspace:*' },
  });
  packages['@fx/app'] = writeMember(root, 'packages/app', {
    name: '@fx/app',
    version: '3.0.0',
    files: ['index.js', 'built.txt'],
    scripts: { prepack: `node -e "require('fs').writeFileSync('built.txt','built')"`, test: 'echo t' },
    dependencies: { '@fx/core': 'workspace:~', '@fx/util': 'workspace:>=2.0.0' },
    peerDependencies: { '@fx/util': 'workspace:^' },
    optionalDependencies: { '@fx/core': 'workspace:*' },
  });
  return { root, packages };
}

/** Yarn berry (node-modules linker, no global cache, no telemetry) with workspace-only dependencies. */
export function writeYarnFixture(dir: string): Fixture {
  const root = resolve(dir);
  write(root, 'package.json', {
    name: 'yarn-root',
    private: true,
    packageManager: 'yarn@4.18.1',
    workspaces: ['packages/*'],
  });
  write(root, '.yarnrc.yml', 'enableTelemetry: false\nnodeLinker: node-modules\nenableGlobalCache: false\n');
  const packages: Record<string, string> = {};
  packages['@fy/core'] = writeMember(
    root,
    'packages/core',
    {
      name: '@fy/core',
      version: '1.0.0',
      main: 'index.js',
      publishConfig: { main: 'lib/index.js', module: 'lib/index.mjs', types: 'lib/index.d.ts', access: 'public' },
    },
    {
      'lib/index.js': 'module.exports = "lib";\n',
      'lib/index.mjs': 'export default "lib";\n',
      'lib/index.d.ts': 'declare const value: string;\nexport default value;\n',
    },
  );
  packages['@fy/cli'] = writeMember(
    root,
    'packages/cli',
    {
      name: '@fy/cli',
      version: '1.1.0',
      bin: { fy: 'cli.js' },
      dependencies: { '@fy/core': 'workspace:^' },
      devDependencies: { '@fy/core': 'workspace:*' },
      peerDependencies: { '@fy/core': 'workspace:~' },
    },
    { 'cli.js': '#!/usr/bin/env node\nconsole.log("fy");\n' },
  );
  // A plugin: a prerelease whose only workspace dependency is a peer; the root's LICENSE beside it.
  write(root, 'LICENSE', 'MIT License\n');
  packages['@fy/plugin'] = writeMember(root, 'packages/plugin', {
    name: '@fy/plugin',
    version: '0.1.0-rc.1',
    peerDependencies: { '@fy/core': 'workspace:*' },
    optionalDependencies: { '@fy/cli': 'workspace:^' },
  });
  return { root, packages };
}

/** Bun workspace with a catalog in `workspaces`; no bun.lock (bun pm pack needs no install). */
export function writeBunFixture(dir: string): Fixture {
  const root = resolve(dir);
  write(root, 'package.json', {
    name: 'bun-root',
    private: true,
    packageManager: 'bun@1.4.5',
    workspaces: { packages: ['packages/*'], catalog: { 'left-pad': '^1.3.0' } },
  });
  const packages: Record<string, string> = {};
  packages['@fb/core'] = writeMember(root, 'packages/core', { name: '@fb/core', version: '0.5.0' });
  packages['@fb/web'] = writeMember(root, 'packages/web', {
    name: '@fb/web',
    version: '0.6.0',
    dependencies: { '@fb/core': 'workspace:*', 'left-pad': 'catalog:' },
    peerDependencies: { '@fb/core': 'workspace:^' },
  });
  // A plugin: a prerelease whose only workspace dependency is a peer, with a bin; the root's LICENSE beside it.
  write(root, 'LICENSE', 'MIT License\n');
  packages['@fb/plugin'] = writeMember(
    root,
    'packages/plugin',
    {
      name: '@fb/plugin',
      version: '1.0.0-beta.2',
      bin: { fbp: 'cli.js' },
      // bun, like npm, publishes a prerelease only with a tag.
      publishConfig: { tag: 'next' },
      peerDependencies: { '@fb/core': 'workspace:*' },
      optionalDependencies: { '@fb/web': 'workspace:~' },
    },
    { 'cli.js': '#!/usr/bin/env node\n' },
  );
  return { root, packages };
}

/** npm workspaces (object form, `libs/*`) without any lockfile. */
export function writeNpmNoLockFixture(dir: string): Fixture {
  const root = resolve(dir);
  write(root, 'package.json', { name: 'npm-root', private: true, workspaces: { packages: ['libs/*'] } });
  const packages: Record<string, string> = {};
  packages['@fn/a'] = writeMember(root, 'libs/a', { name: '@fn/a', version: '1.0.0' });
  packages['@fn/b'] = writeMember(root, 'libs/b', {
    name: '@fn/b',
    version: '1.0.0',
    dependencies: { '@fn/a': '^1.0.0' },
  });
  return { root, packages };
}

/**
 * A pnpm workspace with every shape pnpm's publish rules touch: `workspace:` in every form and
 * dependency field (a peer-only one included), default and named catalogs, publishConfig field
 * overrides, publishConfig.directory and publishConfig.name (pnpm 12), `bin`, `npm:` aliases, a
 * prerelease version, a pack script, and a LICENSE at the root only. `packageManager` pins `pnpm`.
 */
export function writePnpmRulesFixture(dir: string, pnpm: string): Fixture {
  const root = resolve(dir);
  write(root, 'package.json', { name: 'pnpm-rules-root', private: true, packageManager: `pnpm@${pnpm}` });
  write(root, 'LICENSE', 'MIT License\n\nCopyright (c) the fixture authors\n');
  write(
    root,
    'pnpm-workspace.yaml',
    ['packages:', '  - packages/*', 'catalog:', '  left-pad: ^1.3.0', 'catalogs:', '  legacy:', '    is-number: ^7.0.0', ''].join('\n'),
  );
  const packages: Record<string, string> = {};
  packages['@fr/core'] = writeMember(
    root,
    'packages/core',
    {
      name: '@fr/core',
      version: '1.2.0',
      main: 'src/index.js',
      publishConfig: { main: 'dist/index.js', types: 'dist/index.d.ts', exports: { '.': './dist/index.js' }, access: 'public' },
      dependencies: { 'left-pad': 'catalog:' },
    },
    { 'src/index.js': 'module.exports = "src";\n', 'dist/index.js': 'module.exports = "dist";\n', 'dist/index.d.ts': 'export {};\n' },
  );
  packages['@fr/util'] = writeMember(root, 'packages/util', {
    name: '@fr/util',
    version: '2.0.0-beta.1',
    dependencies: { '@fr/core': 'workspace:^', 'is-number': 'catalog:legacy' },
    devDependencies: { '@fr/core': 'workspace:*' },
    optionalDependencies: { '@fr/core': 'workspace:~' },
  });
  packages['@fr/plugin'] = writeMember(root, 'packages/plugin', { name: '@fr/plugin', version: '1.0.0', peerDependencies: { '@fr/core': 'workspace:*' } });
  packages['@fr/cli'] = writeMember(
    root,
    'packages/cli',
    {
      name: '@fr/cli',
      version: '1.0.0',
      bin: { fr: 'cli.js' },
      files: ['cli.js', 'index.js', 'built.txt'],
      scripts: { prepack: `node -e "require('fs').writeFileSync('built.txt','built')"` },
      dependencies: { 'core-alias': 'workspace:@fr/core@^', '@fr/util': 'workspace:>=2.0.0-0', pad: 'npm:left-pad@^1.3.0' },
    },
    { 'cli.js': '#!/usr/bin/env node\nconsole.log("fr");\n' },
  );
  packages['@fr/dist'] = writeMember(
    root,
    'packages/dist',
    // pnpm resolves the directory's workspace: ranges from the package's own node_modules, which an install fills from these dependencies.
    { name: '@fr/dist', version: '1.0.0', main: 'src.js', publishConfig: { directory: 'out' }, dependencies: { '@fr/core': 'workspace:^' } },
    {
      'out/package.json': `${JSON.stringify({ name: '@fr/dist', version: '1.0.0', main: 'index.js', dependencies: { '@fr/core': 'workspace:^' } }, null, 2)}\n`,
      'out/index.js': 'module.exports = "out";\n',
    },
  );
  packages['@fr/renamed'] = writeMember(
    root,
    'packages/renamed',
    { name: '@fr/renamed', version: '3.0.0', license: 'ISC', publishConfig: { name: '@fr/renamed-pub' } },
    { LICENSE: 'ISC License\n' },
  );
  packages['@fr/uses-renamed'] = writeMember(root, 'packages/uses-renamed', {
    name: '@fr/uses-renamed',
    version: '1.0.0',
    dependencies: { '@fr/renamed': 'workspace:^' },
  });
  return { root, packages };
}

/** Makes `root` a git repository with everything committed, as a workflow's checkout is (clients record its HEAD as `gitHead`). */
export function commitAll(root: string): void {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: root, stdio: 'pipe' });
  writeFileSync(join(root, '.gitignore'), 'node_modules\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'release');
}
