import { basename, dirname } from 'node:path';
import { ManifestError, ToolMissingError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { type CommandResult, runCommand } from '../process.js';
import type { PackageTarget } from './types.js';

// Ruby reads the gemspec (it is Ruby code) or the .gem's embedded spec, and prints what we need as JSON.
const READ_SPEC = `
require "json"
require "rubygems/package"
path = ARGV.fetch(0)
begin
  spec = path.end_with?(".gem") ? Gem::Package.new(path).spec : Gem::Specification.load(path)
rescue StandardError, ScriptError => e
  abort(e.message.lines.first.to_s.strip)
end
abort("not a loadable gem specification") unless spec
puts JSON.generate(name: spec.name, version: spec.version.to_s, platform: spec.platform.to_s, metadata: spec.metadata,
                   dependencies: spec.runtime_dependencies.map(&:name))
`;

interface SpecFields {
  name: string;
  version: string;
  platform: string;
  metadata: Record<string, string>;
  dependencies: string[];
}

export interface GemManifestOptions {
  /** The `rubygems-host` input, without a trailing slash. */
  host: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

/**
 * Reads name, version and platform of a `*.gemspec` (evaluated in its own directory, as `gem build`
 * does) or of a built `.gem` file. Refuses a gem whose `allowed_push_host` is another host.
 */
export async function readGemManifest(path: string, options: GemManifestOptions): Promise<PackageTarget> {
  let result: CommandResult;
  try {
    result = await runCommand('ruby', ['-e', READ_SPEC, basename(path)], {
      cwd: dirname(path),
      env: options.env,
      timeoutMs: 60_000,
      logger: options.logger,
      display: `ruby -e <read the gem specification> ${basename(path)}`,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ToolMissingError('ruby', `read ${path}`, 'Install Ruby before this step (for example with ruby/setup-ruby).');
    }
    throw new ManifestError(path, `cannot be read by ruby (${errorMessage(error)})`);
  }
  const lastLine = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.exitCode !== 0 || !lastLine.startsWith('{')) {
    const why =
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.trim() && !/^\s*from /.test(line))
        .slice(-2)
        .join(' / ') || `ruby exited ${result.exitCode}`;
    throw new ManifestError(path, `is not a readable ${path.endsWith('.gem') ? '.gem file' : 'gemspec'}: ${why}`);
  }
  const spec = JSON.parse(lastLine) as SpecFields;
  if (!spec.name || !spec.version) throw new ManifestError(path, 'has no name or version; expected both in the gem specification');
  const allowed = spec.metadata?.allowed_push_host;
  if (allowed && !sameOrigin(allowed, options.host)) {
    throw new ManifestError(
      path,
      `allowed_push_host is ${allowed} but input 'rubygems-host' is ${options.host}; the gem can only be pushed to its allowed host`,
    );
  }
  return {
    registry: 'rubygems',
    name: spec.name,
    version: spec.version,
    platform: spec.platform || 'ruby',
    path,
    private: false,
    dependencies: spec.dependencies ?? [],
  };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    return x.protocol === y.protocol && x.hostname === y.hostname;
  } catch {
    return false;
  }
}
