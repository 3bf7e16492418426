import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { InputError } from '../../src/errors.js';
import { readActionMetadata } from '../../test-support/runner.js';

const TOKEN = 'npm_abcdefghijklmnopqrstuvwxyz0123456789';
const SECRET = 'jbsw y3dp ehpk 3pxp';

let printed: string[] = [];

function inputs(values: Record<string, string>): NodeJS.ProcessEnv {
  // The runner passes every declared input, with action.yml's default when the workflow gives none.
  const defaults = Object.fromEntries(
    // biome-ignore lint/suspicious/noTemplateCurlyInString: action.yml's default, a workflow expression
    Object.entries(readActionMetadata().inputs).map(([name, value]) => [name, (value ?? '').replace('${{ github.token }}', 'ghs_jobtoken')]),
  );
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries({ ...defaults, ...values })) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/rt' };
}

function inputError(values: Record<string, string>): InputError {
  try {
    readInputs(inputs(values));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('readInputs', () => {
  it('reads a token and a spaced, lower-case TOTP secret, masking every form first', () => {
    const result = readInputs(inputs({ 'npm-token': TOKEN, 'npm-totp-secret': SECRET, tag: 'next', access: 'public' }));
    expect(result.mode).toBe('publish');
    expect(result.publish).toMatchObject({
      packages: ['.'],
      root: '/ws',
      runnerTemp: '/rt',
      dryRun: false,
      otpMinRemainingSec: 5,
      otpGuardAdaptive: true,
      npm: { registry: 'https://registry.npmjs.org/', token: TOKEN, tag: 'next', access: 'public', provenance: 'auto' },
    });
    expect(result.publish.npm.totp).toEqual({ secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 });
    const masks = printed.filter((line) => line.startsWith('::add-mask::')).map((line) => line.trim().slice('::add-mask::'.length));
    expect(masks).toEqual(expect.arrayContaining([TOKEN, SECRET, 'JBSWY3DPEHPK3PXP']));
  });

  it('keeps several package paths and drops blank and comment lines', () => {
    const result = readInputs(inputs({ 'npm-token': TOKEN, packages: 'packages/a\n\n# later\npackages/b\n' }));
    expect(result.publish.packages).toEqual(['packages/a', 'packages/b']);
  });

  it('adds the trailing slash to the registry URL', () => {
    const result = readInputs(inputs({ 'npm-token': TOKEN, 'npm-registry': 'http://127.0.0.1:4873' }));
    expect(result.publish.npm.registry).toBe('http://127.0.0.1:4873/');
  });

  it('accepts the YAML spellings of booleans', () => {
    expect(readInputs(inputs({ 'dry-run': 'True' })).publish.dryRun).toBe(true);
    expect(readInputs(inputs({ 'npm-token': TOKEN, provenance: 'TRUE' })).publish.npm.provenance).toBe('true');
  });

  it.each([
    [{ mode: 'deploy' }, 'mode', /is 'deploy'; expected one of: publish, run/],
    [{ mode: 'run' }, 'command', /is empty; 'mode: run' needs the publish command/],
    [{ command: 'npm publish' }, 'command', /is only used with 'mode: run'/],
    [{ concurrency: '0' }, 'concurrency', /is '0'; expected a whole number from 1 to 32/],
    [{ concurrency: 'many' }, 'concurrency', /expected a whole number from 1 to 32/],
    [{ workspaces: 'yes' }, 'workspaces', /expected true or false/],
    [{ 'fail-fast': '' }, 'fail-fast', /expected true or false/],
    [{ 'check-tag': 'no' }, 'check-tag', /expected true or false/],
    [{ 'rubygems-totp-secret': SECRET }, 'rubygems-totp-secret', /'rubygems-api-key' is empty/],
    [{ 'rubygems-host': 'rubygems.org' }, 'rubygems-host', /expected an http\(s\) URL/],
    [{ mode: 'audit' }, 'owners', /is empty; 'mode: audit' needs the expected owners/],
    [{ mode: 'audit', owners: 'npm alice' }, 'owners', /has the line 'npm alice'; expected 'npm: alice, bob'/],
    [{ mode: 'audit', owners: 'pypi: alice' }, 'owners', /has the line 'pypi: alice'/],
    [{ mode: 'audit', owners: 'npm: a\nnpm: b' }, 'owners', /lists npm twice/],
    [{ mode: 'audit', owners: 'npm: , ' }, 'owners', /has no owners after 'npm:'/],
    [{ mode: 'audit', owners: 'npm: alice', 'github-token': '' }, 'github-token', /is empty, but audit-issue is true/],
    [{ mode: 'audit', owners: 'npm: alice', 'fail-on-drift': 'maybe' }, 'fail-on-drift', /expected true or false/],
    [{ 'npm-totp-secret': SECRET }, 'npm-totp-secret', /'npm-token' is empty/],
    [{ 'npm-token': `${TOKEN}\n` }, 'npm-token', /whitespace or a line break/],
    [{ 'npm-token': '  \n ' }, 'npm-token', /only whitespace/],
    [{ 'npm-token': TOKEN, 'npm-totp-secret': 'not base32!' }, 'npm-totp-secret', /not base32/],
    [{ 'dry-run': 'yes' }, 'dry-run', /is 'yes'; expected true or false/],
    [{ provenance: 'yes' }, 'provenance', /is 'yes'; expected one of: auto, true, false/],
    [{ access: 'everyone' }, 'access', /expected 'public', 'restricted'/],
    [{ 'npm-registry': 'registry.npmjs.org' }, 'npm-registry', /expected an http\(s\) URL/],
    [{ 'npm-registry': 'ftp://registry.example/' }, 'npm-registry', /expected an http\(s\) URL/],
    [{ 'npm-registry': `https://u:${TOKEN}@registry.example/` }, 'npm-registry', /must not carry credentials/],
    [{ 'otp-min-remaining': 'soon' }, 'otp-min-remaining', /expected 'auto' or a whole number/],
    [{ 'otp-min-remaining': '30' }, 'otp-min-remaining', /fewer seconds than the 30 s window/],
  ])('%o fails naming %s', (values, input, message) => {
    const error = inputError(values);
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('jbsw');
  });

  it('masks a malformed token before failing on it', () => {
    inputError({ 'npm-token': `${TOKEN}\n` });
    expect(printed.join('')).toContain(`::add-mask::${TOKEN}`);
  });
});
