// Ordering, release tags and scheduling of a plan, with in-memory registries.
import { describe, expect, it } from 'vitest';
import { DependencyCycleError, TagMismatchError } from '../../src/errors.js';
import { OtpGate, type UploadShape } from '../../src/otp/gate.js';
import { chainLengths, orderTargets } from '../../src/plan/graph.js';
import { publishPlanned, type PlannedPackage } from '../../src/plan/publish.js';
import { edgeWaitTime, type PackageResult } from '../../src/plan/results.js';
import { checkReleaseTag } from '../../src/plan/tag.js';
import type { PackageTarget, PublishOutcome, PublishRequest, RegistryAdapter } from '../../src/registries/types.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

function target(name: string, dependencies: string[] = [], extra: Partial<PackageTarget> = {}): PackageTarget {
  return { registry: 'npm', name, version: '1.0.0', path: `/ws/${name}`, private: false, dependencies, ...extra };
}

describe('orderTargets', () => {
  it('puts dependencies first and keeps the listed order otherwise', () => {
    const ordered = orderTargets([target('app', ['lib', 'left-pad']), target('cli', ['app']), target('lib'), target('docs')]);
    expect(ordered.map((entry) => entry.target.name)).toEqual(['lib', 'app', 'cli', 'docs']);
    expect(ordered[2]!.dependsOn.map((index) => ordered[index]!.target.name).sort()).toEqual(['app', 'lib']);
    expect(ordered[3]!.dependsOn).toEqual([]);
  });

  it('links only packages of the same registry', () => {
    const ordered = orderTargets([target('json', ['json'], { registry: 'rubygems' }), target('json')]);
    expect(ordered.map((entry) => entry.dependsOn)).toEqual([[], []]);
  });

  it('names the cycle', () => {
    const error = (() => {
      try {
        orderTargets([target('a', ['b']), target('b', ['c']), target('c', ['a'])]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DependencyCycleError);
    expect((error as Error).message).toMatch(/cycle: npm:(a|b|c) -> npm:\w -> npm:\w -> npm:\w; dependencies must be published/);
  });
});

describe('chainLengths', () => {
  it('counts the longest chain of dependents from each package, itself included', () => {
    // docs alone; lib <- app <- cli, lib <- cli directly too; lib <- plugin
    const ordered = orderTargets([target('docs'), target('cli', ['app', 'lib']), target('app', ['lib']), target('lib'), target('plugin', ['lib'])]);
    const lengths = chainLengths(ordered.map((entry) => entry.dependsOn));
    expect(Object.fromEntries(ordered.map((entry, index) => [entry.target.name, lengths[index]]))).toEqual({ docs: 1, lib: 3, app: 2, cli: 1, plugin: 1 });
  });
});

describe('edgeWaitTime', () => {
  const waited = (name: string, ...spans: Array<[number, number]>): PackageResult => ({
    registry: 'npm',
    name,
    version: '1.0.0',
    status: 'published',
    auth: 'token+otp',
    otpAttempts: 1,
    durationMs: 0,
    ...(spans.length ? { otpWaitMs: spans.reduce((sum, [from, to]) => sum + to - from, 0), otpWaits: spans.map(([from, to]) => ({ from, to })) } : {}),
  });

  it('counts overlapping waits once, and each separate stretch as an edge', () => {
    // Edge 1: a waits 0-1.5 s, b 0.5-1.6 s, c 1.6-1.7 s (touching b's end); edge 2: a again, 31-32 s; d never waits.
    const results = [waited('a', [0, 1_500], [31_000, 32_000]), waited('b', [500, 1_600]), waited('c', [1_600, 1_700]), waited('d')];
    expect(edgeWaitTime(results)).toEqual({ wallMs: 1_700 + 1_000, stretches: 2 });
  });

  it('is nothing for a run that never waited', () => {
    expect(edgeWaitTime([waited('a'), waited('b')])).toEqual({ wallMs: 0, stretches: 0 });
  });
});

describe('checkReleaseTag', () => {
  const targets = [target('@acme/a'), target('@acme/b', [], { version: '2.0.0' }), target('tool', [], { private: true, version: '' })];

  it('does nothing outside tag refs', () => {
    expect(checkReleaseTag('refs/heads/main', targets).notSelected.size).toBe(0);
    expect(checkReleaseTag(undefined, targets).notSelected.size).toBe(0);
  });

  it('selects one package with name@X.Y.Z and leaves the others out', () => {
    const selection = checkReleaseTag('refs/tags/@acme/b@2.0.0', targets);
    expect([...selection.notSelected].map((t) => t.name)).toEqual(['@acme/a']);
    expect(selection.reason).toBe('not selected by release tag @acme/b@2.0.0');
  });

  it('accepts vX.Y.Z and X.Y.Z when every package to publish has that version', () => {
    const single = [target('solo', [], { version: '1.2.3-rc.1' })];
    expect(checkReleaseTag('refs/tags/v1.2.3-rc.1', single).notSelected.size).toBe(0);
    expect(checkReleaseTag('refs/tags/1.2.3-rc.1', single).notSelected.size).toBe(0);
  });

  it.each([
    ['refs/tags/v1.0.0', /is version 1.0.0 but these packages are not: @acme\/b@2.0.0/],
    ['refs/tags/@acme/b@2.0.1', /asks for @acme\/b@2.0.1 but the package is at 2.0.0/],
    ['refs/tags/@acme/c@1.0.0', /names package '@acme\/c', which is not among the packages to publish/],
    ['refs/tags/release-7', /is not a version \(expected vX.Y.Z, X.Y.Z or name@X.Y.Z\)/],
  ])('refuses %s', (ref, message) => {
    expect(() => checkReleaseTag(ref, targets)).toThrow(TagMismatchError);
    expect(() => checkReleaseTag(ref, targets)).toThrow(message);
  });
});

/** An npm registry in memory: records what ran when, answers from `outcomes` by package name. */
class MemoryRegistry implements RegistryAdapter {
  readonly id = 'npm' as const;
  readonly events: string[] = [];
  running = 0;
  maxRunning = 0;
  constructor(
    private readonly existing: Set<string>,
    private readonly outcomes: Record<string, PublishOutcome> = {},
  ) {}
  async exists(t: PackageTarget) {
    this.events.push(`exists ${t.name}`);
    return { exists: this.existing.has(t.name), packageKnown: this.existing.has(t.name), serverTime: undefined };
  }
  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const name = request.target.name;
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    this.events.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.events.push(`end ${name}`);
    this.running--;
    return this.outcomes[name] ?? { kind: 'published', detail: `+ ${name}` };
  }
}

function plan(targets: PackageTarget[]): PlannedPackage[] {
  return orderTargets(targets).map(({ target, dependsOn }) => ({ target, dependsOn, credential: { auth: 'token', token: 't' } }));
}

/** An OTP gate with a fixed 5 s guard on `clock`. */
const otpGate = (clock: FakeClock) =>
  new OtpGate({
    registry: 'npm',
    spec: { secret: 'JBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 },
    clock,
    logger: new MemoryLogger(),
    minRemainingSec: 5,
  });

/** A 10-minute cap on retry waits, and the longest backoff (no jitter) so waits are exact. */
const RETRY = { retryCapMs: 600_000, random: () => 1 };

const run = (planned: PlannedPackage[], registry: MemoryRegistry, options: { concurrency?: number; failFast?: boolean } = {}) =>
  publishPlanned(planned, {
    adapters: { npm: registry },
    dryRun: false,
    concurrency: options.concurrency ?? 4,
    failFast: options.failFast ?? false,
    clock: new FakeClock(0),
    logger: new MemoryLogger(),
    ...RETRY,
  });

describe('publishPlanned', () => {
  it('publishes in parallel up to the limit, each after its dependencies', async () => {
    const targets = [target('lib'), ...['a', 'b', 'c', 'd', 'e'].map((name) => target(name, ['lib'])), target('top', ['a', 'e'])];
    const registry = new MemoryRegistry(new Set());
    const results = await run(plan(targets), registry, { concurrency: 3 });

    expect(results.map((result) => result.status)).toEqual(Array(7).fill('published'));
    expect(registry.maxRunning).toBe(3);
    expect(registry.events.indexOf('end lib')).toBeLessThan(registry.events.indexOf('start a'));
    expect(registry.events.indexOf('end e')).toBeLessThan(registry.events.indexOf('start top'));
  });

  it('skips what exists, does not attempt dependents of a failure, and publishes the rest', async () => {
    const targets = [target('done'), target('broken'), target('needs-broken', ['broken']), target('needs-done', ['done']), target('alone')];
    const failure: PublishOutcome = { kind: 'failed', error: new Error('boom') };
    const registry = new MemoryRegistry(new Set(['done']), { broken: failure });
    const results = await run(plan(targets), registry);
    expect(results.map((result) => [result.name, result.status, result.reason ?? result.error])).toEqual([
      ['done', 'skipped', 'already published'],
      ['broken', 'failed', 'boom'],
      ['needs-broken', 'failed', 'not attempted: it depends on broken@1.0.0, which failed'],
      ['needs-done', 'published', undefined],
      ['alone', 'published', undefined],
    ]);
    expect(registry.events.filter((event) => event.startsWith('start')).sort()).toEqual(['start alone', 'start broken', 'start needs-done']);
  });

  it('of the packages ready, starts those with the longest chains of dependents first (ties in plan order)', async () => {
    const registry = new MemoryRegistry(new Set());
    // Listed first, 'solo' and 'other' have no dependents; 'base' heads base <- mid <- top.
    await run(plan([target('solo'), target('other'), target('base'), target('mid', ['base']), target('top', ['mid'])]), registry, { concurrency: 1 });
    const starts = registry.events.filter((event) => event.startsWith('start')).map((event) => event.slice('start '.length));
    expect(starts).toEqual(['base', 'mid', 'solo', 'other', 'top']);
  });

  it('with fail-fast starts nothing after a failure', async () => {
    const registry = new MemoryRegistry(new Set(), { a: { kind: 'failed', error: new Error('boom') } });
    const results = await run(plan([target('a'), target('b'), target('c')]), registry, { concurrency: 1, failFast: true });
    expect(results.map((result) => result.error)).toEqual(['boom', 'not attempted: fail-fast: a@1.0.0 failed', 'not attempted: fail-fast: a@1.0.0 failed']);
  });

  it('lets one OTP publish run alone until a code is accepted, then fans out', async () => {
    const clock = new FakeClock(1_800_000_010_000);
    const gate = otpGate(clock);
    const registry = new MemoryRegistry(new Set());
    const planned = orderTargets(['a', 'b', 'c', 'd'].map((name) => target(name))).map(({ target: t, dependsOn }) => ({
      target: t,
      dependsOn,
      credential: { auth: 'token+otp' as const, token: 't', gate },
    }));
    const results = await publishPlanned(planned, {
      adapters: { npm: registry },
      dryRun: false,
      concurrency: 4,
      failFast: false,
      clock,
      logger: new MemoryLogger(),
      ...RETRY,
    });
    expect(results.map((result) => result.otpAttempts)).toEqual([1, 1, 1, 1]);
    const starts = registry.events.filter((event) => event.startsWith('start') || event.startsWith('end'));
    expect(starts.slice(0, 2)).toEqual(['start a', 'end a']);
    expect(registry.maxRunning).toBe(3);
  });

  it("tells the OTP gate each upload's size and whether it sends its code at once, as the adapter knows them", async () => {
    const clock = new FakeClock(1_800_000_010_000);
    const gate = otpGate(clock);
    const shapes: Array<UploadShape | undefined> = [];
    const run = gate.run.bind(gate);
    gate.run = (attempt, verdict, logger, upload) => {
      shapes.push(upload);
      return run(attempt, verdict, logger, upload);
    };
    const registry = Object.assign(new MemoryRegistry(new Set()), {
      uploadBytes: (t: PackageTarget) => (t.name === 'big' ? 9_000_000 : undefined),
      sendsCodeAtOnce: (t: PackageTarget) => t.name === 'big',
    });
    const planned = plan([target('big'), target('unknown', ['big'])]).map((p) => ({ ...p, credential: { auth: 'token+otp' as const, token: 't', gate } }));
    await publishPlanned(planned, { adapters: { npm: registry }, dryRun: false, concurrency: 2, failFast: false, clock, logger: new MemoryLogger(), ...RETRY });
    expect(shapes).toEqual([
      { bytes: 9_000_000, sentAtOnce: true },
      { bytes: undefined, sentAtOnce: false },
    ]);
  });

  it("tells the OTP gate the slowest round trip of the registry's reads before an upload", async () => {
    const clock = new FakeClock(1_800_000_010_000);
    const gate = otpGate(clock);
    const told: number[] = [];
    gate.setSlowestRead = (ms) => void told.push(ms);
    const registry = Object.assign(new MemoryRegistry(new Set()), {
      exists: async () => {
        clock.advance(250); // the read's round trip
        return { exists: false, packageKnown: false, serverTime: 1_800_000_010_000 };
      },
    });
    const planned = plan([target('a')]).map((p) => ({ ...p, credential: { auth: 'token+otp' as const, token: 't', gate } }));
    await publishPlanned(planned, { adapters: { npm: registry }, dryRun: false, concurrency: 1, failFast: false, clock, logger: new MemoryLogger(), ...RETRY });
    expect(told).toEqual([250]);
  });
});

describe('publishPlanned after a registry fault', () => {
  const fault: PublishOutcome = { kind: 'failed', error: new Error('npm publish failed (E503): 503 Service Unavailable'), transient: true };

  /** A registry whose publishes answer `answers` in turn and whose existence check answers `present` in turn (an Error throws). */
  function faulty(answers: PublishOutcome[], present: Array<boolean | Error>) {
    const calls: string[] = [];
    const adapter: RegistryAdapter = {
      id: 'npm',
      exists: async () => {
        calls.push('exists');
        const next = present.shift() ?? false;
        if (next instanceof Error) throw next;
        return { exists: next, packageKnown: next, serverTime: undefined };
      },
      publish: async () => {
        calls.push('publish');
        return answers.shift() ?? { kind: 'published', detail: '+' };
      },
    };
    return { adapter, calls };
  }

  const publishWith = async (adapter: RegistryAdapter) => {
    const clock = new FakeClock(0);
    const [result] = await publishPlanned(plan([target('a')]), {
      adapters: { npm: adapter },
      dryRun: false,
      concurrency: 1,
      failFast: false,
      clock,
      logger: new MemoryLogger(),
      ...RETRY,
    });
    return { result: result!, sleeps: clock.sleeps };
  };

  it('reports published, without a retry, when the upload arrived despite the fault', async () => {
    const { adapter, calls } = faulty([fault], [false, true]);
    const { result, sleeps } = await publishWith(adapter);
    expect(result.status).toBe('published');
    expect(calls).toEqual(['exists', 'publish', 'exists']);
    expect(sleeps).toEqual([]);
  });

  it('retries once after a pause when the upload did not arrive', async () => {
    const { adapter, calls } = faulty([fault], [false, false]);
    const { result, sleeps } = await publishWith(adapter);
    expect(result.status).toBe('published');
    expect(calls).toEqual(['exists', 'publish', 'exists', 'publish']);
    expect(sleeps).toEqual([5_000]);
  });

  it('waits what a 429 asks before the one retry: Retry-After in seconds, or as an HTTP date', async () => {
    for (const retryAfter of ['15', new Date(15_000).toUTCString()]) {
      const throttled: PublishOutcome = { ...fault, status: 429, retryAfter };
      const { adapter, calls } = faulty([throttled], [false, false]);
      const { result, sleeps } = await publishWith(adapter);
      expect(result.status, retryAfter).toBe('published');
      expect(calls).toEqual(['exists', 'publish', 'exists', 'publish']);
      expect(sleeps, retryAfter).toEqual([15_000]);
    }
  });

  it("announces a long wait in the run's log as it begins, not only in the package's group printed at its end", async () => {
    const { adapter } = faulty([{ ...fault, status: 429, retryAfter: '15' }], [false, false]);
    const logger = new MemoryLogger();
    const clock = new FakeClock(0);
    await publishPlanned(plan([target('a')]), { adapters: { npm: adapter }, dryRun: false, concurrency: 1, failFast: false, clock, logger, ...RETRY });
    const announced = logger.lines.indexOf("waiting 15 s before retrying npm a@1.0.0 (the registry's Retry-After (429))");
    expect(announced).toBeGreaterThanOrEqual(0);
    expect(announced).toBeLessThan(logger.lines.indexOf('group: npm a@1.0.0'));
  });

  it('does not retry when the registry asks for a longer wait than the timeout, and says when a re-run can succeed', async () => {
    const { adapter, calls } = faulty([{ ...fault, status: 429, retryAfter: '900' }], [false, false]);
    const { result, sleeps } = await publishWith(adapter);
    expect(result.status).toBe('failed');
    expect(result.error).toContain(
      'the registry answered 429 and asked to wait 900 s before another attempt, longer than the timeout input allows (600 s), so it was not retried: re-run after 1970-01-01T00:15:00.000Z',
    );
    expect(calls.filter((call) => call === 'publish')).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('fails after one retry, never a third upload', async () => {
    const { adapter, calls } = faulty([fault, fault, fault], [false, false, false]);
    const { result } = await publishWith(adapter);
    expect(result).toMatchObject({ status: 'failed', error: 'npm publish failed (E503): 503 Service Unavailable (also after one retry)' });
    expect(calls.filter((call) => call === 'publish')).toHaveLength(2);
  });

  it('does not retry when the registry cannot be read to check', async () => {
    const { adapter, calls } = faulty([fault], [false, new Error('ECONNREFUSED')]);
    const { result } = await publishWith(adapter);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/could not be read to check whether the upload arrived \(ECONNREFUSED\), so it was not retried: re-run/);
    expect(calls).toEqual(['exists', 'publish', 'exists']);
  });

  it('does not retry a failure that is not a fault', async () => {
    const { adapter, calls } = faulty([{ kind: 'failed', error: new Error('E400 bad request') }], [false]);
    const { result } = await publishWith(adapter);
    expect(result).toMatchObject({ status: 'failed', error: 'E400 bad request' });
    expect(calls).toEqual(['exists', 'publish']);
  });

  it('says what a refused token means and what to do instead, without a retry', async () => {
    const { adapter, calls } = faulty([{ kind: 'failed', error: new Error('E403 Forbidden'), forbidden: true }], [false]);
    const { result } = await publishWith(adapter);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(
      /^the npm registry refused input 'npm-token' for a \(E403 Forbidden\)\. If its settings on npmjs\.com "require two-factor authentication and disallow tokens", no token can publish it/,
    );
    expect(result.error).toContain("'stage: true'");
    expect(calls).toEqual(['exists', 'publish']);
  });

  it("names npm's own reason when it gives one: an account without codes and a token that does not bypass 2FA", async () => {
    const error = new Error('E403 Forbidden - Two-factor authentication or granular access token with bypass 2fa enabled is required to publish packages.');
    const { adapter } = faulty([{ kind: 'failed', error, forbidden: true }], [false]);
    const { result } = await publishWith(adapter);
    expect(result.error).toContain('use trusted publishing, or a granular token with "bypass 2FA"');
    expect(result.error).not.toContain('disallow tokens');
  });
});

describe('publishPlanned packs beside the existence checks and uploads once packing has settled', () => {
  /**
   * An adapter whose existence answers come when the test releases them (`answer`); packages named
   * `scripted-*` are not prepared quietly (npm would run their scripts).
   */
  function preparing(existing: Set<string>, options: { failPrepare?: string; holdUploads?: boolean; uploadsOneByOne?: boolean } = {}) {
    const events: string[] = [];
    const pending = new Map<string, () => void>();
    // With uploadsOneByOne, each upload stays in flight until releaseUpload(name).
    const uploading = new Map<string, () => void>();
    // With holdUploads, uploads stay in flight until finishUploads().
    let finishUploads = () => {};
    const uploadsDone = options.holdUploads ? new Promise<void>((resolve) => (finishUploads = resolve)) : Promise.resolve();
    const adapter: RegistryAdapter = {
      id: 'npm',
      exists: async (t) => {
        events.push(`exists ${t.name}`);
        await new Promise<void>((resolve) => pending.set(t.name, resolve));
        events.push(`answer ${t.name}`);
        return { exists: existing.has(t.name), packageKnown: existing.has(t.name), serverTime: undefined };
      },
      preparesQuietly: (t) => !t.name.startsWith('scripted'),
      prepare: async (targets) => {
        events.push(`pack ${targets.map((t) => t.name).join(',')}`);
        await tick();
        if (targets.some((t) => t.name === options.failPrepare)) throw new Error(`prepack of ${options.failPrepare} failed`);
      },
      publish: async (request) => {
        events.push(`publish ${request.target.name}`);
        await uploadsDone;
        if (options.uploadsOneByOne) await new Promise<void>((resolve) => uploading.set(request.target.name, resolve));
        return { kind: 'published', detail: '+' };
      },
    };
    /** Lets the registry answer the check of `name` (once it has been asked). */
    const answer = async (...names: string[]) => {
      for (const name of names) {
        while (!pending.has(name)) await tick();
        pending.get(name)!();
        pending.delete(name);
      }
      await settle();
    };
    return {
      adapter,
      events,
      answer,
      finishUploads: async () => {
        finishUploads();
        await settle();
      },
      releaseUpload: async (name: string) => {
        uploading.get(name)!();
        await settle();
      },
    };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const settle = async () => {
    for (let i = 0; i < 20; i++) await tick();
  };
  const deps = (adapter: RegistryAdapter) => ({
    adapters: { npm: adapter },
    dryRun: false,
    concurrency: 2,
    failFast: false,
    clock: new FakeClock(0),
    logger: new MemoryLogger(),
    ...RETRY,
  });

  it('packs quietly from the first answer that leaves something to publish, and uploads before the other checks answer', async () => {
    const { adapter, events, answer } = preparing(new Set(['old']));
    const run = publishPlanned(plan([target('root'), target('old'), target('leaf', ['root']), target('late')]), deps(adapter));
    await settle();
    expect(events.filter((event) => !event.startsWith('exists'))).toEqual([]);
    await answer('old');
    // All that is on the registry so far: nothing to pack yet.
    expect(events.filter((event) => event.startsWith('pack'))).toEqual([]);
    await answer('root');
    // 'old' was found before its turn: it is not packed; 'leaf' and 'late' are packed before their checks answer.
    expect(events.filter((event) => event.startsWith('pack')).sort()).toEqual(['pack late', 'pack leaf', 'pack root']);
    expect(events).toContain('publish root');
    expect(events.indexOf('publish root')).toBeGreaterThan(events.lastIndexOf('pack leaf'));
    expect(events).not.toContain('answer late');
    await answer('leaf');
    expect(events).toContain('publish leaf');
    expect(events).not.toContain('publish late');
    await answer('late');
    const results = await run;
    expect(results.map((result) => [result.name, result.status])).toEqual([
      ['root', 'published'],
      ['old', 'skipped'],
      ['leaf', 'published'],
      ['late', 'published'],
    ]);
  });

  it('asks 16 checks at once, one while uploads are in flight or queued, and 16 again when none is', async () => {
    const { adapter, events, answer, finishUploads } = preparing(new Set(), { holdUploads: true });
    const names = Array.from({ length: 22 }, (_, i) => `p${i}`);
    const run = publishPlanned(plan(names.map((name) => target(name))), { ...deps(adapter), concurrency: 8 });
    await settle();
    const asked = () => events.filter((event) => event.startsWith('exists')).length;
    expect(asked()).toBe(16);
    await answer('p0'); // its slot went to p16 before its upload began
    expect(events).toContain('publish p0');
    expect(asked()).toBe(17);
    await answer(...names.slice(1, 16)); // p16 still in flight, eight uploads in flight and seven queued
    expect(asked()).toBe(17);
    await answer('p16'); // no read in flight: room for one
    expect(asked()).toBe(18);
    expect(events).toContain('exists p17');
    await finishUploads(); // no upload in flight or queued: the rest are asked at once
    expect(asked()).toBe(22);
    await answer('p17', 'p18', 'p19', 'p20', 'p21');
    expect((await run).every((result) => result.status === 'published')).toBe(true);
  });

  it('keeps reads yielded between the uploads of a dependency chain (no burst of reads meets the next one)', async () => {
    const { adapter, events, answer, releaseUpload } = preparing(new Set(Array.from({ length: 20 }, (_, i) => `x${i}`)), { uploadsOneByOne: true });
    const xs = Array.from({ length: 20 }, (_, i) => target(`x${i}`));
    const run = publishPlanned(plan([target('a'), target('b', ['a']), target('c', ['b']), ...xs]), { ...deps(adapter), concurrency: 8 });
    await settle();
    const asked = () => events.filter((event) => event.startsWith('exists')).length;
    expect(asked()).toBe(16);
    await answer('a', 'b', 'c'); // three slots freed (x13-x15 asked) before a's upload began
    expect(events).toContain('publish a');
    expect(asked()).toBe(19);
    await answer(...xs.slice(0, 10).map((x) => x.name)); // already published: nothing queued; six reads in flight
    expect(asked()).toBe(19);
    await releaseUpload('a'); // for a moment no upload is in flight: b, ready now, takes the freed slot
    expect(events).toContain('publish b');
    expect(asked()).toBe(19);
    await answer(...xs.slice(10, 16).map((x) => x.name)); // no read in flight: one at a time beside b
    expect(asked()).toBe(20);
    await releaseUpload('b');
    await releaseUpload('c'); // nothing in flight or queued: the rest at once
    expect(asked()).toBe(23);
    await answer(...xs.slice(16).map((x) => x.name));
    const results = await run;
    expect(results.filter((result) => result.status === 'published').map((result) => result.name)).toEqual(['a', 'b', 'c']);
  });

  it('tells each OTP gate when the reads in flight beside the first uploads have drained to one, and again when every check has answered', async () => {
    const { adapter, answer, finishUploads } = preparing(new Set(), { holdUploads: true });
    const clock = new FakeClock(1_800_000_010_000);
    const gate = otpGate(clock);
    const calls: number[] = [];
    gate.timeFrom = (now: number) => void calls.push(now);
    const names = Array.from({ length: 18 }, (_, i) => `p${i}`);
    const planned = plan(names.map((name) => target(name))).map((p) => ({ ...p, credential: { auth: 'token+otp' as const, token: 't', gate } }));
    const run = publishPlanned(planned, { ...deps(adapter), clock, concurrency: 8 });
    await settle();
    await answer('p0'); // p0 uploads (held) with p1-p16 in flight
    clock.advance(1_000);
    await answer(...names.slice(1, 15)); // p15 and p16 still in flight
    expect(calls).toEqual([]);
    clock.advance(1_000);
    await answer('p15'); // one read left beside the uploads
    expect(calls).toEqual([1_800_000_012_000]);
    clock.advance(1_000);
    await answer('p16'); // drained once: no second call until the last check
    expect(calls).toEqual([1_800_000_012_000]);
    clock.advance(1_000);
    await answer('p17');
    expect(calls).toEqual([1_800_000_012_000, 1_800_000_014_000]);
    await finishUploads();
    expect((await run).every((result) => result.status === 'published')).toBe(true);
  });

  it("tells each OTP gate when the run's checks have all answered", async () => {
    const { adapter, answer } = preparing(new Set());
    const clock = new FakeClock(1_800_000_010_000);
    const gate = otpGate(clock);
    const calls: number[] = [];
    gate.timeFrom = (now: number) => void calls.push(now);
    const planned = plan([target('a'), target('b')]).map((p) => ({ ...p, credential: { auth: 'token+otp' as const, token: 't', gate } }));
    const run = publishPlanned(planned, { ...deps(adapter), clock });
    await answer('a');
    expect(calls).toEqual([]);
    clock.advance(2_000);
    await answer('b');
    expect(calls).toEqual([1_800_000_012_000]);
    await run;
  });

  it('packs a package whose scripts run only after its own check found it missing, and uploads nothing before that', async () => {
    const { adapter, events, answer } = preparing(new Set(['scripted-old']));
    const run = publishPlanned(plan([target('a'), target('scripted-new'), target('scripted-old')]), deps(adapter));
    await answer('a', 'scripted-old');
    expect(events).toContain('pack a');
    expect(events.filter((event) => event.startsWith('publish'))).toEqual([]);
    await answer('scripted-new');
    await run;
    expect(events.filter((event) => event.startsWith('pack')).sort()).toEqual(['pack a', 'pack scripted-new']);
    expect(events.indexOf('publish a')).toBeGreaterThan(events.indexOf('pack scripted-new'));
  });

  it('packs and publishes nothing when everything is on the registry, and warms up only when something is missing (not in a dry run)', async () => {
    const cases = [
      { names: ['a'], existing: ['a'], dryRun: false, warmed: false, packed: [] as string[] },
      { names: ['a'], existing: [], dryRun: true, warmed: false, packed: ['pack a'] },
      { names: ['a', 'b'], existing: ['a'], dryRun: false, warmed: true, packed: ['pack b'] },
    ];
    for (const { names, existing, dryRun, warmed, packed } of cases) {
      const { adapter, events, answer } = preparing(new Set(existing));
      adapter.warmUp = () => void events.push('warm up');
      const run = publishPlanned(plan(names.map((name) => target(name))), { ...deps(adapter), dryRun });
      await answer(...names);
      await run;
      expect(events.filter((event) => event === 'warm up')).toEqual(warmed ? ['warm up'] : []);
      expect(events.filter((event) => event.startsWith('pack'))).toEqual(packed);
      if (warmed) expect(events.indexOf('warm up')).toBeLessThan(events.indexOf('pack b'));
    }
  });

  it('a failed preparation stops the run before anything is published, though a package was ready', async () => {
    const { adapter, events, answer } = preparing(new Set(), { failPrepare: 'scripted' });
    const run = publishPlanned(plan([target('a'), target('scripted')]), deps(adapter));
    const failed = expect(run).rejects.toThrow('prepack of scripted failed');
    await answer('a', 'scripted');
    await failed;
    expect(events.filter((event) => event.startsWith('publish'))).toEqual([]);
  });
});
