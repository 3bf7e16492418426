import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tokenOf } from '../credentials/credential.js';
import { childEnv } from '../credentials/child-env.js';
import { CommandTimeoutError, GemBuildError, ToolMissingError } from '../errors.js';
import type { Logger } from '../logger.js';
import { runCommand, type CommandResult } from '../process.js';
import { GEM_WEBAUTHN_PROMPT, classifyGemPush } from './gem-output.js';
import { readJson } from './http.js';
import type { Existence, PackageTarget, PublishOutcome, PublishRequest, RegistryAdapter } from './types.js';

export interface RubygemsSettings {
  /** The `rubygems-host` input, without a trailing slash. */
  host: string;
  /** Where built gems go (the run's private temporary directory). */
  buildDir: string;
  /** Limit for one `gem push`; a client waiting for something that will never come is stopped. */
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** Where long waits of the existence checks are announced. */
  logger?: Logger;
}

const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

interface GemRun {
  cwd: string;
  extra?: Record<string, string>;
  timeoutMs: number;
  logger: Logger;
}

export class RubygemsRegistry implements RegistryAdapter {
  readonly id = 'rubygems' as const;
  /** gemspec path -> the .gem built from it. */
  private readonly built = new Map<string, string>();

  constructor(private readonly settings: RubygemsSettings) {}

  /** `gem build` of each gemspec, one after another; a given .gem is used as it is. */
  async prepare(targets: PackageTarget[], logger: Logger): Promise<void> {
    for (const target of targets) if (!target.path.endsWith('.gem')) await this.build(target, logger);
  }

  /** `gem build` in the gemspec's directory, into the private build directory. */
  private async build(target: PackageTarget, logger: Logger): Promise<void> {
    const platform = target.platform && target.platform !== 'ruby' ? `-${target.platform}` : '';
    const file = join(this.settings.buildDir, `${target.name}-${target.version}${platform}.gem`);
    const result = await this.gem(
      ['build', basename(target.path), '--output', file],
      { cwd: dirname(target.path), timeoutMs: BUILD_TIMEOUT_MS, logger },
      'build',
    );
    const output = `${result.stdout}${result.stderr}`.trim();
    if (output) logger.info(output);
    if (result.exitCode !== 0) {
      const why = `${result.stdout}\n${result.stderr}`
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^WARNING:/.test(line));
      throw new GemBuildError(target.path, why.slice(-3).join(' / ') || `exit code ${result.exitCode}`);
    }
    this.built.set(target.path, file);
  }

  /** The size of the gem `gem push` will send. */
  uploadBytes(target: PackageTarget): number | undefined {
    return statSync(this.built.get(target.path) ?? target.path, { throwIfNoEntry: false })?.size;
  }

  /** Indexed versions (yanked ones are left out by the server), matched on number and platform. */
  async exists(target: PackageTarget): Promise<Existence> {
    const url = `${this.settings.host}/api/v1/versions/${encodeURIComponent(target.name)}.json`;
    const read = await readJson<Array<{ number?: string; platform?: string }>>(url, {}, { capMs: this.settings.timeoutMs, logger: this.settings.logger });
    const platform = target.platform ?? 'ruby';
    const exists = (read.body ?? []).some((entry) => entry.number === target.version && (entry.platform ?? 'ruby') === platform);
    return { exists, packageKnown: read.body !== undefined, serverTime: read.serverTime };
  }

  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const file = this.built.get(request.target.path) ?? request.target.path;
    if (request.dryRun) return { kind: 'published', detail: `built ${basename(file)}` };
    const extra: Record<string, string> = { GEM_HOST_API_KEY: tokenOf(request.credential) ?? '' };
    if (request.otp) extra.GEM_HOST_OTP_CODE = request.otp;
    try {
      const { logger } = request;
      const result = await this.gem(
        ['push', file, '--host', this.settings.host],
        { cwd: dirname(file), extra, timeoutMs: this.settings.timeoutMs, logger },
        'push',
      );
      const output = `${result.stdout}${result.stderr}`.trim();
      if (output) logger.info(output);
      return classifyGemPush(result, request.target);
    } catch (error) {
      // A client stopped at its time limit may have reached the registry: a fault, checked before any retry.
      const failure = error instanceof Error ? error : new Error(String(error));
      return { kind: 'failed', error: failure, transient: failure instanceof CommandTimeoutError };
    }
  }

  /** The real `gem` CLI: no TTY, stdin closed, our key and code only, stopped if it starts waiting for a security device. */
  private async gem(args: string[], run: GemRun, what: string): Promise<CommandResult> {
    try {
      return await runCommand('gem', [...args, '--norc'], {
        cwd: run.cwd,
        env: childEnv(this.settings.env, run.extra ?? {}),
        timeoutMs: run.timeoutMs,
        logger: run.logger,
        stopWhen: GEM_WEBAUTHN_PROMPT,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ToolMissingError('gem', `${what} gems`, 'Install Ruby before this step (for example with ruby/setup-ruby).');
      }
      throw error;
    }
  }
}
