// One package on a fresh registry: the bare `npm publish` a user runs by hand against the action.
import { join } from 'node:path';
import type { MonorepoPackage } from '../test-support/monorepo.js';
import { npmEnv, writePackage, type GateConfig } from '../test-support/registry.js';
import { cleanupRun, runAction, type ActionRun } from '../test-support/runner.js';
import { SCOPE, USER, analyse, benchPuts, exec, failureText, meter, withFresh } from './harness.js';
import { SECRET, awayFromEdge, totp } from './otp.js';
import { waitForQuiet, watchProcess } from './proc.js';
import { gateFor, type RunResult, type SystemOptions } from './systems.js';

export const SINGLES = ['bare npm publish', 'npm publish --otp', 'otp-publish (TOTP)', 'otp-publish (token only)'] as const;
export type SingleId = (typeof SINGLES)[number];

/**
 * One package on a fresh registry. `bare npm publish` uses a token that bypasses 2FA (no OTP at
 * all); the run is started outside the last 6.5 s of a window so no edge wait mixes in (the edge
 * waits are measured on their own).
 */
export async function runSingle(kind: SingleId, rep: number, opts: SystemOptions): Promise<RunResult> {
  const bypass = kind === 'bare npm publish' || kind === 'otp-publish (token only)';
  const gate: GateConfig = { ...gateFor(opts), bypassUsers: bypass ? [USER] : [] };
  return withFresh(gate, async ({ registry, token, registryPid, dir }) => {
    const pkg: MonorepoPackage = { name: `@${SCOPE}/solo`, version: '1.0.0', dir: join(dir, 'solo'), dependsOn: [] };
    writePackage(pkg.dir, { name: pkg.name, version: pkg.version, publishConfig: { access: 'public' } });
    const env = npmEnv(registry, token, { CI: 'true' });
    const loadBefore = await waitForQuiet();
    await awayFromEdge();
    const startEpoch = Date.now();
    const measure = meter(registryPid);
    let ok: boolean;
    let error: string | undefined;
    let peakRssKb: number | undefined;
    let actionRun: ActionRun | undefined;
    if (kind === 'bare npm publish' || kind === 'npm publish --otp') {
      const args = kind === 'bare npm publish' ? ['publish'] : ['publish', `--otp=${totp()}`];
      const result = await exec('npm', args, { cwd: pkg.dir, env, timeoutMs: 60_000 });
      ok = result.exitCode === 0;
      if (!ok) error = failureText(result);
    } else {
      const inputs: Record<string, string> = { 'npm-token': token, 'npm-registry': registry.url };
      if (kind === 'otp-publish (TOTP)') inputs['npm-totp-secret'] = SECRET;
      const watch = watchProcess('dist/index.js');
      const run = await runAction({ cwd: pkg.dir, timeoutMs: 60_000, inputs });
      peakRssKb = watch.stop().peakKb;
      ok = run.exitCode === 0 && (JSON.parse(run.outputs.published ?? '[]') as unknown[]).length === 1;
      if (!ok) error = `exit ${run.exitCode}: ${run.stdout.slice(-300)}`;
      actionRun = run;
    }
    const measured = measure.stop();
    if (actionRun) await cleanupRun(actionRun);
    const analysis = analyse(await benchPuts(registry), [pkg], startEpoch);
    return {
      system: kind,
      n: 1,
      rep,
      ok: ok && analysis.published === 1,
      error,
      ...measured,
      loadBefore,
      otpWaitMs: null,
      ...analysis,
      peakRssKb,
    };
  });
}
