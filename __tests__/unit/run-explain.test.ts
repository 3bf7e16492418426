// What `mode: run` makes of a failed command's output, on lines the real clients printed against
// the OTP-gated Verdaccio (yarn 4.18.1, pnpm 12.26.0, npm 11.19.1).
import { describe, expect, it } from 'vitest';
import { explainRunFailure } from '../../src/modes/run.js';
import { npmClientOtpDemand } from '../../src/registries/npm-output.js';

const YARN_OTP =
  '➤ YN0000: Publishing to http://127.0.0.1:38377 with tag latest\n➤ YN0033: The registry requires additional authentication, but Yarn is not running in an interactive terminal\n➤ YN0000: Failed with errors in 0s 121ms';
const YARN_NO_TOKEN =
  '➤ YN0000: Publishing to http://127.0.0.1:38377 with tag latest\n➤ YN0033: No authentication configured for request\n➤ YN0000: Failed with errors in 0s 49ms';
const PNPM_OTP =
  '📦 @r/a@1.0.0 → http://127.0.0.1:38377/\nError: ERR_PNPM_OTP_NON_INTERACTIVE\n\n  × The registry requires additional authentication, but pnpm is not running in an interactive terminal';
const NPM_OTP = 'npm error code EOTP\nnpm error This operation requires a one-time password from your authenticator.';
const NPM_NO_TOKEN = 'npm error code ENEEDAUTH\nnpm error need auth This command requires you to be logged in to http://127.0.0.1:38377/';
const registry = 'http://127.0.0.1:38377/';

describe('npmClientOtpDemand', () => {
  it("reads npm's EOTP, pnpm's ERR_PNPM_OTP_NON_INTERACTIVE and yarn's YN0033 demand as a refused code, and nothing else", () => {
    for (const text of [NPM_OTP, PNPM_OTP, YARN_OTP]) expect(npmClientOtpDemand(text), text).toBe('otp-rejected');
    for (const text of [YARN_NO_TOKEN, NPM_NO_TOKEN, 'npm error code E404']) expect(npmClientOtpDemand(text), text).toBeUndefined();
  });
});

describe('explainRunFailure', () => {
  const withSecret = { npm: 'token+otp' as const, npmRegistry: registry };

  it('a yarn command that never passes $NPM_OTP: the code never reached yarn, and how to pass it', () => {
    const why = explainRunFailure(YARN_OTP, 'yarn workspaces foreach -A npm publish', withSecret);
    expect(why).toContain('yarn asked for a one-time password and never got one');
    expect(why).toContain('yarn npm publish --otp "$NPM_OTP"');
    // Passed, yarn got the code: a refusal, which the one retry and the refusal limit handle.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell command, which bash expands
    expect(explainRunFailure(YARN_OTP, 'yarn npm publish --otp "${NPM_OTP}"', withSecret)).toBeUndefined();
  });

  it('a client asking for a code when no TOTP secret was given names the input', () => {
    for (const text of [NPM_OTP, PNPM_OTP])
      expect(explainRunFailure(text, 'pnpm -r publish', { npm: 'token', npmRegistry: registry })).toContain("input 'npm-totp-secret' is empty");
  });

  it('a client that sent no token: yarn (YARN_NPM_AUTH_TOKEN) and npm (the userconfig for npm-registry)', () => {
    expect(explainRunFailure(YARN_NO_TOKEN, 'yarn npm publish --otp "$NPM_OTP"', withSecret)).toContain(
      `yarn sent no token: yarn reads no .npmrc, and otp-publish gives it the token as YARN_NPM_AUTH_TOKEN for ${registry}`,
    );
    expect(explainRunFailure(NPM_NO_TOKEN, 'npm publish', withSecret)).toContain(`otp-publish sets one for ${registry} (input 'npm-registry')`);
  });

  it('says nothing of an output that names neither the code nor the token', () => {
    expect(explainRunFailure('npm error code E403\nnpm error 403 Forbidden', 'npm publish', withSecret)).toBeUndefined();
  });
});
