// The built dist/ run as the runner runs it, pushing gems with the real `gem` CLI to the local
// rubygems.org double, and publishing an npm package to Verdaccio in the same step.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, freshDir, outputOf } from '../../test-support/e2e.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';
import { startRegistry, writePackage, type Registry } from '../../test-support/registry.js';
import { buildGem, gemEnv, writeGemspec } from '../../test-support/rubygems/cli.js';
import { GEM_SERVER_DEFAULTS, startGemServer, type GemServer } from '../../test-support/rubygems/server.js';
import { cleanupRun, findLeaks, listFiles, runAction, runPost, type ActionRun } from '../../test-support/runner.js';
import { stepOfCode } from '../../test-support/totp.js';

requireGemUnlessLocal('gem-action.test');

const NPM_SECRET = 'JBSWY3DPEHPK3PXP';
const GEM_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe.skipIf(!GEM_VERSION)(`dist/index.js pushing gems with gem ${GEM_VERSION ?? ''}`, () => {
  let registry: Registry;
  let gems: GemServer;
  let npmToken: string;
  let gemKey: string;
  let count = 0;
  const runs: ActionRun[] = [];

  beforeAll(async () => {
    [registry, gems] = await Promise.all([startRegistry({ gate: { secret: NPM_SECRET } }), startGemServer()]);
    npmToken = await registry.addUser('alice');
    gemKey = gems.addUser('carol', { mfa: GEM_SECRET });
  });

  afterAll(async () => {
    for (const run of runs) await cleanupRun(run);
    await Promise.all([registry?.stop(), gems?.stop()]);
  });

  function gemDir(version = '1.0.0', metadata: Record<string, string> = { rubygems_mfa_required: 'true' }): { dir: string; name: string } {
    const name = `e2e-gem-${++count}`;
    return { dir: writeGemspec(freshDir(), { name, version, metadata }), name };
  }

  async function act(inputs: Record<string, string>): Promise<ActionRun> {
    const run = await runAction({
      cwd: freshDir(),
      debug: true,
      timeoutMs: 120_000,
      inputs: {
        'npm-registry': registry.url,
        'rubygems-host': gems.url,
        'rubygems-api-key': gemKey,
        'rubygems-totp-secret': GEM_SECRET,
        ...inputs,
      },
    });
    runs.push(run);
    return run;
  }

  const pushesOf = (name: string) => gems.attempts().filter((attempt) => attempt.gem === name);
  const gemCodes = () => gems.attempts().flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
  const npmCodes = async () => (await registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));

  it('publishes an npm package and a gem in one step, each with its own code, and leaks nothing', async () => {
    gems.configure(GEM_SERVER_DEFAULTS);
    gems.reset();
    const npmDir = writePackage(freshDir(), { name: `@e2e/mixed-${++count}`, version: '2.0.0' });
    const { dir, name } = gemDir();
    const run = await act({ packages: `${npmDir}\n${dir}`, 'npm-token': npmToken, 'npm-totp-secret': NPM_SECRET });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(outputOf(run, 'published')).toEqual([
      { registry: 'npm', name: `@e2e/mixed-${count - 1}`, version: '2.0.0', auth: 'token+otp', provenance: false },
      { registry: 'rubygems', name, version: '1.0.0', auth: 'token+otp' },
    ]);
    expect(pushesOf(name).map((attempt) => attempt.outcome)).toEqual(['accepted']);
    expect(gems.versions(name)?.map((version) => version.number)).toEqual(['1.0.0']);
    expect(run.summary).toContain(`<td>${name}</td><td>1.0.0</td><td>rubygems</td><td>published</td><td>token+otp</td><td>n/a</td><td>1</td>`);
    expect(run.stdout).toContain(`Successfully registered gem: ${name} (1.0.0)`);

    const post = await runPost(run);
    expect(listFiles(run.runnerTemp)).toEqual([]);
    const secrets = [npmToken, gemKey, NPM_SECRET, GEM_SECRET, ...gemCodes(), ...(await npmCodes())];
    expect(findLeaks(secrets, [run, post])).toEqual([]);
  });

  it('skips a gem version already on the server without spending a code, and pushes a given .gem file', async () => {
    gems.reset();
    const { dir, name } = gemDir();
    const first = await act({ packages: dir });
    expect(first.exitCode, first.stdout).toBe(0);
    gems.reset();

    const built = await buildGem(gemDir('3.1.0').dir, gemEnv(gems));
    const file = join(freshDir(), 'given.gem');
    copyFileSync(built, file);
    const again = await act({ packages: `${dir}\n${file}` });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(outputOf(again, 'skipped')).toEqual([{ registry: 'rubygems', name, version: '1.0.0', auth: 'token+otp', reason: 'already published' }]);
    expect(outputOf(again, 'published')).toEqual([{ registry: 'rubygems', name: `e2e-gem-${count}`, version: '3.1.0', auth: 'token+otp' }]);
    expect(pushesOf(name)).toEqual([]);
  });

  it('retries once with a code from the next window when the first push is refused (rollover)', async () => {
    gems.configure({ ...GEM_SERVER_DEFAULTS, rejectFirst: 1 });
    gems.reset();
    const { dir, name } = gemDir();
    const run = await act({ packages: dir, 'otp-min-remaining': '1' });
    expect(run.exitCode, run.stdout).toBe(0);
    const pushes = pushesOf(name);
    expect(pushes.map((attempt) => attempt.outcome)).toEqual(['forced-reject', 'accepted']);
    // The retry's code is from a later window than the refused one. Read from the codes: when the first
    // push reached the server (a Ruby process started after the code was made) depends on the machine's load.
    const [refused, retried] = pushes.map((push) => stepOfCode(GEM_SECRET, push.otp!, push.at));
    expect(retried).toBeGreaterThan(refused!);
    expect(run.summary).toContain('<td>rubygems</td><td>published</td><td>token+otp</td><td>n/a</td><td>2</td>');
    gems.configure(GEM_SERVER_DEFAULTS);
  });

  it('stops after exactly two rejected codes for the gem registry', async () => {
    gems.configure({ ...GEM_SERVER_DEFAULTS, rejectAll: true });
    gems.reset();
    const a = gemDir();
    const b = gemDir();
    const run = await act({ packages: `${a.dir}\n${b.dir}`, 'otp-min-remaining': '1' });

    expect(run.exitCode).toBe(1);
    expect(pushesOf(a.name).map((attempt) => attempt.outcome)).toEqual(['forced-reject', 'forced-reject']);
    expect(pushesOf(b.name)).toEqual([]);
    const failed = outputOf(run, 'failed');
    expect(failed.map((entry) => entry.name)).toEqual([a.name, b.name]);
    expect(failed[0]!.error).toMatch(/rubygems registry rejected the one-time password 2 times/);
    expect(failed[1]!.error).toMatch(/not attempted: the rubygems registry already rejected two one-time passwords/);
    expect(findLeaks([gemKey, GEM_SECRET, ...gemCodes()], run)).toEqual([]);
    gems.configure(GEM_SERVER_DEFAULTS);
  });

  it('a 500 on the push is checked and retried once; a push whose answer never came is found on the server', async () => {
    gems.configure({ ...GEM_SERVER_DEFAULTS, failNext: 1 });
    gems.reset();
    const failing = gemDir();
    const first = await act({ packages: failing.dir });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(pushesOf(failing.name).map((attempt) => attempt.outcome)).toEqual(['server-error', 'accepted']);

    // The server registers the gem only after the push timeout: the retry finds it there. Held 1 s
    // longer than the 5 s timeout, leaving a busy machine room on both sides: the client is stopped
    // and the registry read that follows finds nothing before the gem is registered, and it is
    // registered before the retry, which waits a backoff of at least 2.5 s and starts `gem` again.
    gems.configure({ ...GEM_SERVER_DEFAULTS, hang: 1, hangMs: 6_000 });
    gems.reset();
    const slow = gemDir();
    const second = await act({ packages: slow.dir, timeout: '5' });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(outputOf(second, 'published').map((entry) => entry.name)).toEqual([slow.name]);
    expect(second.stdout).toContain('the upload before the fault arrived after all');
    expect(gems.versions(slow.name)?.map((version) => version.number)).toEqual(['1.0.0']);
    expect(pushesOf(slow.name).map((attempt) => attempt.outcome)).toEqual(['accepted', 'already-pushed']);
    gems.configure(GEM_SERVER_DEFAULTS);
  });

  it('a throttled push (429 "Retry later", read from gem output) is checked and retried once after a backoff, with no OTP rejection counted', async () => {
    gems.configure({ ...GEM_SERVER_DEFAULTS, throttle: 1, retryAfter: 30 });
    gems.reset();
    const once = gemDir();
    const first = await act({ packages: once.dir });
    expect(first.exitCode, first.stdout).toBe(0);
    const pushes = pushesOf(once.name);
    expect(pushes.map((attempt) => attempt.outcome)).toEqual(['throttled', 'accepted']);
    // gem push prints only the body: the Retry-After is unknown, so the wait is the publish backoff (2.5-5 s).
    const gap = pushes[1]!.at - pushes[0]!.at;
    expect(gap, `gap ${gap} ms`).toBeGreaterThanOrEqual(2_500);
    expect(gap, `gap ${gap} ms`).toBeLessThanOrEqual(20_000);
    expect(first.stdout).toMatch(/RubyGems throttled the push \(429 "Retry later"/);

    // Throttled twice: failed with that reason, the next gem still gets its code (no breaker count).
    gems.configure({ ...GEM_SERVER_DEFAULTS, throttle: 2 });
    gems.reset();
    const twice = gemDir();
    const next = gemDir();
    const second = await act({ packages: `${twice.dir}\n${next.dir}`, concurrency: '1' });
    expect(second.exitCode).toBe(1);
    expect(outputOf(second, 'failed')).toMatchObject([{ name: twice.name }]);
    expect(outputOf(second, 'failed')[0]!.error).toMatch(/RubyGems throttled the push .*\(also after one retry\)/);
    expect(outputOf(second, 'published').map((entry) => entry.name)).toEqual([next.name]);
    expect(findLeaks([gemKey, GEM_SECRET, ...gemCodes()], second)).toEqual([]);
    gems.configure(GEM_SERVER_DEFAULTS);
  });

  it('fails a yanked version with a clear message', async () => {
    gems.reset();
    const { dir, name } = gemDir('1.2.0');
    gems.addGem(name, { owners: ['carol'], versions: [{ number: '1.2.0', state: 'yanked' }] });
    const run = await act({ packages: dir });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(outputOf(run, 'failed')[0]!.error).toMatch(new RegExp(`${name} 1.2.0 was yanked .* bump the version`));
  });

  it('dry-run builds the gem and reports it without pushing or a key', async () => {
    gems.reset();
    const { dir, name } = gemDir();
    const run = await act({ packages: dir, 'dry-run': 'true', 'rubygems-api-key': '', 'rubygems-totp-secret': '' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(outputOf(run, 'skipped')).toEqual([{ registry: 'rubygems', name, version: '1.0.0', auth: 'none', reason: 'dry run: built, not pushed' }]);
    expect(run.stdout).toContain('Successfully built RubyGem');
    expect(gems.attempts()).toEqual([]);
  });

  it('a gemspec that fails to build fails the step before anything is published', async () => {
    gems.reset();
    await registry.gate.reset();
    const npmName = `@e2e/before-broken-${++count}`;
    const npmDir = writePackage(freshDir(), { name: npmName, version: '1.0.0' });
    const broken = freshDir();
    writeFileSync(join(broken, 'broken.gemspec'), 'Gem::Specification.new do |s|\n  s.name = "broken"\n  s.version = "1.0.0"\nend\n');
    const run = await act({ packages: `${npmDir}\n${broken}`, 'npm-token': npmToken, 'npm-totp-secret': NPM_SECRET });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run).join('\n')).toMatch(/Input 'packages': .*broken\.gemspec: gem build failed: .*missing value for attribute (summary|authors)/);
    expect(await registry.packument(npmName)).toBeUndefined();
    expect(await registry.gate.attempts()).toEqual([]);
    expect(gems.attempts()).toEqual([]);
  });
});
