// Bad input, run through the built dist/ as the runner runs it: every case must fail before
// anything is published, exit 1, name the input in its ::error::, and echo no secret.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, freshDir } from '../../test-support/e2e.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';
import { writeGemspec } from '../../test-support/rubygems/cli.js';
import { startRegistry, writePackage, type Registry } from '../../test-support/registry.js';
import { cleanupRun, findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';

requireGemUnlessLocal('bad-input.test');

const SECRET = 'JBSWY3DPEHPK3PXP';
const TOKEN = 'npm_BadInputToken0123456789abcdefABCDEF';
const GEM_KEY = 'rubygems_0123456789abcdef0123456789abcdef0123456789abcdef';

let registry: Registry;
const runs: ActionRun[] = [];

beforeAll(async () => {
  registry = await startRegistry({ gate: { secret: SECRET } });
});
afterAll(async () => {
  for (const run of runs) await cleanupRun(run);
  await registry?.stop();
});

type Workspace = (dir: string) => void;
const onePackage: Workspace = (dir) => void writePackage(dir, { name: 'bad-input-pkg', version: '1.0.0' });
const file =
  (name: string, text: string): Workspace =>
  (dir) => {
    onePackage(dir);
    writeFileSync(join(dir, name), text);
  };
const manifest =
  (json: string): Workspace =>
  (dir) =>
    writeFileSync(join(dir, 'package.json'), json);

interface Case {
  name: string;
  inputs: Record<string, string>;
  /** The input the error must name, as `Input 'x'`. */
  input: string;
  workspace?: Workspace;
  env?: Record<string, string>;
  gem?: boolean;
}

const good = { 'npm-token': TOKEN, 'npm-totp-secret': SECRET };
const cases: Case[] = [
  { name: 'whitespace-only TOTP secret', inputs: { ...good, 'npm-totp-secret': '  \n ' }, input: 'npm-totp-secret' },
  { name: 'non-base32 secret', inputs: { ...good, 'npm-totp-secret': 'JBSWY3DPEHPK3PX1' }, input: 'npm-totp-secret' },
  { name: 'secret of 8 characters', inputs: { ...good, 'npm-totp-secret': 'JBSWY3DP' }, input: 'npm-totp-secret' },
  { name: 'secret of an impossible length', inputs: { ...good, 'npm-totp-secret': 'JBSWY3DPEHPK3PXPA' }, input: 'npm-totp-secret' },
  { name: 'otpauth with MD5', inputs: { ...good, 'npm-totp-secret': `otpauth://totp/x?secret=${SECRET}&algorithm=MD5` }, input: 'npm-totp-secret' },
  { name: 'otpauth with digits=9', inputs: { ...good, 'npm-totp-secret': `otpauth://totp/x?secret=${SECRET}&digits=9` }, input: 'npm-totp-secret' },
  { name: 'otpauth with digits=5', inputs: { ...good, 'npm-totp-secret': `otpauth://totp/x?secret=${SECRET}&digits=5` }, input: 'npm-totp-secret' },
  { name: 'otpauth with period=5', inputs: { ...good, 'npm-totp-secret': `otpauth://totp/x?secret=${SECRET}&period=5` }, input: 'npm-totp-secret' },
  { name: 'otpauth with period=abc', inputs: { ...good, 'npm-totp-secret': `otpauth://totp/x?secret=${SECRET}&period=abc` }, input: 'npm-totp-secret' },
  { name: 'otpauth HOTP', inputs: { ...good, 'npm-totp-secret': `otpauth://hotp/x?secret=${SECRET}&counter=1` }, input: 'npm-totp-secret' },
  { name: 'otpauth without secret', inputs: { ...good, 'npm-totp-secret': 'otpauth://totp/x?issuer=npm' }, input: 'npm-totp-secret' },
  { name: 'token with a trailing newline', inputs: { ...good, 'npm-token': `${TOKEN}\n` }, input: 'npm-token' },
  { name: 'whitespace-only token', inputs: { ...good, 'npm-token': ' \t ' }, input: 'npm-token' },
  { name: 'TOTP secret without a token', inputs: { 'npm-totp-secret': SECRET }, input: 'npm-totp-secret' },
  { name: 'neither token nor secret', inputs: {}, input: 'npm-token' },
  { name: 'unknown mode', inputs: { ...good, mode: 'deploy' }, input: 'mode' },
  { name: 'dry-run: yes', inputs: { ...good, 'dry-run': 'yes' }, input: 'dry-run' },
  { name: 'provenance: on', inputs: { ...good, provenance: 'on' }, input: 'provenance' },
  { name: 'workspaces: 1', inputs: { ...good, workspaces: '1' }, input: 'workspaces' },
  { name: 'fail-fast empty', inputs: { ...good, 'fail-fast': '' }, input: 'fail-fast' },
  { name: 'concurrency 0', inputs: { ...good, concurrency: '0' }, input: 'concurrency' },
  { name: 'otp-min-remaining 30', inputs: { ...good, 'otp-min-remaining': '30' }, input: 'otp-min-remaining' },
  { name: 'npm-registry without a scheme', inputs: { ...good, 'npm-registry': 'registry.npmjs.org' }, input: 'npm-registry' },
  { name: 'npm-registry carrying the token', inputs: { ...good, 'npm-registry': `https://u:${TOKEN}@registry.example/` }, input: 'npm-registry' },
  { name: 'access: everyone', inputs: { ...good, access: 'everyone' }, input: 'access' },
  { name: 'command without mode run', inputs: { ...good, command: 'npm publish' }, input: 'command' },
  { name: 'mode run without command', inputs: { ...good, mode: 'run' }, input: 'command' },
  { name: 'mode audit without owners', inputs: { mode: 'audit' }, input: 'owners' },
  { name: 'rubygems-totp-secret without a key', inputs: { ...good, 'rubygems-totp-secret': SECRET }, input: 'rubygems-totp-secret' },
  { name: 'rubygems key with a trailing newline', inputs: { ...good, 'rubygems-api-key': `${GEM_KEY}\n` }, input: 'rubygems-api-key' },
  { name: 'rubygems-host without a scheme', inputs: { ...good, 'rubygems-host': 'rubygems.org' }, input: 'rubygems-host' },
  { name: 'missing package path', inputs: { ...good, packages: 'does/not/exist' }, input: 'packages' },
  { name: 'glob matching nothing', inputs: { ...good, packages: 'libs/*' }, input: 'packages' },
  { name: 'invalid package.json', inputs: good, input: 'packages', workspace: manifest('{"name": "x", "version": ') },
  { name: 'package.json without name', inputs: good, input: 'packages', workspace: manifest('{"version": "1.0.0"}') },
  { name: 'package.json without version', inputs: good, input: 'packages', workspace: manifest('{"name": "no-version"}') },
  { name: 'a file instead of a package directory', inputs: { ...good, packages: 'notes.txt' }, input: 'packages', workspace: file('notes.txt', 'x') },
  {
    name: 'gemspec that fails to build',
    inputs: { ...good, 'rubygems-api-key': GEM_KEY, packages: '.\ngem' },
    input: 'packages',
    gem: true,
    workspace: (dir) => {
      onePackage(dir);
      writeGemspec(join(dir, 'gem'), { name: 'ok_gem', version: '1.0.0' });
      writeFileSync(join(dir, 'gem', 'ok_gem.gemspec'), 'Gem::Specification.new do |s|\n  s.name = "ok_gem"\n  s.version = "1.0.0"\nend\n');
    },
  },
  {
    name: 'unreadable .gem',
    inputs: { ...good, 'rubygems-api-key': GEM_KEY, packages: '.\nbroken.gem' },
    input: 'packages',
    gem: true,
    workspace: file('broken.gem', 'not a gem'),
  },
  {
    name: 'gemspec whose allowed_push_host is another host',
    inputs: { ...good, 'rubygems-api-key': GEM_KEY, packages: 'gem' },
    input: 'packages',
    gem: true,
    workspace: (dir) => void writeGemspec(join(dir, 'gem'), { name: 'pinned', version: '1.0.0', metadata: { allowed_push_host: 'https://gems.example.com' } }),
  },
];

describe('bad input fails before anything is published, naming the input, echoing no secret', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  // Gem cases skip, visibly, only where `gem` is missing outside CI (requireGemUnlessLocal fails them under CI).
  it.for(cases)('$name', async (testCase, context) => {
    if (testCase.gem && !GEM_VERSION) context.skip('gem is not on PATH');
    const dir = freshDir();
    (testCase.workspace ?? onePackage)(dir);
    const run = await runAction({
      cwd: dir,
      debug: true,
      env: testCase.env,
      inputs: { 'npm-registry': registry.url, 'rubygems-host': 'http://127.0.0.1:9', ...testCase.inputs },
    });
    runs.push(run);
    expect(run.exitCode, run.stdout).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`Input '${testCase.input}'`);
    expect(await registry.gate.attempts()).toEqual([]);
    const secretInputs = ['npm-token', 'npm-totp-secret', 'rubygems-api-key', 'rubygems-totp-secret'];
    const given = Object.entries(testCase.inputs).filter(([name, value]) => secretInputs.includes(name) && value.trim());
    const secrets = [TOKEN, GEM_KEY, SECRET, ...given.map(([, value]) => value)];
    expect(findLeaks(secrets, run)).toEqual([]);
  });
});
