import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ManifestError } from '../errors.js';
import { tarballManifest } from '../registries/npm-tarball.js';
import { readPackOutput } from '../registries/pack-output.js';
import { byWorkspace, failureOf, majorOf, runPacker, runPackerOrFail, type PackageToPack, type Packer, type PackerOptions } from './packer.js';
import type { Project } from './project.js';
import type { Manifest } from './rules.js';

/**
 * pnpm packs for itself: `pnpm publish` runs `prepublishOnly` and `prepublish` before packing and
 * `publish` and `postpublish` after the upload; one `pnpm -r pack` packs the workspace's packages
 * (`pnpm pack` any other directory), with pnpm's rules: `workspace:` and `catalog:` ranges,
 * publishConfig (fields, `directory`, `name` from pnpm 11), the root's LICENSE, its refusals.
 * pnpm 10 publishes its tarball with `npm publish`, later versions send the manifest as packed.
 */
export const pnpmPacker: Packer = {
  tool: 'pnpm',
  beforePack: ['prepublishOnly', 'prepublish'],
  afterUpload: ['publish', 'postpublish'],
  manifestAs: (version) => (Number(majorOf(version)) >= 11 ? 'packed' : 'npm-tarball'),

  async runScript(script, packages, project, options) {
    const { inside, alone } = byWorkspace(packages, project);
    if (inside.length) await runPackerOrFail('pnpm', ['-r', ...selectors(inside, project), 'run', script], project.root, options, `run ${script}`);
    for (const pkg of alone) await runPackerOrFail('pnpm', ['run', script], pkg.dir, options, `run ${script}`);
  },

  async pack(packages, project, destination, options) {
    const { inside, alone } = byWorkspace(packages, project);
    const packArgs = ['pack', '--pack-destination', destination, '--json'];
    const tarballs: string[] = [];
    if (inside.length) tarballs.push(...(await packOnce(['-r', ...selectors(inside, project), ...packArgs], project.root, destination, options)));
    for (const pkg of alone) tarballs.push(...(await packOnce(packArgs, pkg.dir, destination, options)));
    return matchTarballs(packages, tarballs);
  },
};

const selectors = (packages: PackageToPack[], project: Project) =>
  packages.flatMap((pkg) => ['--filter', `./${relative(project.root, pkg.dir).split(sep).join('/')}`]);

async function packOnce(args: string[], cwd: string, destination: string, options: PackerOptions): Promise<string[]> {
  const result = await runPacker('pnpm', args, cwd, options, 'pack the packages of this pnpm repository');
  const output = readPackOutput(result.stdout);
  const printed = [output.scripts, result.stderr.trim()].filter(Boolean).join('\n');
  if (printed) options.logger.info(printed);
  if (result.exitCode !== 0 || !output.entries) throw new ManifestError(cwd, `pnpm ${args.join(' ')} failed: ${output.error ?? failureOf(result)}`);
  return output.entries.flatMap((entry) => (entry.filename ? [isAbsolute(entry.filename) ? entry.filename : join(destination, entry.filename)] : []));
}

/** Each package's tarball, found by the name@version it may be published as (its own, publishConfig.name, or its publishConfig.directory's). */
async function matchTarballs(packages: PackageToPack[], tarballs: string[]): Promise<Map<string, string>> {
  const byId = new Map<string, string>();
  for (const tarball of tarballs) {
    const { name, version } = await tarballManifest(tarball);
    byId.set(`${name}@${version}`, tarball);
  }
  const result = new Map<string, string>();
  const claimed = new Map<string, string>();
  for (const pkg of packages) {
    const found = (await publishedIds(pkg)).map((id) => byId.get(id)).find(Boolean);
    if (!found) continue;
    const other = claimed.get(found);
    if (other) throw new ManifestError(pkg.dir, `pnpm packs it into ${found}, as it packs ${other}; expected one package per name`);
    claimed.set(found, pkg.dir);
    result.set(pkg.dir, found);
  }
  return result;
}

/** The name@version pairs a package may be published as under pnpm's rules. */
async function publishedIds(pkg: PackageToPack): Promise<string[]> {
  const { name, version, publishConfig } = pkg.manifest as { name?: unknown; version?: unknown; publishConfig?: { name?: unknown; directory?: unknown } };
  const ids = [`${name}@${version}`];
  if (typeof publishConfig?.name === 'string') ids.push(`${publishConfig.name}@${version}`);
  if (typeof publishConfig?.directory === 'string') {
    try {
      const inner = JSON.parse(await readFile(`${join(pkg.dir, publishConfig.directory)}${sep}package.json`, 'utf8')) as Manifest;
      ids.push(`${inner.name}@${inner.version}`);
    } catch {
      // pnpm needs it too, and said so when packing
    }
  }
  return ids;
}
