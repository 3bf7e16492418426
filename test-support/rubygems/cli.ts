// Helpers to run the real `gem` CLI against the local rubygems.org double (server.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GemServer } from './server.js';

export interface GemspecOptions {
  name: string;
  version: string;
  platform?: string;
  metadata?: Record<string, string>;
}

/** Writes `<name>.gemspec` and `lib/<name>.rb` into `dir`; returns `dir`. */
export function writeGemspec(dir: string, spec: GemspecOptions): string {
  mkdirSync(join(dir, 'lib'), { recursive: true });
  writeFileSync(join(dir, 'lib', `${spec.name}.rb`), '# test gem\n');
  const lines = [
    'Gem::Specification.new do |s|',
    `  s.name = ${JSON.stringify(spec.name)}`,
    `  s.version = ${JSON.stringify(spec.version)}`,
    "  s.summary = 'test gem'",
    "  s.authors = ['otp-publish tests']",
    "  s.license = 'MIT'",
    "  s.homepage = 'https://example.com'",
    `  s.files = [${JSON.stringify(`lib/${spec.name}.rb`)}]`,
    ...(spec.platform ? [`  s.platform = ${JSON.stringify(spec.platform)}`] : []),
    `  s.metadata = ${JSON.stringify(spec.metadata ?? {}).replace(/":/g, '" =>')}`,
    'end',
  ];
  writeFileSync(join(dir, `${spec.name}.gemspec`), `${lines.join('\n')}\n`);
  return dir;
}

let homeCount = 0;

/**
 * Environment for the real `gem` CLI: the inherited env without GEM_HOST_* / RUBYGEMS_HOST / GEMRC
 * and OIDC variables, HOME set to a fresh dir in server.dir (no ~/.gem/credentials, no ~/.gemrc),
 * GEM_HOST_API_KEY when `apiKey` is given, plus `extra` (e.g. `{ GEM_HOST_OTP_CODE: code }`).
 */
export function gemEnv(server: Pick<GemServer, 'dir'>, apiKey?: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(GEM_HOST_|RUBYGEMS_HOST$|GEMRC$|ACTIONS_ID_TOKEN_REQUEST_)/.test(key)) continue;
    env[key] = value;
  }
  const home = join(server.dir, `home-${++homeCount}`);
  mkdirSync(home, { recursive: true });
  return { ...env, HOME: home, ...(apiKey === undefined ? {} : { GEM_HOST_API_KEY: apiKey }), ...extra };
}

export interface GemResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Stopped after timeoutMs (SIGTERM, then SIGKILL 2 s later). */
  timedOut: boolean;
}

/** Runs `gem <args>` (from PATH) with stdin on /dev/null and no TTY; never rejects on a non-zero exit. */
export function runGem(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<GemResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('gem', args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // SIGTERM first: Ruby then flushes its buffered stdout; SIGKILL if it lingers.
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      killer = setTimeout(() => child.kill('SIGKILL'), 2_000);
    }, opts.timeoutMs ?? 30_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr, durationMs: Date.now() - started, timedOut });
    });
  });
}

/** `gem build` of the one gemspec in `dir` (see writeGemspec); returns the path of the built .gem. */
export async function buildGem(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const gemspec = readdirSync(dir).find((f) => f.endsWith('.gemspec'));
  if (!gemspec) throw new Error(`no .gemspec in ${dir}`);
  const r = await runGem(['build', gemspec], { cwd: dir, env });
  const file = /^\s*File: (.+)$/m.exec(r.stdout)?.[1];
  if (r.exitCode !== 0 || !file) throw new Error(`gem build failed (${r.exitCode}):\n${r.stdout}${r.stderr}`);
  return join(dir, file.trim());
}
