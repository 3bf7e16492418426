// A generated npm-workspaces monorepo published by the built dist/ (as the runner runs it) to a
// local Verdaccio demanding a TOTP code: dependency order, parallelism, skips, partial failure and
// re-run, the wrong-secret budget, release tags, and `mode: run` around `npm publish --workspaces`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsOf, freshDir, outputOf, useGatedRegistry } from '../../test-support/e2e.js';
import { writeMonorepo, type MonorepoPackage } from '../../test-support/monorepo.js';
import { writePackage, type GateConfig } from '../../test-support/registry.js';
import { findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';
import { stepOfCode } from '../../test-support/totp.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const SHORT_URI = `otpauth://totp/npm:alice?secret=${SECRET}&period=10`;

const fixture = useGatedRegistry(SECRET);

async function gate(partial: GateConfig = {}): Promise<void> {
  await fixture.registry.gate.reset();
  await fixture.registry.gate.configure({ secret: SECRET, period: 30, rejectFirst: 0, rejectAll: false, failPackages: [], ...partial });
}

async function act(cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    env,
    timeoutMs: 240_000,
    inputs: { 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET, workspaces: 'true', ...inputs },
  });
  fixture.runs.push(run);
  return run;
}

async function putsFor(scope: string) {
  return (await fixture.registry.gate.attempts()).filter((attempt) => attempt.package.startsWith(`@${scope}/`));
}

/** When each package's version reached the registry (Verdaccio's packument `time`). */
async function publishTimes(packages: MonorepoPackage[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const pkg of packages) {
    const packument = await fixture.registry.packument(pkg.name);
    if (packument?.time?.[pkg.version]) times.set(pkg.name, Date.parse(packument.time[pkg.version]));
  }
  return times;
}

const names = (entries: Array<{ name: string }>) => entries.map((entry) => entry.name).sort();

describe('a 24-package monorepo', () => {
  it('publishes every package once, each after the packages it depends on, and skips the private root', async () => {
    await gate();
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'mono', 24);
    writePackage(join(dir, 'packages', 'tooling'), { name: '@mono/tooling', version: '0.0.0', private: true });
    const run = await act(dir, { concurrency: '4' });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(names(outputOf(run, 'published'))).toEqual(names(packages));
    expect(outputOf(run, 'skipped')).toEqual([{ registry: 'npm', name: '@mono/tooling', version: '0.0.0', auth: 'none', reason: 'private package' }]);
    const puts = await putsFor('mono');
    expect(puts.map((put) => put.outcome)).toEqual(Array(24).fill('accepted'));

    const times = await publishTimes(packages);
    expect(times.size).toBe(24);
    for (const pkg of packages) {
      for (const dependency of pkg.dependsOn) {
        expect(times.get(dependency)!, `${dependency} before ${pkg.name}`).toBeLessThan(times.get(pkg.name)!);
      }
    }
    // Progress lines count up to the total, and the summary lists every package in publish order.
    expect(run.stdout).toMatch(/^\[25\/25\] (published|skipped) /m);
    const order = [...run.summary.matchAll(/<tr><td>(@mono\/[^<]+)<\/td>/g)].map((match) => match[1]!);
    expect(order).toHaveLength(25);
    for (const pkg of packages) {
      for (const dependency of pkg.dependsOn) expect(order.indexOf(dependency)).toBeLessThan(order.indexOf(pkg.name));
    }
    expect(findLeaks([fixture.token, SECRET, ...puts.map((put) => put.otp!)], run)).toEqual([]);
  });

  it('after a failure in the middle, publishes what does not depend on it, and a re-run publishes only the rest', async () => {
    await gate({ failPackages: ['@part/p-10'] });
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'part', 20);
    const first = await act(dir, {});

    expect(first.exitCode).toBe(1);
    const failed = outputOf(first, 'failed');
    const published = names(outputOf(first, 'published'));
    expect(failed.find((entry) => entry.name === '@part/p-10')!.error).toMatch(/npm publish failed \(E500\)/);
    // Everything that (transitively) depends on p-10 was not attempted; everything else was published.
    const blocked = new Set(['@part/p-10']);
    for (const pkg of packages) if (pkg.dependsOn.some((dependency) => blocked.has(dependency))) blocked.add(pkg.name);
    expect(names(failed)).toEqual([...blocked].sort());
    for (const entry of failed.filter((entry) => entry.name !== '@part/p-10')) expect(entry.error).toMatch(/^not attempted: it depends on /);
    expect(published).toEqual(names(packages.filter((pkg) => !blocked.has(pkg.name))));
    expect((await putsFor('part')).filter((put) => put.package !== '@part/p-10')).toHaveLength(published.length);
    expect(errorsOf(first).join('\n')).toContain(`${blocked.size} of 20 package(s) failed`);

    await gate();
    const again = await act(dir, {});
    expect(again.exitCode, again.stdout).toBe(0);
    expect(names(outputOf(again, 'published'))).toEqual([...blocked].sort());
    expect(names(outputOf(again, 'skipped').filter((entry) => entry.reason === 'already published'))).toEqual(published);
    expect((await putsFor('part')).map((put) => put.package).sort()).toEqual([...blocked].sort());
    const times = await publishTimes(packages);
    expect(times.size).toBe(20);
  });

  it('fail-fast starts nothing new after the first failure', async () => {
    // Every package's upload fails: whichever starts first fails, and none of the others may start.
    const all = ['a', 'b', 'c', 'd'].map((letter) => `@fast/${letter}`);
    await gate({ failPackages: all });
    const dirs = all.map((name) => writePackage(freshDir(), { name, version: '1.0.0' }));
    const run = await act(freshDir(), { packages: dirs.join('\n'), workspaces: 'false', 'fail-fast': 'true', concurrency: '1' });
    expect(run.exitCode).toBe(1);
    expect(outputOf(run, 'published')).toEqual([]);
    const failed = outputOf(run, 'failed');
    const first = failed.find((entry) => !entry.error?.startsWith('not attempted'))!;
    expect(first.error).toMatch(/^npm publish failed \(E500\): 500 Internal /);
    const notAttempted = failed.filter((entry) => entry !== first);
    expect(names([first, ...notAttempted])).toEqual(all);
    for (const entry of notAttempted) expect(entry.error).toMatch(new RegExp(`^not attempted: fail-fast: ${first.name.replace('/', '\\/')}@1\\.0\\.0 `));
    // The 500 is a registry fault: one retry of the first package after reading the registry, and no other upload.
    expect((await putsFor('fast')).map((put) => put.package)).toEqual([first.name, first.name]);
  });

  it('a wrong secret costs two codes in total, however many packages wait', async () => {
    await gate({ period: 10, rejectAll: true });
    const dir = freshDir();
    writeMonorepo(dir, 'wrong', 12);
    const run = await act(dir, { 'npm-totp-secret': SHORT_URI, 'otp-min-remaining': '2', concurrency: '8' });
    expect(run.exitCode).toBe(1);
    expect((await putsFor('wrong')).map((put) => put.outcome)).toEqual(['forced-reject', 'forced-reject']);
    const failed = outputOf(run, 'failed');
    expect(failed).toHaveLength(12);
    expect(failed.filter((entry) => /rejected the one-time password 2 times/.test(entry.error!))).toHaveLength(1);
  });
});

describe('release tags', () => {
  it('name@X.Y.Z publishes that package only; a tag that does not match fails before publishing', async () => {
    await gate();
    const dir = freshDir();
    writeMonorepo(dir, 'tagged', 3);
    const selected = await act(dir, {}, { GITHUB_REF: 'refs/tags/@tagged/p-2@1.0.0' });
    expect(selected.exitCode, selected.stdout).toBe(0);
    expect(names(outputOf(selected, 'published'))).toEqual(['@tagged/p-2']);
    expect(outputOf(selected, 'skipped').filter((entry) => entry.reason === 'not selected by release tag @tagged/p-2@1.0.0')).toHaveLength(2);

    const wrong = await act(dir, {}, { GITHUB_REF: 'refs/tags/v2.0.0' });
    expect(wrong.exitCode).toBe(1);
    expect(errorsOf(wrong).join('\n')).toMatch(
      /release tag 'v2.0.0' is version 2.0.0 but these packages are not: @tagged\/p-1@1.0.0, @tagged\/p-2@1.0.0, @tagged\/p-3@1.0.0/,
    );
    const unchecked = await act(dir, { 'check-tag': 'false' }, { GITHUB_REF: 'refs/tags/v2.0.0' });
    expect(unchecked.exitCode, unchecked.stdout).toBe(0);
    expect(names(outputOf(unchecked, 'published'))).toEqual(['@tagged/p-1', '@tagged/p-3']);
  });
});

describe('mode: run', () => {
  it('wraps npm publish --workspaces with a fresh code, and re-runs it once in a new window after a rejection', async () => {
    await gate({ period: 10, rejectFirst: 1 });
    const dir = freshDir();
    const packages = writeMonorepo(dir, 'wrapped', 4);
    const run = await act(dir, {
      mode: 'run',
      command: 'npm publish --workspaces',
      workspaces: 'false',
      'npm-totp-secret': SHORT_URI,
      'otp-min-remaining': '2',
    });

    expect(run.exitCode, run.stdout).toBe(0);
    const puts = await putsFor('wrapped');
    expect(puts.map((put) => put.outcome)).toEqual(['forced-reject', 'accepted', 'accepted', 'accepted', 'accepted']);
    // The re-run's code is from a later window than the refused one. Read from the codes: when npm's
    // first upload reached the registry depends on the machine's load, not on the action.
    const [refused, retried] = puts.slice(0, 2).map((put) => stepOfCode(SECRET, put.otp!, put.at, { period: 10 }));
    expect(retried).toBeGreaterThan(refused!);
    expect(new Set(puts.slice(1).map((put) => put.otp)).size).toBe(1);
    expect((await publishTimes(packages)).size).toBe(4);
    expect(run.summary).toContain('<td>npm publish --workspaces</td><td>succeeded</td><td>token+otp</td><td>none</td><td>npm: 2</td>');
    expect(findLeaks([fixture.token, SECRET, SHORT_URI, ...puts.map((put) => put.otp!)], run)).toEqual([]);
  });
});
