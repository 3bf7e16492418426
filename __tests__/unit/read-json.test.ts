// Registry reads under the retry policy, against a loopback server that answers from a script;
// the clock is fake, so every wait is the one the policy chose, not a measured sleep.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryRequestError } from '../../src/errors.js';
import { exchangeForNpm } from '../../src/credentials/oidc.js';
import { readJson } from '../../src/registries/http.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

type Answer = { status: number; headers?: Record<string, string>; body?: unknown };
let answers: Answer[] = [];
let requests = 0;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    const answer = answers.shift() ?? { status: 200 };
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body ?? { ok: answer.status }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/pkg`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const T0 = Date.parse('2026-12-02T12:00:00Z');

async function read(script: Answer[], capMs = 600_000) {
  answers = [...script];
  requests = 0;
  const clock = new FakeClock(T0);
  const logger = new MemoryLogger();
  const result = await readJson<{ ok: number }>(url, {}, { capMs, clock, logger }).catch((error: unknown) => error);
  return { result, sleeps: clock.sleeps, logger, requests };
}

describe('readJson under the retry policy', () => {
  it('waits what a 429 asks, in seconds or as an HTTP date, and says so when it is over 5 s', async () => {
    for (const retryAfter of ['15', new Date(T0 + 15_000).toUTCString()]) {
      const { result, sleeps, logger, requests: count } = await read([{ status: 429, headers: { 'retry-after': retryAfter } }]);
      expect(result).toMatchObject({ body: { ok: 200 } });
      expect(sleeps, retryAfter).toEqual([15_000]);
      expect(count).toBe(2);
      expect(logger.lines).toContainEqual(expect.stringMatching(/^waiting 15 s before reading 127\.0\.0\.1:\d+ again \(its Retry-After, 429\)$/));
    }
  });

  it('backs off with jitter where there is no Retry-After, up to three retries, and 404 is an answer', async () => {
    const { result, sleeps } = await read([{ status: 503 }, { status: 502 }, { status: 500 }]);
    expect(result).toMatchObject({ body: { ok: 200 } });
    expect(sleeps).toHaveLength(3);
    sleeps.forEach((ms, index) => {
      expect(ms).toBeGreaterThanOrEqual(500 * 2 ** index);
      expect(ms).toBeLessThanOrEqual(1_000 * 2 ** index);
    });
    expect((await read([{ status: 404 }])).result).toMatchObject({ body: undefined });
    const exhausted = await read([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    expect(exhausted.result).toBeInstanceOf(RegistryRequestError);
    expect(exhausted.requests).toBe(4);
  });

  it('does not wait longer than the timeout: it fails and says when a re-run can succeed', async () => {
    const { result, sleeps, requests: count } = await read([{ status: 429, headers: { 'retry-after': '900' } }], 600_000);
    expect(result).toBeInstanceOf(RegistryRequestError);
    expect((result as Error).message).toContain(
      'answered 429 and asked to wait 900 s before another attempt, longer than the timeout input allows (600 s), so it was not retried: re-run after 2026-12-02T12:15:00.000Z',
    );
    expect(sleeps).toEqual([]);
    expect(count).toBe(1);
  });

  it('does not retry other answers', async () => {
    const { result, requests: count } = await read([{ status: 403 }]);
    expect(result).toBeInstanceOf(RegistryRequestError);
    expect(count).toBe(1);
  });
});

describe('the trusted-publishing exchange under the same policy', () => {
  it('waits out a 429 with Retry-After (real clock, 1 s) and masks the token it gets', async () => {
    answers = [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 201, body: { token: 'npm_exchanged' } },
    ];
    requests = 0;
    const logger = new MemoryLogger();
    const started = Date.now();
    const result = await exchangeForNpm(url.replace(/pkg$/, ''), '@s/p', 'id-token', { logger });
    expect(result).toEqual({ token: 'npm_exchanged' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(requests).toBe(2);
    expect(logger.masked).toContain('npm_exchanged');
  });

  it('waits 15 s when asked in seconds or as an HTTP date (fake clock), and not at all when asked past the cap', async () => {
    for (const retryAfter of ['15', new Date(T0 + 15_000).toUTCString()]) {
      answers = [
        { status: 429, headers: { 'retry-after': retryAfter } },
        { status: 201, body: { token: 'npm_exchanged' } },
      ];
      const clock = new FakeClock(T0);
      const logger = new MemoryLogger();
      expect(await exchangeForNpm(url.replace(/pkg$/, ''), '@s/p', 'id-token', { logger, clock, capMs: 600_000 })).toEqual({ token: 'npm_exchanged' });
      expect(clock.sleeps, retryAfter).toEqual([15_000]);
      expect(logger.lines).toContain('waiting 15 s before the trusted-publishing exchange for @s/p again (its Retry-After, 429)');
    }
    answers = [{ status: 429, headers: { 'retry-after': '60' } }];
    const clock = new FakeClock(T0);
    await expect(exchangeForNpm(url.replace(/pkg$/, ''), '@s/p', 'id-token', { logger: new MemoryLogger(), clock, capMs: 20_000 })).rejects.toThrow(
      /npm refused the trusted-publishing exchange for @s\/p: answered 429 and asked to wait 60 s .*\(20 s\)/,
    );
    expect(clock.sleeps).toEqual([]);
  });
});
