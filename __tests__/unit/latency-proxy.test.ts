import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../test-support/loopback.js';
import { parseProfile, startLatencyProxy, type LatencyProxy } from '../../test-support/latency-proxy.js';

const slept: number[] = [];
let proxy: LatencyProxy;
let stopTarget: () => Promise<void>;

beforeAll(async () => {
  // The target echoes method, path, body and a header back.
  const target = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () =>
      res
        .writeHead(req.method === 'PUT' ? 201 : 200, { 'x-echo': String(req.headers['npm-otp'] ?? '') })
        .end(JSON.stringify({ method: req.method, path: req.url, body })),
    );
  });
  const { url } = await listenOnLoopback(target);
  stopTarget = () => new Promise((resolve) => target.close(() => resolve()));
  // random() = 1 draws the largest factor: delay * (1 + jitter).
  proxy = await startLatencyProxy(url, { readMs: 40, uploadMs: 1200, jitter: 0.25 }, { sleep: async (ms) => void slept.push(ms), random: () => 1 });
});
afterAll(async () => {
  await proxy?.stop();
  await stopTarget?.();
});

describe('latency proxy', () => {
  it('delays reads and uploads by their profile (with jitter) and passes requests and answers through', async () => {
    const read = await fetch(`${proxy.url}@scope%2fpkg?write=true`);
    expect(await read.json()).toEqual({ method: 'GET', path: '/@scope%2fpkg?write=true', body: '' });
    const put = await fetch(`${proxy.url}pkg`, { method: 'PUT', body: '{"name":"pkg"}', headers: { 'npm-otp': '123456' } });
    expect(put.status).toBe(201);
    expect(put.headers.get('x-echo')).toBe('123456');
    expect(await put.json()).toEqual({ method: 'PUT', path: '/pkg', body: '{"name":"pkg"}' });
    expect(slept).toEqual([50, 1500]);
    expect(proxy.delays()).toEqual([
      { method: 'GET', ms: 50 },
      { method: 'PUT', ms: 1500 },
    ]);
  });

  it('reads a profile from the command line', () => {
    expect(parseProfile('read:80,jitter:0')).toEqual({ readMs: 80, uploadMs: 1200, jitter: 0 });
    expect(() => parseProfile('upload:fast')).toThrow("latency profile part 'upload:fast': expected a number");
    expect(() => parseProfile('rtt:5')).toThrow(/expected read:<ms>, upload:<ms> or jitter/);
  });
});
