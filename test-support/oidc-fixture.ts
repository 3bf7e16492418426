// The fixture of the end-to-end tests that need both a registry and GitHub's ID-token service:
// a Verdaccio with the OTP gate, the OIDC double, user alice's token, and the action runs of the
// file (cleaned up after it).
import { afterAll, beforeAll } from 'vitest';
import { startGitHubOidc, type GitHubOidc } from './oidc/github-oidc.js';
import { startRegistry, type GateConfig, type Registry } from './registry.js';
import { cleanupRun, runAction, type ActionRun, type RunOptions } from './runner.js';

export const FIXTURE_REPOSITORY = 'octo-org/octo-repo';

export interface RegistryWithOidc {
  registry: Registry;
  gh: GitHubOidc;
  /** alice's bearer token. */
  token: string;
  /** runAction, with the run kept for cleanup. */
  run(options: RunOptions): Promise<ActionRun>;
}

/** Starts both doubles before the file's tests and stops them after; read the fields inside tests. */
export function useRegistryWithOidc(gate: GateConfig): RegistryWithOidc {
  const runs: ActionRun[] = [];
  const fixture = {
    async run(options: RunOptions) {
      const run = await runAction(options);
      runs.push(run);
      return run;
    },
  } as RegistryWithOidc;
  beforeAll(async () => {
    [fixture.registry, fixture.gh] = await Promise.all([startRegistry({ gate }), startGitHubOidc({ repository: FIXTURE_REPOSITORY })]);
    fixture.token = await fixture.registry.addUser('alice');
  });
  afterAll(async () => {
    for (const run of runs) await cleanupRun(run);
    await Promise.all([fixture.registry?.stop(), fixture.gh?.stop()]);
  });
  return fixture;
}
