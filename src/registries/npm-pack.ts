import { CommandTimeoutError, ManifestError } from '../errors.js';
import type { Logger } from '../logger.js';
import { type CommandResult, runCommand } from '../process.js';
import { packedEntries } from './pack-output.js';
import type { PackageTarget } from './types.js';

export interface PackOptions {
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  logger: Logger;
  /** The npm workspace root all `targets` belong to, if any: npm packs them from there, with `--workspace`. */
  workspaceRoot: string | undefined;
}

/**
 * Packs several packages with one `npm pack` process (npm runs their `prepack`, `prepare` and
 * `postpack` scripts), into `destination`. Returns the tarball of each package directory.
 */
export async function packWithNpm(targets: PackageTarget[], destination: string, options: PackOptions): Promise<Map<string, string>> {
  const tarballs = new Map<string, string>();
  if (!targets.length) return tarballs;
  const { workspaceRoot } = options;
  // In a workspace, as `npm publish` there: npm applies the ignore files between the root and the package.
  const where = workspaceRoot ? targets.map((target) => `--workspace=${target.path}`) : targets.map((target) => target.path);
  const args = ['pack', ...where, '--pack-destination', destination, '--json', '--ignore-scripts=false'];
  const subject = targets.length === 1 ? targets[0]!.path : `${targets.length} packages`;
  let result: CommandResult;
  try {
    result = await runCommand('npm', args, {
      cwd: workspaceRoot ?? destination,
      env: options.env,
      timeoutMs: options.timeoutMs,
      logger: options.logger,
      display: `npm pack <${targets.length} package(s)>${workspaceRoot ? ` in ${workspaceRoot}` : ''} --pack-destination ${destination} --json`,
    });
  } catch (error) {
    if (error instanceof CommandTimeoutError) throw new ManifestError(subject, `npm pack did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
    throw error;
  }
  const scripts = result.stderr.trim();
  if (scripts) options.logger.info(scripts);
  // Nothing to read when npm failed before packing: its error lines say why.
  const packed = packedEntries(result.stdout) ?? [];
  const idOf = (entry: { name?: string; version?: string }) => `${entry.name}@${entry.version}`;
  const byId = new Map(packed.map((entry) => [idOf(entry), entry.filename]));
  const missing = targets.filter((target) => !byId.get(idOf(target)));
  if (result.exitCode !== 0 || missing.length) {
    const why = `${result.stdout}\n${result.stderr}`
      .split('\n')
      .filter((line) => line.startsWith('npm error'))
      .slice(0, 4)
      .join(' / ');
    throw new ManifestError(
      subject,
      `npm pack failed: ${why || (result.exitCode !== 0 ? `exit code ${result.exitCode}` : `no tarball for ${missing.map((target) => target.name).join(', ')}`)}`,
    );
  }
  for (const target of targets) tarballs.set(target.path, `${destination}/${byId.get(idOf(target))}`);
  return tarballs;
}
