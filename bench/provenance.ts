// What provenance costs: the same N-package monorepo published by otp-publish with `provenance: true`
// (signed in-process: a `sigstore` ID token, a Fulcio certificate, a Rekor entry and a timestamp per
// package, from the loopback doubles) and with `provenance: false`, alternating which goes first.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeMonorepo } from '../test-support/monorepo.js';
import { startGitHubOidc } from '../test-support/oidc/github-oidc.js';
import { RUNNER_CONTEXT_ENV, cleanupRun, runAction } from '../test-support/runner.js';
import { startSigstore } from '../test-support/sigstore/server.js';
import { SCOPE, benchPuts, withFresh } from './harness.js';
import { SECRET } from './otp.js';
import { waitForQuiet } from './proc.js';

export interface ProvenanceRun {
  n: number;
  provenance: boolean;
  rep: number;
  ok: boolean;
  error?: string;
  wallMs: number;
  /** Packages the registry accepted with a bundle that passed its checks. */
  signed: number;
  /** Requests the sigstore double answered (Fulcio, Rekor, TSA). */
  sigstoreRequests: number;
}

/** `reps` pairs of runs at N = `n`, on a fresh registry each, with the gate checking every bundle. */
export async function provenanceRuns(n: number, reps: number, tolerance: number): Promise<ProvenanceRun[]> {
  const repository = RUNNER_CONTEXT_ENV.GITHUB_REPOSITORY!;
  const [gh, sigstore] = await Promise.all([
    startGitHubOidc({ repository, ref: RUNNER_CONTEXT_ENV.GITHUB_REF, repository_visibility: 'public' }),
    startSigstore(),
  ]);
  const identity = `https://github.com/${RUNNER_CONTEXT_ENV.GITHUB_WORKFLOW_REF}`;
  const runs: ProvenanceRun[] = [];
  try {
    for (let rep = 1; rep <= reps; rep++) {
      const order = rep % 2 === 1 ? [true, false] : [false, true];
      for (const provenance of order) {
        const gate = { secret: SECRET, toleranceSteps: tolerance, provenanceIdentity: identity };
        runs.push(
          await withFresh(gate, async ({ registry, token, dir }) => {
            const root = join(dir, 'repo');
            writeMonorepo(root, SCOPE, n, '1.0.0', { repository: { type: 'git', url: `git+https://github.com/${repository}.git` } });
            sigstore.reset();
            await waitForQuiet();
            const t0 = performance.now();
            const run = await runAction({
              cwd: root,
              timeoutMs: 60_000 + n * 8_000,
              env: {
                ...gh.env,
                OTP_PUBLISH_TEST_FULCIO_URL: sigstore.fulcioURL,
                OTP_PUBLISH_TEST_REKOR_URL: sigstore.rekorURL,
                OTP_PUBLISH_TEST_TSA_URL: sigstore.tsaServerURL,
              },
              inputs: {
                workspaces: 'true',
                auth: 'token',
                provenance: String(provenance),
                'npm-token': token,
                'npm-totp-secret': SECRET,
                'npm-registry': registry.url,
              },
            });
            const wallMs = performance.now() - t0;
            await cleanupRun(run);
            const puts = (await benchPuts(registry)).filter((put) => put.outcome === 'accepted');
            const signed = puts.filter((put) => put.provenance && put.provenance.problems.length === 0).length;
            const published = JSON.parse(run.outputs.published ?? '[]') as Array<{ provenance?: boolean }>;
            const ok =
              run.exitCode === 0 &&
              published.length === n &&
              puts.length === n &&
              signed === (provenance ? n : 0) &&
              published.every((entry) => entry.provenance === provenance);
            const error = ok
              ? undefined
              : `exit ${run.exitCode}, ${published.length}/${n} published, ${signed} signed: ${(run.outputs.failed ?? run.stdout.slice(-300)).slice(0, 300)}`;
            return { n, provenance, rep, ok, error, wallMs, signed, sigstoreRequests: sigstore.requests().length };
          }),
        );
      }
    }
    return runs;
  } finally {
    await Promise.all([gh.stop(), sigstore.stop()]);
  }
}
