import { describe, expect, it } from 'vitest';
import { CredentialChooser, type ChooserOptions } from '../../src/credentials/choose.js';
import { publisherHint } from '../../src/credentials/oidc.js';
import { InputError, OidcError } from '../../src/errors.js';
import type { PackageTarget } from '../../src/registries/types.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

const target: PackageTarget = { registry: 'npm', name: '@acme/a', version: '1.0.0', path: '/a', private: false, dependencies: [] };
const totp = { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1' as const, digits: 6, period: 30 };

function chooser(options: Partial<ChooserOptions>) {
  return new CredentialChooser({
    credentials: { npm: { token: 'tok', totp } },
    dryRun: false,
    minRemainingSec: 5,
    clock: new FakeClock(0),
    logger: new MemoryLogger(),
    npmRegistry: 'http://127.0.0.1:9/',
    rubygemsHost: 'http://127.0.0.1:9',
    ...options,
  });
}

describe('CredentialChooser', () => {
  it('gives token+otp when a token and a secret are given, and shares one gate per registry', () => {
    const c = chooser({});
    const first = c.choose(target);
    const second = c.choose({ ...target, name: 'b' });
    expect(first.auth).toBe('token+otp');
    expect(first.auth === 'token+otp' && second.auth === 'token+otp' && first.gate === second.gate).toBe(true);
  });

  it('stage: true gives npm packages their token without the TOTP secret (staging sends no code); gems keep theirs', () => {
    const c = chooser({ stage: true, credentials: { npm: { token: 'tok', totp }, rubygems: { token: 'key', totp } } });
    expect(c.choose(target)).toEqual({ auth: 'token', token: 'tok' });
    expect(c.forRegistry('rubygems').auth).toBe('token+otp');
  });

  it('never tries OIDC with auth: token, or without the ID-token variables', async () => {
    const oidc = { requestUrl: 'http://127.0.0.1:9/token?x=1', requestToken: 'r' };
    expect(chooser({ auth: 'token', oidc }).triesOidc).toBe(false);
    expect(chooser({ auth: 'auto' }).triesOidc).toBe(false);
    expect(chooser({ auth: 'auto', oidc, dryRun: true }).triesOidc).toBe(false);
    const token = chooser({ auth: 'token', oidc }).choose(target);
    expect(await chooser({ auth: 'token', oidc }).authorize(target, token, true)).toEqual({ credential: token });
  });

  it("auth: oidc without 'id-token: write' is an input error naming auth", () => {
    expect(() => chooser({ auth: 'oidc' }).choose(target)).toThrow(
      new InputError('auth', "is 'oidc', but the job cannot mint an ID token; add 'permissions: id-token: write' to the job"),
    );
  });

  it('a token is optional when OIDC will be tried, and its absence is explained when OIDC cannot serve', async () => {
    const oidc = { requestUrl: 'http://127.0.0.1:9/token?x=1', requestToken: 'r' };
    const c = chooser({ auth: 'auto', oidc, credentials: {} });
    const none = c.choose(target);
    expect(none).toEqual({ auth: 'none' });
    await expect(c.authorize(target, none, false)).rejects.toThrow(OidcError);
    await expect(c.authorize(target, none, false)).rejects.toThrow(/is not on npm yet.*and input 'npm-token' is empty/);
    expect(() => chooser({ auth: 'auto', credentials: {} }).choose(target)).toThrow(InputError);
  });
});

describe('publisherHint', () => {
  const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
  it('names the repository, workflow file and environment of the job', () => {
    expect(publisherHint(jwt({ repository: 'o/r', workflow_ref: 'o/r/.github/workflows/release.yml@refs/tags/v1', environment: 'npm' }))).toBe(
      "repository 'o/r', workflow '.github/workflows/release.yml', environment 'npm'",
    );
    expect(publisherHint('not a jwt')).toBe('the repository and workflow of this job');
  });
});
