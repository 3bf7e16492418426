// Classification of what the real `gem push` (RubyGems 3.3.15) prints for rubygems.org's answers;
// the texts are those recorded by the integration test against the local rubygems.org double.
import { describe, expect, it } from 'vitest';
import { PublishCommandError, VersionYankedError } from '../../src/errors.js';
import { classifyGemPush } from '../../src/registries/gem-output.js';
import type { PackageTarget } from '../../src/registries/types.js';

const target: PackageTarget = {
  registry: 'rubygems',
  name: 'alpha',
  version: '1.0.0',
  platform: 'ruby',
  path: '/w/alpha.gemspec',
  private: false,
  dependencies: [],
};
const pushing = 'Pushing gem to https://rubygems.org...\n';
const push = (exitCode: number, ...lines: string[]) => classifyGemPush({ exitCode, stdout: `${pushing + lines.join('\n')}\n`, stderr: '' }, target);

describe('classifyGemPush', () => {
  it('reads a registered gem, platform gems included', () => {
    expect(push(0, 'Successfully registered gem: alpha (1.0.0)')).toEqual({ kind: 'published', detail: 'Successfully registered gem: alpha (1.0.0)' });
    expect(push(0, 'Successfully registered gem: native (2.1.0-x86_64-linux)').kind).toBe('published');
  });

  it('reads a missing and a wrong code as OTP rejections', () => {
    const missing = push(
      1,
      'You have enabled multi-factor authentication. Please enter OTP code.',
      'You have enabled multifactor authentication but no OTP code provided. Please fill it and retry.',
    );
    expect(missing.kind).toBe('otp-rejected');
    expect(push(1, 'Your OTP code is incorrect. Please check it and retry.').kind).toBe('otp-rejected');
  });

  it('reads a security-device prompt of newer clients as web auth', () => {
    const prompt =
      'You have enabled multi-factor authentication. Please enter OTP code from your security device by visiting https://rubygems.org/webauthn_verification/x or your authenticator app.';
    expect(push(1, prompt).kind).toBe('web-auth');
  });

  it('reads a repush 409 and an identical second push as already there', () => {
    const repush = push(
      1,
      'Repushing of gem versions is not allowed.',
      'Please bump the version number and push a new different release.',
      'See also `gem yank` if you want to unpublish the bad release.',
    );
    expect(repush).toEqual({ kind: 'exists', detail: 'Repushing of gem versions is not allowed.' });
    expect(push(0, 'Gem was already pushed: alpha (1.0.0)')).toEqual({ kind: 'exists', detail: 'Gem was already pushed: alpha (1.0.0)' });
  });

  it('reads a yanked version as a failure, although the server adds the repush line', () => {
    const outcome = push(1, 'A yanked version already exists (alpha-1.0.0).', 'Repushing of gem versions is not allowed. Please use a new version and retry');
    if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
    expect(outcome.error).toBeInstanceOf(VersionYankedError);
    expect(outcome.error.message).toBe(
      'alpha 1.0.0 was yanked from RubyGems and a yanked version can never be pushed again (A yanked version already exists (alpha-1.0.0).); bump the version',
    );
  });

  it.each([
    ['Access Denied. Please sign up for an account at https://rubygems.org'],
    ['You do not have permission to push to this gem. Ask an owner to add you with: gem owner alpha --add a@example.com'],
    ['Server error. Please try again.'],
  ])('reports "%s" as a failure carrying the server text', (line) => {
    const outcome = push(1, line);
    if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
    expect(outcome.error).toBeInstanceOf(PublishCommandError);
    expect(outcome.error.message).toBe(`gem push failed: ${line}`);
  });

  it('reads a 429 "Retry later" as a throttled push: transient, status 429, no OTP problem', () => {
    const outcome = push(1, 'Retry later');
    if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
    expect(outcome).toMatchObject({ transient: true, status: 429 });
    expect(outcome.retryAfter).toBeUndefined();
    expect(outcome.error.message).toMatch(/^gem push failed: RubyGems throttled the push \(429 "Retry later"; gem push does not show how long/);
  });

  it('reports a client stopped before the server answered', () => {
    const outcome = classifyGemPush({ exitCode: 143, stdout: pushing, stderr: '' }, target);
    expect(outcome.kind === 'failed' && outcome.error.message).toBe('gem push failed: exit code 143, no output');
  });
});

describe('registry faults in gem push output', () => {
  it.each([
    ['Server error. Please try again.', true],
    ['Retry later', true],
    ['It appears that alpha-1.0.0 did not finish pushing.', true],
    ['ERROR:  While executing gem ... (Errno::ECONNRESET)', true],
    ['Access Denied. Please sign up for an account at https://rubygems.org', false],
    ['You are not allowed to push this gem.', false],
  ])('"%s" is transient: %s', (line, transient) => {
    const outcome = push(1, line);
    expect(outcome).toMatchObject({ kind: 'failed', transient });
  });
});
