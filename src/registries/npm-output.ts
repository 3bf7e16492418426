import { PublishCommandError } from '../errors.js';
import type { CommandResult } from '../process.js';
import type { PublishOutcome } from './types.js';

/**
 * Reads `npm publish` output (npm 11, no TTY) into an outcome. npm prints `npm error code EOTP`
 * for a missing and for a wrong code alike, and the same code plus an authUrl for web-auth accounts.
 */
export function classifyNpmPublish(result: CommandResult): PublishOutcome {
  const text = `${result.stdout}\n${result.stderr}`;
  if (result.exitCode === 0) {
    const line = /^\+ .+$/m.exec(result.stdout)?.[0];
    return { kind: 'published', detail: line ?? 'npm publish exited 0' };
  }
  const code = /^npm error code (\S+)/m.exec(text)?.[1];
  if (/Open this URL in your browser to authenticate/.test(text) || /"authUrl"/.test(text)) {
    return { kind: 'web-auth', detail: 'npm asked for browser authentication' };
  }
  if (code === 'EOTP') return { kind: 'otp-rejected', detail: 'npm error code EOTP' };
  // Other clients or registries answer a bare 401 whose body asks for the code.
  if (code === 'E401' && /one-time pass/i.test(text)) return { kind: 'otp-rejected', detail: 'npm error code E401 (one-time password)' };
  const duplicate = /You cannot publish over the previously published versions[^\n]*/.exec(text)?.[0];
  if (duplicate) return { kind: 'exists', detail: duplicate.trim() };
  if (code === 'E409' || /\b409 Conflict\b/.test(text)) {
    return { kind: 'exists', detail: 'the registry answered 409 Conflict: this version is already present' };
  }
  return { kind: 'failed', error: new PublishCommandError('npm publish', code, npmErrorSummary(text, result.exitCode)) };
}

/** The `npm error` lines worth showing, without the code line and the log-file pointers. */
function npmErrorSummary(text: string, exitCode: number): string {
  const lines = text
    .split('\n')
    .filter((line) => line.startsWith('npm error '))
    .map((line) => line.slice('npm error '.length).trim())
    .filter((line) => line && !/^code \S+$/.test(line) && !/complete log of this run|A complete log/i.test(line));
  if (lines.length === 0) return `exit code ${exitCode}, no npm error lines`;
  return lines.slice(0, 6).join(' / ');
}
