// Registry faults injected into the local Verdaccio while the built dist/ publishes (as the runner
// runs it, with debug logging on): 5xx, 429, dropped connections before and after the upload is
// stored, a registry that never answers. After every fault: nothing published twice, nothing
// reported published that is not on the registry, no secret leaked, no temp file left, and a
// re-run completes the job.
import { describe, expect, it } from 'vitest';
import { freshDir, outputOf, useGatedRegistry } from '../../test-support/e2e.js';
import { writeMonorepo } from '../../test-support/monorepo.js';
import { writePackage, type Fault, type GateConfig } from '../../test-support/registry.js';
import { findLeaks, listFiles, runAction, type ActionRun } from '../../test-support/runner.js';
import { RETRY_LATENESS_MS } from '../../test-support/timing.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const fixture = useGatedRegistry(SECRET);
let count = 0;

async function publish(dir: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    cwd: dir,
    debug: true,
    timeoutMs: 120_000,
    inputs: { 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET, ...inputs },
  });
  fixture.runs.push(run);
  return run;
}

/** A fresh package, with the gate set to answer its writes (and reads) with these faults. */
async function withFaults(faults: Fault[], readFaults: Fault[] = [], gate: GateConfig = {}): Promise<{ dir: string; name: string }> {
  await fixture.registry.gate.reset();
  await fixture.registry.gate.configure({ secret: SECRET, faults, readFaults, retryAfter: 1, retryAfterAsDate: false, ...gate });
  const name = `@faults/pkg-${++count}`;
  return { dir: writePackage(freshDir(), { name, version: '1.0.0' }), name };
}

async function writesOf(name: string) {
  return (await fixture.registry.gate.attempts()).filter((attempt) => attempt.package === name && attempt.method === 'PUT');
}

/** What the registry has, compared with what the run reported. */
async function expectConsistent(run: ActionRun, name: string): Promise<void> {
  const versions = Object.keys((await fixture.registry.packument(name))?.versions ?? {});
  const published = outputOf(run, 'published').filter((entry) => entry.name === name);
  if (published.length) expect(versions).toEqual(['1.0.0']);
  else expect(versions).toEqual([]);
  expect(listFiles(run.runnerTemp)).toEqual([]);
  const codes = (await fixture.registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
  expect(findLeaks([fixture.token, SECRET, ...codes], run)).toEqual([]);
}

describe('registry faults while publishing', () => {
  it('a 503 on the upload: the registry is read, the upload is retried once, and published once', async () => {
    const { dir, name } = await withFaults(['503']);
    const run = await publish(dir);
    expect(run.exitCode, run.stdout).toBe(0);
    expect((await writesOf(name)).map((write) => write.outcome)).toEqual(['fault:503', 'accepted']);
    expect(outputOf(run, 'published').map((entry) => entry.name)).toEqual([name]);
    expect(run.stdout).toMatch(/checking the registry before deciding on a retry/);
    expect(run.summary).toContain('<td>published</td><td>token+otp</td><td>no</td><td>2</td>');
    await expectConsistent(run, name);
  });

  it('a connection dropped after the upload was stored: reported published, never uploaded twice', async () => {
    const { dir, name } = await withFaults(['reset-after-write']);
    const run = await publish(dir);
    expect(run.exitCode, run.stdout).toBe(0);
    expect((await writesOf(name)).map((write) => write.outcome)).toEqual(['fault:reset-after-write']);
    expect(run.stdout).toContain('the upload arrived despite the fault');
    await expectConsistent(run, name);
  });

  it('429 twice: fails after one retry; a re-run publishes it', async () => {
    const { dir, name } = await withFaults(['429', '429']);
    const run = await publish(dir);
    expect(run.exitCode).toBe(1);
    expect(outputOf(run, 'failed')[0]!.error).toMatch(/E429.*\(also after one retry\)/);
    expect((await writesOf(name)).map((write) => write.outcome)).toEqual(['fault:429', 'fault:429']);
    await expectConsistent(run, name);

    const again = await publish(dir);
    expect(again.exitCode, again.stdout).toBe(0);
    await expectConsistent(again, name);
  });

  it('a 429 with Retry-After on the upload, in seconds and as an HTTP date: the one retry comes when the registry asked', async () => {
    // A user whose writes need no code, so no OTP window wait can add to the gap.
    await fixture.registry.gate.configure({ bypassUsers: ['throttled'] });
    const token = await fixture.registry.addUser('throttled');
    for (const retryAfterAsDate of [false, true]) {
      const { dir, name } = await withFaults(['429'], [], { retryAfter: 3, retryAfterAsDate, bypassUsers: ['throttled'] });
      const run = await publish(dir, { 'npm-token': token, 'npm-totp-secret': '' });
      expect(run.exitCode, run.stdout).toBe(0);
      const writes = await writesOf(name);
      expect(writes.map((write) => write.outcome)).toEqual(['fault:429', 'bypass']);
      const gap = writes[1]!.at - writes[0]!.at;
      // An HTTP date has whole seconds: it asks for 2-3 s. Never earlier than asked; later by no more than a busy machine adds.
      expect(gap, `gap ${gap} ms`).toBeGreaterThanOrEqual(retryAfterAsDate ? 2_000 : 3_000);
      expect(gap, `gap ${gap} ms`).toBeLessThanOrEqual(3_000 + RETRY_LATENESS_MS);
      expect(run.stdout).toMatch(/retrying once in [23] s \(the registry's Retry-After \(429\)\)/);
      await expectConsistent(run, name);
    }
  });

  it('a registry that never answers: stopped at the timeout, checked, retried once, then failed; a re-run publishes it', async () => {
    const { dir, name } = await withFaults(['hang', 'hang']);
    const run = await publish(dir, { timeout: '5' });
    expect(run.exitCode).toBe(1);
    expect(outputOf(run, 'failed')[0]!.error).toMatch(/npm publish .* did not finish within 5 s and was stopped \(also after one retry\)/);
    await expectConsistent(run, name);

    await fixture.registry.gate.configure({ faults: [] });
    const again = await publish(dir, { timeout: '5' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(outputOf(again, 'published').map((entry) => entry.name)).toEqual([name]);
    await expectConsistent(again, name);
  });

  it('a 429 with Retry-After on the existence check, in seconds and as an HTTP date: read again when the registry asked', async () => {
    for (const retryAfterAsDate of [false, true]) {
      const { dir, name } = await withFaults([], ['429', '429'], { retryAfter: 3, retryAfterAsDate });
      const run = await publish(dir);
      expect(run.exitCode, run.stdout).toBe(0);
      const reads = (await fixture.registry.gate.attempts()).filter((attempt) => attempt.package === name && attempt.method === 'GET');
      expect(reads.map((read) => read.outcome)).toEqual(['fault:429', 'fault:429']);
      const gap = reads[1]!.at - reads[0]!.at;
      expect(gap, `gap ${gap} ms`).toBeGreaterThanOrEqual(retryAfterAsDate ? 2_000 : 3_000);
      expect(gap, `gap ${gap} ms`).toBeLessThanOrEqual(3_000 + RETRY_LATENESS_MS);
      await expectConsistent(run, name);
    }
  });

  it('a 503 and a dropped connection on the existence check are retried with backoff', async () => {
    const { dir, name } = await withFaults([], ['503', 'reset']);
    const run = await publish(dir);
    expect(run.exitCode, run.stdout).toBe(0);
    expect((await fixture.registry.gate.attempts()).filter((attempt) => attempt.package === name).map((attempt) => attempt.outcome)).toEqual([
      'fault:503',
      'fault:reset',
      'accepted',
    ]);
    await expectConsistent(run, name);
  });
});

describe('an OTP rate limit in the middle of a monorepo run', () => {
  it('sends no further code, publishes nothing twice, says when to re-run, and a re-run publishes the rest', async () => {
    await fixture.registry.gate.reset();
    await fixture.registry.gate.configure({
      secret: SECRET,
      faults: ['none', 'none', 'none', 'none', '429-otp'],
      readFaults: [],
      retryAfter: 120,
      retryAfterAsDate: false,
    });
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'ratelimit', 10);
    const run = await publish(dir, { workspaces: 'true', concurrency: '1' });
    expect(run.exitCode).toBe(1);
    const writes = (await fixture.registry.gate.attempts()).filter((attempt) => attempt.method === 'PUT' && attempt.package.startsWith('@ratelimit/'));
    // Four published, the fifth answered 429 "rate limited otp": not one code after it.
    expect(writes.map((write) => write.outcome)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'fault:429-otp']);
    expect(outputOf(run, 'published')).toHaveLength(4);
    const failed = outputOf(run, 'failed');
    expect(failed).toHaveLength(6);
    expect(failed.find((entry) => entry.name === writes[4]!.package)!.error).toMatch(
      /rate-limits one-time passwords \(429\): no further codes are sent to it in this run.*Re-run the job after \d{4}-\d\d-\d\dT[\d:.]+Z \(the registry's Retry-After\)/,
    );
    for (const entry of failed) expect(entry.error).toMatch(/rate-limits one-time passwords|not attempted/);

    await fixture.registry.gate.configure({ faults: [] });
    const again = await publish(dir, { workspaces: 'true' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(outputOf(again, 'published')).toHaveLength(6);
    const all = (await fixture.registry.gate.attempts()).filter(
      (attempt) => attempt.method === 'PUT' && attempt.outcome === 'accepted' && attempt.package.startsWith('@ratelimit/'),
    );
    expect(all.map((write) => write.package).sort()).toEqual(packages.map((pkg) => pkg.name).sort());
    await expectConsistent(again, failed[0]!.name);
  });
});
