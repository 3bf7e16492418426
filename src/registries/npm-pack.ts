import { CommandTimeoutError, ManifestError } from '../errors.js';
import type { Logger } from '../logger.js';
import { runCommand } from '../process.js';

/**
 * Packs several package directories with one `npm pack` process (npm runs their `prepack`,
 * `prepare` and `postpack` scripts), into `destination`. Returns the tarball of each directory.
 */
export async function packAll(dirs: string[], destination: string, options: { env: NodeJS.ProcessEnv; timeoutMs: number; logger: Logger }): Promise<Map<string, string>> {
  const tarballs = new Map<string, string>();
  if (!dirs.length) return tarballs;
  const args = ['pack', ...dirs, '--pack-destination', destination, '--json', '--ignore-scripts=false'];
  let result;
  try {
    result = await runCommand('npm', args, { cwd: destination, env: options.env, timeoutMs: options.timeoutMs, logger: options.logger, display: `npm pack <${dirs.length} package(s)> --pack-destination ${destination} --json` });
  } catch (error) {
    if (error instanceof CommandTimeoutError) throw new ManifestError(dirs.join(', '), `npm pack did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
    throw error;
  }
  const scripts = result.stderr.trim();
  if (scripts) options.logger.info(scripts);
  let packed: Array<{ filename?: string }> = [];
  try {
    packed = JSON.parse(result.stdout) as Array<{ filename?: string }>;
  } catch {
    // not JSON: npm failed before packing; its error lines say why
  }
  if (result.exitCode !== 0 || packed.length !== dirs.length) {
    const why = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.startsWith('npm error')).slice(0, 4).join(' / ');
    throw new ManifestError(dirs.length === 1 ? dirs[0]! : `${dirs.length} packages`, `npm pack failed: ${why || `exit code ${result.exitCode}`}`);
  }
  dirs.forEach((dir, index) => tarballs.set(dir, `${destination}/${packed[index]!.filename}`));
  return tarballs;
}
