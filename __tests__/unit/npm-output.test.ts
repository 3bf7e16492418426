// Classification of real npm 11 output, recorded from the integration test against Verdaccio
// (UPDATE_NPM_FIXTURES=1 npx vitest run __tests__/integration rewrites the samples).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PublishCommandError } from '../../src/errors.js';
import { classifyNpmError, classifyNpmPublish } from '../../src/registries/npm-output.js';

function sample(name: string): { exitCode: number; stdout: string; stderr: string } {
  const file = new URL(`../fixtures/npm-output/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as { exitCode: number; stdout: string; stderr: string };
}

describe('classifyNpmPublish on recorded npm 11.19.1 output', () => {
  it('reads a success and keeps the "+ name@version" line', () => {
    expect(classifyNpmPublish(sample('published'))).toEqual({ kind: 'published', detail: '+ @otp-test/published@1.0.0' });
  });

  it.each(['eotp', 'eotp-wrong-code'])('reads %s (missing and wrong codes look the same) as an OTP rejection', (name) => {
    expect(classifyNpmPublish(sample(name)).kind).toBe('otp-rejected');
  });

  it('reads an authUrl/doneUrl answer as web auth, not as a rejection to retry', () => {
    expect(classifyNpmPublish(sample('webauthn')).kind).toBe('web-auth');
  });

  it("reads npm's own duplicate check and Verdaccio's 409 as already published", () => {
    const own = classifyNpmPublish(sample('already-published'));
    expect(own).toEqual({ kind: 'exists', detail: 'You cannot publish over the previously published versions: 1.0.0.' });
    expect(classifyNpmPublish(sample('e409')).kind).toBe('exists');
  });

  it.each([
    ['e401', 'E401', 'Unable to authenticate'],
    ['eneedauth', 'ENEEDAUTH', 'need auth This command requires you to be logged in'],
  ])('reads %s as a failure with its code and the npm error lines', (name, code, text) => {
    const outcome = classifyNpmPublish(sample(name));
    if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
    expect(outcome.error).toBeInstanceOf(PublishCommandError);
    expect((outcome.error as PublishCommandError).code).toBe(code);
    expect(outcome.error.message).toContain(text);
    expect(outcome.error.message).not.toContain('complete log');
  });

  it('reads a 403 duplicate over a prerelease as already published', () => {
    const stderr =
      'npm error code E403\nnpm error 403 403 Forbidden - PUT http://r/x - You cannot publish over the previously published versions: 1.0.0-beta.0.\n';
    expect(classifyNpmPublish({ exitCode: 1, stdout: '', stderr }).kind).toBe('exists');
  });

  it('treats a 401 body mentioning a one-time pass without an EOTP line as an OTP rejection', () => {
    const stderr = 'npm error code E401\nnpm error 401 Unauthorized - PUT http://r/x - You must provide a one-time pass.\n';
    expect(classifyNpmPublish({ exitCode: 1, stdout: '', stderr }).kind).toBe('otp-rejected');
  });

  it('reports a failure without npm error lines by its exit code', () => {
    const outcome = classifyNpmPublish({ exitCode: 137, stdout: '', stderr: 'Killed\n' });
    expect(outcome.kind === 'failed' && outcome.error.message).toBe('npm publish failed: exit code 137, no npm error lines');
  });
});

describe('registry faults in npm output', () => {
  it.each([
    ['E500', true],
    ['E503', true],
    ['E429', true],
    ['ECONNRESET', true],
    ['ETIMEDOUT', true],
    ['E403', false],
    ['E404', false],
    ['E401', false],
  ])('npm error code %s is transient: %s', (code, transient) => {
    const outcome = classifyNpmPublish({ exitCode: 1, stdout: '', stderr: `npm error code ${code}\nnpm error something went wrong\n` });
    expect(outcome).toMatchObject({ kind: 'failed', transient });
  });
});

describe('classifyNpmError (in-process uploads)', () => {
  const target = { name: '@acme/a', version: '1.0.0' };
  const error = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? 'failed')), fields);

  it('reads EOTP, and a 401 asking for a one-time pass, as OTP rejections', () => {
    expect(classifyNpmError(error({ code: 'EOTP', message: 'OTP required for authentication' }), target, 1000).kind).toBe('otp-rejected');
    expect(classifyNpmError(error({ code: 'E401', body: { error: 'You must provide a one-time pass.' } }), target, 1000).kind).toBe('otp-rejected');
    expect(classifyNpmError(error({ code: 'E401', message: '401 Unauthorized' }), target, 1000).kind).toBe('failed');
  });

  it('reads an authUrl answer as web auth', () => {
    expect(classifyNpmError(error({ code: 'EOTP', body: { authUrl: 'https://x/auth', doneUrl: 'https://x/done' } }), target, 1000).kind).toBe('web-auth');
  });

  it('reads a duplicate version (403 text or 409) as already published', () => {
    const forbidden = error({
      code: 'E403',
      message: '403 Forbidden - PUT http://r/@acme%2fa - You cannot publish over the previously published versions: 1.0.0.',
    });
    expect(classifyNpmError(forbidden, target, 1000)).toEqual({ kind: 'exists', detail: 'You cannot publish over the previously published versions: 1.0.0.' });
    expect(classifyNpmError(error({ code: 'E409', message: '409 Conflict' }), target, 1000).kind).toBe('exists');
  });

  it('marks registry faults and timeouts transient, other failures not', () => {
    const outcome = (fields: Record<string, unknown>) => classifyNpmError(error(fields), target, 5000);
    expect(outcome({ code: 'E503', message: '503 Service Unavailable - PUT http://r/x' })).toMatchObject({ kind: 'failed', transient: true });
    expect(outcome({ code: 'ECONNRESET', message: 'socket hang up' })).toMatchObject({ kind: 'failed', transient: true });
    const timeout = outcome({ type: 'request-timeout', message: 'network timeout at: http://r/x' });
    expect(timeout).toMatchObject({ kind: 'failed', transient: true });
    expect(timeout.kind === 'failed' && timeout.error.message).toBe('npm publish @acme/a@1.0.0 did not finish within 5 s and was stopped');
    const denied = outcome({ code: 'E403', message: '403 Forbidden - PUT http://r/x - not allowed' });
    expect(denied).toMatchObject({ kind: 'failed', transient: false });
    expect(denied.kind === 'failed' && denied.error.message).toBe('npm publish failed (E403): 403 Forbidden - PUT http://r/x - not allowed');
  });

  it('a 429 saying one-time passwords are rate-limited, to an upload carrying a code: otp-rate-limited, with its Retry-After', () => {
    const limited = error({
      code: 'E429',
      statusCode: 429,
      headers: { 'retry-after': ['120'] },
      message: '429 Too Many Requests - PUT http://r/x - rate limited otp',
      body: { error: 'rate limited otp' },
    });
    expect(classifyNpmError(limited, target, 1000, true)).toEqual({
      kind: 'otp-rate-limited',
      detail: '429 Too Many Requests - PUT http://r/x - rate limited otp',
      retryAfter: '120',
    });
    // Without a code sent, or a 429 that does not speak of codes: a registry fault, retried once after Retry-After.
    expect(classifyNpmError(limited, target, 1000, false)).toMatchObject({ kind: 'failed', transient: true, status: 429, retryAfter: '120' });
    const busy = error({ code: 'E429', statusCode: 429, headers: { 'retry-after': ['15'] }, message: '429 Too Many Requests - PUT http://r/x' });
    expect(classifyNpmError(busy, target, 1000, true)).toMatchObject({ kind: 'failed', transient: true, status: 429, retryAfter: '15' });
    const cli = { exitCode: 1, stdout: '', stderr: 'npm error code E429\nnpm error 429 Too Many Requests - PUT http://r/x - rate limited otp\n' };
    expect(classifyNpmPublish(cli, true).kind).toBe('otp-rate-limited');
    expect(classifyNpmPublish(cli, false).kind).toBe('failed');
  });
});
