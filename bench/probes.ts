// Measurements besides the wall times: cold start, the owner audit of 200 packages, and the bundle.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { startGitHubServer } from '../test-support/github/server.js';
import { startNpmReadServer } from '../test-support/npm-read/server.js';
import { writePackage } from '../test-support/registry.js';
import { startGemServer } from '../test-support/rubygems/server.js';
import { HARNESS_GITHUB_TOKEN, cleanupRun, nodeForAction, projectRoot, runAction } from '../test-support/runner.js';
import { exec } from './harness.js';
import { SECRET } from './otp.js';
import { waitForQuiet, watchProcess } from './proc.js';
import { spawnAction } from './spawn.js';

// ---------------------------------------------------------------- cold start

export interface ColdStart {
  /** Spawn of `node dist/index.js` to the first request the loopback registry sees, ms (measured runs). */
  firstRequestMs: number[];
  /** The first (unmeasured warm-up) run, ms: page cache of the Node 24 binary and the bundle may be cold. */
  warmupMs: number | undefined;
  /** Spawn to exit (the package is reported already published, so no npm process runs), ms. */
  exitMs: number[];
  /** Same, seen through runAction (clock started before the harness prepares the run), ms. */
  viaRunActionMs: number[];
  /** Floors with the same binary: `node -e 0` to exit, and a one-line script's first fetch(). */
  nodeExitMs: number[];
  nodeFetchMs: number[];
  peakKb: number | undefined;
}

/** A loopback "registry" that records arrival times and says the package's version is already published. */
async function startRecorder(name: string, version: string) {
  const arrivals: Array<{ t: number; method: string; url: string }> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    arrivals.push({ t: performance.now(), method: req.method ?? '', url: req.url ?? '' });
    req.resume();
    const known = req.method === 'GET' && decodeURIComponent((req.url ?? '').slice(1)).toLowerCase() === name;
    res.writeHead(known ? 200 : 404, { 'content-type': 'application/json', date: new Date().toUTCString() });
    res.end(JSON.stringify(known ? { name, 'dist-tags': { latest: version }, versions: { [version]: { name, version } } } : { error: 'Not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    /** performance.now() of the first request after `since`. */
    firstAfter: (since: number) => arrivals.find((arrival) => arrival.t >= since)?.t,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function coldStart(reps: number): Promise<ColdStart> {
  const name = '@cold/solo';
  const recorder = await startRecorder(name, '1.0.0');
  const work = mkdtempSync(join(tmpdir(), 'otp-publish-cold-'));
  const node = nodeForAction();
  try {
    const pkg = writePackage(join(work, 'solo'), { name, version: '1.0.0' });
    const inputs = { 'npm-token': 'npm_benchToken', 'npm-totp-secret': SECRET, 'npm-registry': recorder.url };
    const result: ColdStart = { firstRequestMs: [], warmupMs: undefined, exitMs: [], viaRunActionMs: [], nodeExitMs: [], nodeFetchMs: [], peakKb: undefined };
    for (let i = 0; i <= reps; i++) {
      await waitForQuiet();
      const run = await spawnAction({ cwd: pkg, inputs, timeoutMs: 30_000 });
      const first = recorder.firstAfter(run.tSpawn);
      if (run.exitCode !== 0 || first === undefined)
        throw new Error(
          `cold-start run failed (exit ${run.exitCode}): ${run.stdout
            .map((l) => l.text)
            .join('\n')
            .slice(-500)}`,
        );
      if (i === 0) result.warmupMs = first - run.tSpawn;
      else {
        result.firstRequestMs.push(first - run.tSpawn);
        result.exitMs.push(run.tExit - run.tSpawn);
        result.peakKb = Math.max(result.peakKb ?? 0, run.peakKb ?? 0);
      }
    }
    for (let i = 0; i < Math.min(reps, 3); i++) {
      const t0 = performance.now();
      const run = await runAction({ cwd: pkg, inputs, timeoutMs: 30_000 });
      const first = recorder.firstAfter(t0);
      if (first !== undefined) result.viaRunActionMs.push(first - t0);
      await cleanupRun(run);
    }
    for (let i = 0; i < reps; i++) {
      const exit = await exec(node, ['-e', '0'], { cwd: work, env: process.env, timeoutMs: 10_000 });
      result.nodeExitMs.push(exit.ms);
      const t0 = performance.now();
      await exec(node, ['-e', 'fetch(process.argv[1]).then((r) => r.text()).catch(() => {})', recorder.url], {
        cwd: work,
        env: process.env,
        timeoutMs: 10_000,
      });
      const first = recorder.firstAfter(t0);
      if (first !== undefined) result.nodeFetchMs.push(first - t0);
    }
    return result;
  } finally {
    await recorder.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- audit of 200 packages

export interface AuditRun {
  ok: boolean;
  error?: string;
  wallMs: number;
  peakKb: number | undefined;
  npmRequests: number;
  npmMaxConcurrent: number;
  githubRequests: number;
}

export const AUDIT_NPM = 150;
export const AUDIT_GEMS = 50;

/** `mode: audit` of 150 npm packages and 50 gems against the local doubles, with the audit issue on (GitHub double). */
export async function auditRuns(reps: number): Promise<AuditRun[]> {
  const repo = 'octo-org/octo-repo';
  const [github, npm, gems] = await Promise.all([startGitHubServer({ token: HARNESS_GITHUB_TOKEN, repo }), startNpmReadServer(), startGemServer()]);
  const workspace = mkdtempSync(join(tmpdir(), 'otp-publish-audit-'));
  try {
    gems.addUser('carol');
    const lines: string[] = [];
    for (let i = 1; i <= AUDIT_NPM; i++) {
      npm.setPackage(`@acme/p-${i}`, {
        maintainers: ['alice', 'bob'],
        versions: [
          { version: '1.0.0', publisher: 'alice' },
          { version: '1.1.0', publisher: 'bob' },
        ],
      });
      lines.push(`npm:@acme/p-${i}`);
    }
    for (let i = 1; i <= AUDIT_GEMS; i++) {
      gems.addGem(`gem-${i}`, { owners: ['carol'], versions: [{ number: '1.0.0', metadata: { rubygems_mfa_required: 'true' } }] });
      lines.push(`rubygems:gem-${i}`);
    }
    const runs: AuditRun[] = [];
    for (let rep = 0; rep < reps; rep++) {
      github.reset();
      await waitForQuiet();
      const npmBefore = npm.requests().length;
      const watch = watchProcess('dist/index.js');
      const t0 = performance.now();
      const run = await runAction({
        cwd: workspace,
        timeoutMs: 180_000,
        env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: '42' },
        inputs: { mode: 'audit', packages: lines.join('\n'), owners: 'npm: alice, bob\nrubygems: carol', 'npm-registry': npm.url, 'rubygems-host': gems.url },
      });
      const wallMs = performance.now() - t0;
      const { peakKb } = watch.stop();
      const ok = run.exitCode === 0 && run.outputs.audited === String(AUDIT_NPM + AUDIT_GEMS);
      runs.push({
        ok,
        error: ok ? undefined : `exit ${run.exitCode}, audited ${run.outputs.audited}: ${run.stdout.slice(-400)}`,
        wallMs,
        peakKb,
        npmRequests: npm.requests().length - npmBefore,
        npmMaxConcurrent: npm.maxConcurrent(),
        githubRequests: github.requests().length,
      });
      await cleanupRun(run);
    }
    return runs;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    await Promise.all([github.stop(), npm.stop(), gems.stop()]);
  }
}

// ---------------------------------------------------------------- bundle

export interface Bundle {
  indexBytes: number;
  indexGzipBytes: number;
  /** The chunks dist/index.js loads on first use (npm's libraries, Octokit, workspace discovery). */
  chunkBytes: number;
  postBytes: number | undefined;
  sourceMapBytes: number | undefined;
}

export function bundle(): Bundle {
  const file = (path: string) => join(projectRoot, 'dist', path);
  const size = (path: string) => (existsSync(file(path)) ? statSync(file(path)).size : undefined);
  return {
    indexBytes: size('index.js')!,
    indexGzipBytes: gzipSync(readFileSync(file('index.js')), { level: 9 }).length,
    chunkBytes: readdirSync(join(projectRoot, 'dist'))
      .filter((name) => /^\d+\.index\.js$/.test(name))
      .reduce((total, name) => total + statSync(file(name)).size, 0),
    postBytes: size('post/index.js'),
    sourceMapBytes: size('index.js.map'),
  };
}
