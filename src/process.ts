import { spawn, type ChildProcess } from 'node:child_process';
import { CommandTimeoutError } from './errors.js';
import type { Logger } from './logger.js';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  logger: Logger;
  /** How the command line is shown in debug logs (default: the command and its arguments). */
  display?: string;
  /** Called with each complete line of output as it arrives (for long commands whose progress should show). */
  onLine?: (line: string) => void;
  /** Stop the command as soon as its output matches (a client about to wait for something that will never come). */
  stopWhen?: RegExp;
}

const running = new Set<ChildProcess>();

/**
 * Runs a registry client with no TTY and stdin closed (so it can never prompt), in its own process
 * group, stopped after `timeoutMs`. Secrets travel in `env` only: the command line is logged.
 */
export function runCommand(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
  const display = options.display ?? [command, ...args].join(' ');
  options.logger.debug(`$ ${display} (in ${options.cwd})`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const pending = { stdout: '', stderr: '' };
    const take = (stream: 'stdout' | 'stderr', chunk: string) => {
      if (stream === 'stdout') stdout += chunk;
      else stderr += chunk;
      if (options.onLine) {
        const lines = (pending[stream] + chunk).split('\n');
        pending[stream] = lines.pop()!;
        for (const line of lines) options.onLine(line);
      }
      if (options.stopWhen?.test(stdout + stderr)) stopGroup(child, 'SIGTERM');
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => take('stdout', chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => take('stderr', chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child, 'SIGTERM');
      setTimeout(() => stopGroup(child, 'SIGKILL'), 5_000).unref();
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      for (const rest of [pending.stdout, pending.stderr]) if (rest && options.onLine) options.onLine(rest);
      running.delete(child);
      if (timedOut) reject(new CommandTimeoutError(display, Math.round(options.timeoutMs / 1000)));
      else resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Stops every client still running (used when the action itself is told to stop). */
export function stopAllCommands(): void {
  for (const child of running) stopGroup(child, 'SIGTERM');
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}
