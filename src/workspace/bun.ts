import { isAbsolute, join } from 'node:path';
import { ManifestError } from '../errors.js';
import { failureOf, runPacker, runPackerOrFail, type Packer } from './packer.js';

/**
 * Bun packs for itself: `bun publish` runs `prepublishOnly` before packing and `publish` and
 * `postpublish` after the upload, and packs as `bun pm pack` does (its `workspace:` and `catalog:`
 * ranges, prepack, prepare and postpack), one package at a time. It sends the manifest with the
 * tarball's `integrity` and `shasum` and the README's name.
 */
export const bunPacker: Packer = {
  tool: 'bun',
  beforePack: ['prepublishOnly'],
  afterUpload: ['publish', 'postpublish'],
  manifestAs: () => 'bun',

  async runScript(script, packages, _project, options) {
    for (const pkg of packages) await runPackerOrFail('bun', ['run', script], pkg.dir, options, `run ${script}`);
  },

  async pack(packages, _project, destination, options) {
    const tarballs = new Map<string, string>();
    for (const pkg of packages) {
      const args = ['pm', 'pack', '--destination', destination, '--quiet'];
      const result = await runPacker('bun', args, pkg.dir, options, 'pack the packages of this bun repository');
      // --quiet: the tarball's path is the last line (scripts may print before it).
      const lines = result.stdout.trim().split('\n');
      const name = lines.pop()?.trim();
      if (lines.length || result.stderr.trim()) options.logger.info([...lines, result.stderr.trim()].filter(Boolean).join('\n'));
      if (result.exitCode !== 0 || !name?.endsWith('.tgz')) throw new ManifestError(pkg.dir, `bun ${args.join(' ')} failed: ${failureOf(result)}`);
      tarballs.set(pkg.dir, isAbsolute(name) ? name : join(destination, name));
    }
    return tarballs;
  },
};
