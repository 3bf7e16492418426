// mode: owners, mode: deprecate and mode: access through the built dist/ as the runner runs it,
// against the local Verdaccio whose gate demands a code for every such write, and the rubygems.org
// double for gem owners: each change planned from a read, one accepted code per write, read back;
// the same result whatever the order of the packages; re-runs write nothing; refusals (the last
// owner, the job's own account) before any write; a wrong secret costs two codes for the whole run;
// no secret in a log under RUNNER_DEBUG.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesOf, errorsOf, freshDir, useGatedRegistry } from '../../test-support/e2e.js';
import { GEM_VERSION, requireGemUnlessLocal } from '../../test-support/gem-cli.js';
import { writeMonorepo } from '../../test-support/monorepo.js';
import type { GateConfig } from '../../test-support/registry.js';
import { startGemServer, type GemServer } from '../../test-support/rubygems/server.js';
import { findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const WRONG_URI = 'otpauth://totp/npm:alice?secret=GEZDGNBVGY3TQOJQ&period=10';
const GEM_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

requireGemUnlessLocal('package-admin.test');

const fixture = useGatedRegistry(SECRET);
beforeAll(async () => {
  await fixture.registry.addUser('bob');
  await fixture.registry.addUser('carol');
});

async function gate(partial: GateConfig = {}): Promise<void> {
  await fixture.registry.gate.reset();
  await fixture.registry.gate.configure({ secret: SECRET, period: 30, rejectFirst: 0, rejectAll: false, faults: [], ...partial });
}

async function act(cwd: string, inputs: Record<string, string>, extra: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    debug: true,
    timeoutMs: 120_000,
    inputs: { 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET, ...inputs },
    env: extra,
  });
  fixture.runs.push(run);
  return run;
}

/** A published 3-package monorepo of `scope` at 1.0.0 and 1.1.0; its directory and package names. */
async function published(scope: string): Promise<{ dir: string; names: string[] }> {
  await gate();
  const dir = freshDir();
  writeMonorepo(dir, scope, 3, '1.0.0');
  expect((await act(dir, { workspaces: 'true' })).exitCode).toBe(0);
  const packages = writeMonorepo(dir, scope, 3, '1.1.0');
  expect((await act(dir, { workspaces: 'true' })).exitCode).toBe(0);
  return { dir, names: packages.map((pkg) => pkg.name) };
}

const writesOf = async (kind: string) => (await fixture.registry.gate.attempts()).filter((attempt) => attempt.kind === kind);
const codesOf = async () => (await fixture.registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
const named = (names: string[]) => names.map((name) => `npm:${name}`).join('\n');

// One published monorepo for the npm tests: owners, then deprecations, then access (which locks tokens out) last.
let dir: string;
let names: string[];
beforeAll(async () => {
  ({ dir, names } = await published('adm'));
});

describe('mode: owners (npm)', () => {
  it('adds the missing owner to every package, one accepted code each; a re-run writes nothing; removal only when allowed', async () => {
    await gate();
    const run = await act(dir, { mode: 'owners', workspaces: 'true', owners: 'npm: alice, bob' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(changesOf(run).map((change) => [change.name, change.subject, change.after, change.status])).toEqual(
      names.map((name) => [name, 'bob', 'owner', 'changed']),
    );
    const owners = await fixture.registry.gate.owners();
    for (const name of names) expect(owners[name]!.map((owner) => owner.name).sort()).toEqual(['alice', 'bob']);
    const writes = await writesOf('owner');
    expect(writes.map((write) => write.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
    // As npm owner add sends it: PUT /<name>/-rev/<rev> with the whole maintainer list.
    expect(writes[0]).toMatchObject({ method: 'PUT', command: 'owner', authType: 'legacy' });
    expect(writes[0]!.path).toMatch(/\/-rev\//);
    expect((await fixture.registry.gate.reads()).filter((read) => read.otp !== null)).toEqual([]);
    expect(findLeaks([fixture.token, SECRET, ...(await codesOf())], run)).toEqual([]);

    await gate();
    const again = await act(dir, { mode: 'owners', workspaces: 'true', owners: 'npm: alice, bob' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(changesOf(again)).toEqual([]);
    expect(await writesOf('owner')).toEqual([]);

    // carol is added, then removed: without remove-owners she stays; with it she goes, bob and alice stay.
    expect((await act(dir, { mode: 'owners', workspaces: 'true', owners: 'npm: alice, bob, carol' })).exitCode).toBe(0);
    const kept = await act(dir, { mode: 'owners', workspaces: 'true', owners: 'npm: alice, bob' });
    expect(changesOf(kept)).toEqual([]);
    await gate();
    const removed = await act(dir, { mode: 'owners', workspaces: 'true', owners: 'npm: alice, bob', 'remove-owners': 'true' });
    expect(removed.exitCode, removed.stdout).toBe(0);
    expect(changesOf(removed).map((change) => [change.subject, change.before, change.after ?? null])).toEqual(names.map(() => ['carol', 'owner', null]));
    const after = await fixture.registry.gate.owners();
    for (const name of names) expect(after[name]!.map((owner) => owner.name).sort()).toEqual(['alice', 'bob']);
  });

  it("refuses, before any write, to remove the job's own account (and so the last owner)", async () => {
    await gate();
    const run = await act(dir, { mode: 'owners', workspaces: 'true', owners: 'npm: bob', 'remove-owners': 'true' });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run).join('\n')).toContain("would lose alice, the account of the job's token, as owner");
    expect(await writesOf('owner')).toEqual([]);
  });

  it('gives the same owners whatever order the packages are named in; a wrong secret costs two codes for the whole run', async () => {
    await gate({ period: 10 });
    const wrong = await act(dir, {
      mode: 'owners',
      packages: named(names),
      owners: 'npm: alice, carol',
      'npm-totp-secret': WRONG_URI,
      'otp-min-remaining': '2',
    });
    expect(wrong.exitCode).toBe(1);
    expect((await writesOf('owner')).map((write) => write.outcome)).toEqual(['invalid', 'invalid']);
    await gate();
    const reversed = await act(dir, { mode: 'owners', packages: named([...names].reverse()), owners: 'npm: alice, carol' });
    expect(reversed.exitCode, reversed.stdout).toBe(0);
    const owners = await fixture.registry.gate.owners();
    for (const name of names) expect(owners[name]!.map((owner) => owner.name).sort()).toEqual(['alice', 'bob', 'carol']);
  });
});

describe('mode: deprecate', () => {
  it('deprecates the range with the message, read back; a re-run writes nothing; undeprecate takes it back', async () => {
    await gate();
    const run = await act(dir, { mode: 'deprecate', workspaces: 'true', deprecate: '<1.1.0: please use 1.1: it is fixed' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(changesOf(run).map((change) => [change.name, change.subject, change.after, change.status])).toEqual(
      names.map((name) => [name, '<1.1.0', 'please use 1.1: it is fixed', 'changed']),
    );
    for (const name of names) {
      const packument = await fixture.registry.packument(name);
      expect(packument.versions['1.0.0'].deprecated).toBe('please use 1.1: it is fixed');
      expect(packument.versions['1.1.0'].deprecated).toBeUndefined();
    }
    expect((await writesOf('deprecate')).map((write) => write.outcome)).toEqual(['accepted', 'accepted', 'accepted']);

    await gate();
    const again = await act(dir, { mode: 'deprecate', packages: named([...names].reverse()), deprecate: '<1.1.0: please use 1.1: it is fixed' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(changesOf(again)).toEqual([]);
    expect(await writesOf('deprecate')).toEqual([]);

    const back = await act(dir, { mode: 'deprecate', workspaces: 'true', undeprecate: '1.0.0' });
    expect(back.exitCode, back.stdout).toBe(0);
    for (const name of names) expect((await fixture.registry.packument(name)).versions['1.0.0'].deprecated).toBeFalsy();
    expect(findLeaks([fixture.token, SECRET, ...(await codesOf())], back)).toEqual([]);
  });

  it('refuses a range with no published version before any write, naming the package', async () => {
    await gate();
    const run = await act(dir, { mode: 'deprecate', workspaces: 'true', deprecate: '>=2: gone' });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run).join('\n')).toContain("@adm/p-1 has no published version in '>=2'");
    expect(await writesOf('deprecate')).toEqual([]);
  });
});

describe('mode: access', () => {
  it('sets the 2FA requirement and the status, each write with a code; then the token path can no longer publish', async () => {
    await gate();
    const run = await act(dir, { mode: 'access', workspaces: 'true', mfa: 'publish', access: 'restricted' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('::warning::mfa: publish makes npm refuse every token for these packages');
    expect(
      changesOf(run)
        .filter((change) => change.subject === 'status')
        .map((change) => [change.before, change.after, change.status]),
    ).toEqual(names.map(() => ['public', 'private', 'changed']));
    const settings = await fixture.registry.gate.settings();
    for (const name of names) expect(settings[name]).toMatchObject({ publicAccess: false, requireTfa: true, tokensOverrideTfa: false });
    const writes = await writesOf('access');
    expect(writes).toHaveLength(6);
    expect(writes.every((write) => write.outcome === 'accepted' && write.otp)).toBe(true);
    expect(findLeaks([fixture.token, SECRET, ...(await codesOf())], run)).toEqual([]);
    writeMonorepo(dir, 'adm', 3, '1.2.0');
    await gate();
    const publish = await act(dir, { workspaces: 'true', 'fail-fast': 'true' });
    expect(publish.exitCode).toBe(1);
    expect((await writesOf('publish')).map((write) => write.outcome)).toEqual(['tokens-disallowed']);
    // It says why the token path cannot publish it, and what to do instead; which works:
    const refusal = errorsOf(publish).join('\n');
    expect(refusal).toContain(`the npm registry refused input 'npm-token' for ${names[0]}`);
    expect(refusal).toContain('"require two-factor authentication and disallow tokens", no token can publish it');
    expect(refusal).toContain("stage it ('stage: true') and approve the stage on npmjs.com");
    const staged = await act(dir, { workspaces: 'true', stage: 'true' });
    expect(staged.exitCode, staged.stdout).toBe(0);
    expect(JSON.parse(staged.outputs.staged ?? '[]')).toHaveLength(3);
  });
});

describe.skipIf(!GEM_VERSION)('mode: owners (RubyGems)', () => {
  let gems: GemServer;
  let key: string;
  let erinKey: string;
  beforeAll(async () => {
    gems = await startGemServer();
    key = gems.addUser('alice', { mfa: GEM_SECRET });
    for (const handle of ['bob', 'mallory', 'frank']) gems.addUser(handle);
    gems.addGem('owned-gem', { owners: ['alice'], versions: ['1.0.0'] });
    gems.addGem('shared-gem', { owners: ['alice', 'mallory'], versions: ['1.0.0'] });
    erinKey = gems.addUser('erin', { mfa: GEM_SECRET });
    gems.addGem('pair-gem', { owners: ['erin', 'frank'], versions: ['1.0.0'] });
  });
  afterAll(async () => gems?.stop());
  /** The owner changes sent (reads of owners.json are listed too, as `list`). */
  const changesSent = () => gems.ownerAttempts().filter((attempt) => attempt.action !== 'list');

  const gemInputs = (gem: string, owners: string, extra: Record<string, string> = {}) => ({
    mode: 'owners',
    packages: `rubygems:${gem}`,
    owners,
    'rubygems-host': gems.url,
    'rubygems-api-key': key,
    'rubygems-totp-secret': GEM_SECRET,
    ...extra,
  });

  it("removes an unexpected owner once the key's account is ruled out; refuses one RubyGems cannot tell from it", async () => {
    gems.reset();
    // mallory owns shared-gem only, the key's account (alice) two gems: mallory is not the key's account.
    const run = await act(freshDir(), gemInputs('shared-gem', 'rubygems: alice', { 'remove-owners': 'true' }));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(changesOf(run)).toMatchObject([{ subject: 'mallory', before: 'owner', status: 'changed' }]);
    expect(gems.ownerships('shared-gem')!.map((ownership) => ownership.handle)).toEqual(['alice']);
    expect(changesSent().map((attempt) => [attempt.action, attempt.target, attempt.outcome])).toEqual([['remove', 'mallory', 'removed']]);
    // erin's key: erin and frank own exactly pair-gem, so RubyGems cannot tell frank from the key's account.
    gems.reset();
    const refused = await act(freshDir(), { ...gemInputs('pair-gem', 'rubygems: erin', { 'remove-owners': 'true' }), 'rubygems-api-key': erinKey });
    expect(refused.exitCode).toBe(1);
    expect(errorsOf(refused).join('\n')).toContain("pair-gem would lose frank, which RubyGems cannot tell from the account of the job's token");
    expect(changesSent()).toEqual([]);
    expect(gems.ownerships('pair-gem')!.map((ownership) => ownership.handle)).toEqual(['erin', 'frank']);
  });

  it('invites the missing owner with a code; a re-run invites no one again; once confirmed, nothing is written', async () => {
    const inputs = {
      mode: 'owners',
      packages: 'rubygems:owned-gem',
      owners: 'rubygems: alice, bob',
      'rubygems-host': gems.url,
      'rubygems-api-key': key,
      'rubygems-totp-secret': GEM_SECRET,
    };
    const run = await act(freshDir(), inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(changesOf(run)).toMatchObject([{ name: 'owned-gem', kind: 'owner', subject: 'bob', after: 'invited', status: 'changed' }]);
    expect(gems.ownerships('owned-gem')!.map((ownership) => [ownership.handle, ownership.confirmed])).toEqual([
      ['alice', true],
      ['bob', false],
    ]);
    const sent = changesSent();
    expect(sent.map((attempt) => [attempt.action, attempt.outcome, Boolean(attempt.otp)])).toEqual([['add', 'added', true]]);
    expect(findLeaks([key, GEM_SECRET, ...sent.flatMap((attempt) => (attempt.otp ? [attempt.otp] : []))], run)).toEqual([]);

    const again = await act(freshDir(), inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(changesOf(again)).toMatchObject([{ subject: 'bob', status: 'unchanged', reason: 'User is already invited to this gem' }]);
    expect(gems.ownerships('owned-gem')).toHaveLength(2);

    gems.confirmOwnership('owned-gem', 'bob');
    gems.reset();
    const settled = await act(freshDir(), inputs);
    expect(settled.exitCode, settled.stdout).toBe(0);
    expect(changesOf(settled)).toEqual([]);
    expect(changesSent()).toEqual([]);
  });
});
