import { join } from 'node:path';
import { ManifestError } from '../errors.js';
import { byWorkspace, failureOf, runPacker, runPackerOrFail, type PackageToPack, type Packer, type PackerOptions } from './packer.js';

/**
 * Yarn 4 packs for itself: `yarn npm publish` runs `prepublish` before packing, then packs as
 * `yarn pack` does (its `workspace:` and `catalog:` ranges, publishConfig fields, prepack and
 * postpack), and sends the manifest as packed, with the checkout's commit as `gitHead`. One `yarn workspaces foreach` packs the workspace's
 * packages (`yarn pack` any other directory).
 */
export const yarnPacker: Packer = {
  tool: 'yarn',
  beforePack: ['prepublish'],
  afterUpload: [],
  manifestAs: () => 'yarn',

  async runScript(script, packages, project, options) {
    const { inside, alone } = byWorkspace(packages, project);
    if (inside.length)
      await runPackerOrFail('yarn', ['workspaces', 'foreach', '-A', ...includes(inside), 'run', script], project.root, options, `run ${script}`);
    for (const pkg of alone) await runPackerOrFail('yarn', ['run', script], pkg.dir, options, `run ${script}`);
  },

  async pack(packages, project, destination, options) {
    const { inside, alone } = byWorkspace(packages, project);
    const packArgs = ['pack', '--json', '--out', join(destination, '%s-%v.tgz')];
    const tarballs = new Map<string, string>();
    const collect = async (args: string[], cwd: string) => {
      for (const [dir, tarball] of await packOnce(args, cwd, options)) tarballs.set(dir, tarball);
    };
    if (inside.length) await collect(['workspaces', 'foreach', '-A', ...includes(inside), ...packArgs], project.root);
    for (const pkg of alone) await collect(packArgs, pkg.dir);
    return tarballs;
  },
};

const includes = (packages: PackageToPack[]) => packages.flatMap((pkg) => ['--include', String(pkg.manifest.name)]);

/** Runs a pack command with `--json`: each workspace's lines name its directory (`base`) and then its tarball (`output`). */
async function packOnce(args: string[], cwd: string, options: PackerOptions): Promise<Map<string, string>> {
  const result = await runPacker('yarn', args, cwd, options, 'pack the packages of this yarn repository');
  const tarballs = new Map<string, string>();
  let base: string | undefined;
  const printed: string[] = [];
  for (const line of result.stdout.split('\n')) {
    let event: { base?: unknown; output?: unknown } | undefined;
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      if (line.trim()) printed.push(line);
      continue;
    }
    if (typeof event?.base === 'string') base = event.base;
    if (typeof event?.output === 'string') tarballs.set(base ?? cwd, event.output);
  }
  if (printed.length) options.logger.info(printed.join('\n'));
  if (result.exitCode !== 0) throw new ManifestError(cwd, `yarn ${args.join(' ')} failed: ${failureOf(result)}`);
  return tarballs;
}
