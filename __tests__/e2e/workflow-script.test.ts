// The script part of .github/workflows/e2e.yml run here as the workflow runs it: `start` in one
// process (step outputs in GITHUB_OUTPUT), the built action with those outputs as its inputs, then
// `verify` and `stop` in processes of their own. Also: the workflow linter of `.ci/run` fails on a
// broken workflow and passes the repository's own.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRun, parseCommandFile, projectRoot, runAction } from '../../test-support/runner.js';

const run = promisify(execFile);
const TSX = join(projectRoot, 'node_modules', '.bin', 'tsx');

async function script(path: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(projectRoot, path), ...args], { cwd: projectRoot, env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('the e2e workflow script', () => {
  const root = mkdtempSync(join(tmpdir(), 'otp-publish-e2e-workflow-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  const outputFile = join(root, 'output');
  writeFileSync(outputFile, '');
  const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: outputFile };
  afterAll(async () => {
    await script('scripts/e2e-registry.ts', ['stop'], env);
    rmSync(root, { recursive: true, force: true });
  });

  it('starts the gated registry, the action publishes the monorepo with the outputs, verify passes and catches a wrong output', async () => {
    const started = await script('scripts/e2e-registry.ts', ['start'], env);
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    const outputs = parseCommandFile(readFileSync(outputFile, 'utf8'));
    expect(outputs.registry).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(outputs.packages!.split('\n')).toEqual(['.e2e-monorepo/packages/p-1', '.e2e-monorepo/packages/p-2', '.e2e-monorepo/packages/p-3']);
    // The throw-away token and secret are masked before they are written.
    expect(started.stdout).toContain(`::add-mask::${outputs.token}`);
    expect(started.stdout).toContain(`::add-mask::${outputs['totp-secret']}`);

    const action = await runAction({
      cwd: workspace,
      timeoutMs: 120_000,
      inputs: { packages: outputs.packages!, 'npm-registry': outputs.registry!, 'npm-token': outputs.token!, 'npm-totp-secret': outputs['totp-secret']! },
    });
    try {
      expect(action.exitCode, action.stdout + action.stderr).toBe(0);
      const verified = await script('scripts/e2e-registry.ts', ['verify'], { ...env, PUBLISHED: action.outputs.published! });
      expect(verified.stderr).toBe('');
      expect(verified.stdout).toContain('verified: 3 packages');
      expect(verified.code).toBe(0);

      const wrong = JSON.stringify(JSON.parse(action.outputs.published!).slice(1));
      const caught = await script('scripts/e2e-registry.ts', ['verify'], { ...env, PUBLISHED: wrong });
      expect(caught.code).toBe(1);
      expect(caught.stderr).toContain('@e2e/p-');
      expect(caught.stderr).toContain('is missing from the published output');
    } finally {
      await cleanupRun(action);
    }
    const stopped = await script('scripts/e2e-registry.ts', ['stop'], env);
    expect(stopped.code).toBe(0);
    expect((await script('scripts/e2e-registry.ts', ['verify'], env)).stderr).toContain('no registry is running');
  }, 240_000);
});

describe('the workflow linter', () => {
  it('fails on a broken workflow, naming the file, line and problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'otp-publish-workflows-'));
    try {
      writeFileSync(
        join(dir, 'broken.yml'),
        [
          'on: push',
          'jobs:',
          '  test:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        wiht:',
          '          fetch-depth: 0',
          '',
        ].join('\n'),
      );
      const result = await script('scripts/lint-workflows.ts', [dir], {});
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/broken\.yml:7:9: unexpected key "wiht" for "step" section/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("passes the repository's own workflows", async () => {
    const result = await script('scripts/lint-workflows.ts', [], {});
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/actionlint: [1-9]\d* workflow file\(s\), 0 finding\(s\)/);
    expect(result.code).toBe(0);
  });
});
