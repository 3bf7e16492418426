import { PublishCommandError, VersionYankedError } from '../errors.js';
import type { CommandResult } from '../process.js';
import type { PackageTarget, PublishOutcome } from './types.js';

/** What newer clients print before they wait up to 5 minutes for a security device. */
export const GEM_WEBAUTHN_PROMPT = /security device/i;

/**
 * Reads `gem push` output into an outcome. RubyGems prints the server's answer on stdout and exits 1
 * on any non-2xx; the texts are rubygems.org's.
 */
export function classifyGemPush(result: CommandResult, target: PackageTarget): PublishOutcome {
  const text = `${result.stdout}\n${result.stderr}`;
  const registered = /^Successfully registered gem: .+$/m.exec(text)?.[0];
  if (result.exitCode === 0 && registered) return { kind: 'published', detail: registered };
  // rubygems.org answers 200 to a second push of the very same file by the same key.
  const samePush = /^Gem was already pushed: .+$/m.exec(text)?.[0];
  if (result.exitCode === 0 && samePush) return { kind: 'exists', detail: samePush };
  const otp = gemOtpProblem(text);
  if (otp === 'web-auth') return { kind: 'web-auth', detail: 'RubyGems asked for a security device' };
  if (otp === 'otp-rejected') return { kind: 'otp-rejected', detail: 'RubyGems rejected the OTP code' };
  // rubygems.org follows the yanked text with the repush lines: check it first.
  const yanked = /A yanked version.*already exists[^\n]*/.exec(text)?.[0];
  if (yanked) return { kind: 'failed', error: new VersionYankedError(target.name, target.version, yanked.trim()) };
  const repush = /Repushing of gem versions is not allowed\.?/.exec(text)?.[0];
  if (repush) return { kind: 'exists', detail: repush };
  // 429: the client prints only the body, so the Retry-After is not known and the retry waits a backoff.
  if (THROTTLED_TEXT.test(text)) {
    const detail = `RubyGems throttled the push (429 "Retry later"; gem push does not show how long it asked to wait, and rubygems.org's push limits last minutes)`;
    return { kind: 'failed', error: new PublishCommandError('gem push', undefined, detail), transient: true, status: 429 };
  }
  const error = new PublishCommandError('gem push', undefined, gemErrorSummary(text, result.exitCode));
  return { kind: 'failed', error, transient: TRANSIENT_TEXT.test(text), forbidden: /You are not allowed to push this gem/.test(text) };
}

/** The body of rubygems.org's 429 (Rack::Attack's default). */
const THROTTLED_TEXT = /^Retry later/m;
/** rubygems.org's 500 text, its unfinished-push 409, and the client's connection errors. */
const TRANSIENT_TEXT =
  /Server error\. Please try again|did not finish pushing|Errno::(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)|Net::(Read|Open)Timeout|end of file reached/m;

/** Whether `gem` output shows rubygems.org refusing the code (missing or wrong), or asking for a security device. */
export function gemOtpProblem(text: string): 'otp-rejected' | 'web-auth' | undefined {
  if (GEM_WEBAUTHN_PROMPT.test(text)) return 'web-auth';
  if (/Your OTP code is incorrect|no OTP code provided|Please enter OTP code/.test(text)) return 'otp-rejected';
  return undefined;
}

/** The server's answer without the client's progress line. */
function gemErrorSummary(text: string, exitCode: number): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Pushing gem to /.test(line) && !/^WARNING:/.test(line));
  if (lines.length === 0) return `exit code ${exitCode}, no output`;
  return lines.slice(0, 4).join(' / ');
}
