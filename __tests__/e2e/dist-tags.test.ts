// mode: dist-tags through the built dist/ as the runner runs it, against the local Verdaccio whose
// gate demands a code for every dist-tag write: next promoted to latest and next removed for a
// whole monorepo, one accepted code per write, each change read back; the same outcome whatever
// order the packages are listed in; a re-run writes nothing; a dry run prints the plan and writes
// nothing; a tag pointing at an unpublished version is refused before any write; a wrong secret
// costs two codes for the whole run; no secret in any log under RUNNER_DEBUG.
import { beforeAll, describe, expect, it } from 'vitest';
import { changesOf, errorsOf, freshDir, useGatedRegistry } from '../../test-support/e2e.js';
import { writeMonorepo } from '../../test-support/monorepo.js';
import type { GateConfig } from '../../test-support/registry.js';
import { findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
// A 10-second period keeps the wait for the window after a refused code short.
const WRONG_URI = 'otpauth://totp/npm:alice?secret=GEZDGNBVGY3TQOJQ&period=10';

const fixture = useGatedRegistry(SECRET);

async function gate(partial: GateConfig = {}): Promise<void> {
  await fixture.registry.gate.reset();
  await fixture.registry.gate.configure({ secret: SECRET, period: 30, rejectFirst: 0, rejectAll: false, faults: [], ...partial });
}

async function act(cwd: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    debug: true,
    timeoutMs: 120_000,
    inputs: { 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET, workspaces: 'true', ...inputs },
  });
  fixture.runs.push(run);
  return run;
}

/** Publishes `scope`'s 4-package monorepo at 1.0.0 (latest) and at 1.1.0-rc.1 under `next`; returns the directory (at the rc). */
async function releasedWithNext(scope: string): Promise<{ dir: string; names: string[] }> {
  await gate();
  const dir = freshDir();
  writeMonorepo(dir, scope, 4, '1.0.0');
  expect((await act(dir, {})).exitCode).toBe(0);
  const packages = writeMonorepo(dir, scope, 4, '1.1.0-rc.1');
  const rc = await act(dir, { tag: 'next' });
  expect(rc.exitCode, rc.stdout).toBe(0);
  // The existence checks of both releases read the registry without a code.
  const reads = await fixture.registry.gate.reads();
  expect(reads.filter((read) => read.kind === 'packument').length).toBeGreaterThanOrEqual(4);
  expect(reads.filter((read) => read.otp !== null)).toEqual([]);
  return { dir, names: packages.map((pkg) => pkg.name) };
}

async function tagsOf(name: string): Promise<Record<string, string>> {
  return (await fixture.registry.packument(name))['dist-tags'];
}

const tagWrites = async () => (await fixture.registry.gate.attempts()).filter((attempt) => attempt.kind === 'dist-tag');

describe('mode: dist-tags', () => {
  // One release for the file: the tests that write nothing first, the promotion last.
  let dir: string;
  let names: string[];
  beforeAll(async () => {
    ({ dir, names } = await releasedWithNext('dt'));
  });

  it('dry run: the plan, before -> after, and no write', async () => {
    await gate();
    const run = await act(dir, { mode: 'dist-tags', 'dist-tags': 'latest', 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(changesOf(run).map((change) => [change.name, change.before, change.after, change.status])).toEqual(
      names.map((name) => [name, '1.0.0', '1.1.0-rc.1', 'planned']),
    );
    expect(await tagWrites()).toEqual([]);
    for (const name of names) expect((await tagsOf(name)).latest).toBe('1.0.0');
  });

  it('refuses before any write when one package has no such version, naming it', async () => {
    await gate();
    const run = await act(dir, { mode: 'dist-tags', 'dist-tags': 'latest: 1.0.1' });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run).join('\n')).toContain('@dt/p-1 has no published version 1.0.1');
    expect(await tagWrites()).toEqual([]);
  });

  it('a wrong secret costs two codes for the whole run, and nothing changes', async () => {
    await gate({ period: 10 });
    const run = await act(dir, { mode: 'dist-tags', 'dist-tags': 'latest: next', 'npm-totp-secret': WRONG_URI, 'otp-min-remaining': '2' });
    expect(run.exitCode).toBe(1);
    const writes = await tagWrites();
    expect(writes.map((write) => write.outcome)).toEqual(['invalid', 'invalid']);
    expect(new Set(writes.map((write) => write.otp)).size).toBe(2);
    for (const name of names) expect((await tagsOf(name)).latest).toBe('1.0.0');
    expect(changesOf(run).every((change) => change.status === 'failed')).toBe(true);
  });

  it('gives the same tags whatever order the packages are named in', async () => {
    await gate();
    const forward = await act(dir, {
      mode: 'dist-tags',
      workspaces: 'false',
      packages: names.map((name) => `npm:${name}`).join('\n'),
      'dist-tags': 'stable: 1.0.0',
    });
    expect(forward.exitCode, forward.stdout).toBe(0);
    const backward = await act(dir, {
      mode: 'dist-tags',
      workspaces: 'false',
      packages: [...names]
        .reverse()
        .map((name) => `npm:${name}`)
        .join('\n'),
      'dist-tags': 'stable: 1.0.0\ncanary: 1.1.0-rc.1',
    });
    expect(backward.exitCode, backward.stdout).toBe(0);
    // The second run changes canary only: stable was already in place for every package.
    expect(changesOf(backward).map((change) => change.subject)).toEqual(Array(4).fill('canary'));
    for (const name of names) expect(await tagsOf(name)).toEqual({ latest: '1.0.0', next: '1.1.0-rc.1', stable: '1.0.0', canary: '1.1.0-rc.1' });
  });

  it('promotes next to latest and removes next for every package, one accepted code per write, read back; a re-run writes nothing', async () => {
    await gate();
    const run = await act(dir, { mode: 'dist-tags', 'dist-tags': 'latest: next', 'remove-dist-tags': 'next' });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const name of names) expect(await tagsOf(name)).toEqual({ latest: '1.1.0-rc.1', stable: '1.0.0', canary: '1.1.0-rc.1' });
    const changes = changesOf(run);
    expect(changes).toHaveLength(8);
    for (const name of names) {
      expect(changes.filter((change) => change.name === name)).toEqual([
        { registry: 'npm', name, kind: 'dist-tag', subject: 'latest', before: '1.0.0', after: '1.1.0-rc.1', status: 'changed', auth: 'token+otp' },
        { registry: 'npm', name, kind: 'dist-tag', subject: 'next', before: '1.1.0-rc.1', status: 'changed', auth: 'token+otp' },
      ]);
    }
    const writes = await tagWrites();
    expect(writes.map((write) => `${write.method} ${write.outcome}`).sort()).toEqual([...Array(4).fill('DELETE accepted'), ...Array(4).fill('PUT accepted')]);
    // As npm dist-tag add sends it: the version as a JSON string, with the command and auth type npm names.
    const put = writes.find((write) => write.method === 'PUT')!;
    expect(put).toMatchObject({ body: '1.1.0-rc.1', contentType: 'application/json', command: 'dist-tag', authType: 'legacy' });
    // The plan's reads and the read-backs spent no code.
    const reads = await fixture.registry.gate.reads();
    expect(reads.length).toBeGreaterThanOrEqual(12);
    expect(reads.filter((read) => read.otp !== null)).toEqual([]);
    expect(run.stdout).toContain('npm @dt/p-1 dist-tag latest: 1.0.0 -> 1.1.0-rc.1');
    const codes = writes.flatMap((write) => (write.otp ? [write.otp] : []));
    expect(findLeaks([fixture.token, SECRET, ...codes], run)).toEqual([]);

    await gate();
    const again = await act(dir, { mode: 'dist-tags', 'dist-tags': 'latest: next', 'remove-dist-tags': 'next' });
    // next is gone now, so `latest: next` cannot be planned: the re-run of the same step is a refusal, before any write.
    expect(again.exitCode).toBe(1);
    expect(errorsOf(again).join('\n')).toContain("has no dist-tag 'next' to point 'latest' at");
    const settled = await act(dir, { mode: 'dist-tags', 'dist-tags': 'latest: 1.1.0-rc.1', 'remove-dist-tags': 'next' });
    expect(settled.exitCode, settled.stdout).toBe(0);
    expect(changesOf(settled)).toEqual([]);
    expect(await tagWrites()).toEqual([]);
  });
});
