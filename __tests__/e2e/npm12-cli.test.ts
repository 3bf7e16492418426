// The built dist/ as the runner runs it with npm 12 on PATH (what `npm install -g npm@latest`
// gives, as npm's trusted-publishing guide tells users to run), on every path where the action
// starts npm: `npm pack` for a package with a pack script, `npm publish` for one with a
// publish-only script (the code in NPM_CONFIG_OTP), `npm publish --dry-run`, and `npm stage
// publish` for staged publishing. The version documents match what npm 12's own publish makes.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientPath, clientVersion } from '../../test-support/clients.js';
import { errorsOf, freshDir, outputOf, useGatedRegistry } from '../../test-support/e2e.js';
import { npmEnv, runNpm, writePackage } from '../../test-support/registry.js';
import { findLeaks, runAction, type ActionRun } from '../../test-support/runner.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const fixture = useGatedRegistry(SECRET);
const PATH = clientPath({ npm: 12 });

async function act(cwd: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    debug: true,
    timeoutMs: 120_000,
    env: { PATH },
    inputs: { 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET, workspaces: 'true', ...inputs },
  });
  fixture.runs.push(run);
  return run;
}

/** An npm workspace: a plain package, one with a pack script and one with a publish-only script. */
function workspace(scope: string): { root: string; names: string[] } {
  const root = freshDir('otp-publish-npm12-');
  writePackage(root, { name: `${scope}-root`, version: '0.0.0', private: true, workspaces: ['packages/*'] });
  const write = (name: string, scripts?: Record<string, string>) =>
    writePackage(join(root, 'packages', name), {
      name: `@${scope}/${name}`,
      version: '1.0.0',
      repository: 'github:acme/tool',
      ...(scripts ? { scripts } : {}),
    });
  write('plain');
  write('packed', { prepack: `node -e "require('fs').writeFileSync('prepacked', 'yes'); console.log('[prepack] {done}')"` });
  write('scripted', { prepublishOnly: `node -e "require('fs').writeFileSync('prepublished', 'yes')"` });
  return { root, names: ['plain', 'packed', 'scripted'].map((name) => `@${scope}/${name}`) };
}

describe('npm 12 on PATH', () => {
  it('is npm 12 that the action starts', async () => {
    const version = await runNpm(['--version'], { cwd: freshDir(), env: { ...process.env, PATH } });
    expect(version.stdout.trim()).toBe(clientVersion('npm'));
  });

  it('packs with npm pack (script output first), publishes with npm publish and the code, uploads the rest in-process; documents as npm 12 makes them', async () => {
    const { root, names } = workspace('n12');
    const run = await act(root, {});
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(
      outputOf(run, 'published')
        .map((entry) => entry.name)
        .sort(),
    ).toEqual([...names].sort());
    expect(run.stdout).toContain('packed 1 in this process and 1 with npm pack');
    expect(existsSync(join(root, 'packages', 'packed', 'prepacked'))).toBe(true);
    expect(existsSync(join(root, 'packages', 'scripted', 'prepublished'))).toBe(true);
    const writes = (await fixture.registry.gate.attempts()).filter((attempt) => attempt.package.startsWith('@n12/'));
    expect(writes.map((write) => write.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(findLeaks([fixture.token, SECRET, ...writes.map((write) => write.otp!)], run)).toEqual([]);

    // The twin of the plain package, published by npm 12 itself: the same version document.
    const twin = writePackage(freshDir(), { name: '@n12/twin', version: '1.0.0', repository: 'github:acme/tool' });
    writeFileSync(join(twin, 'README.md'), '# twin\n');
    writeFileSync(join(root, 'packages', 'plain', 'README.md'), '# twin\n');
    const bypass = await fixture.registry.addUser('n12-bot');
    await fixture.registry.gate.configure({ bypassUsers: ['n12-bot'] });
    const npm = await runNpm(['publish', '--registry', fixture.registry.url], { cwd: twin, env: { ...npmEnv(fixture.registry, bypass), PATH } });
    expect(npm.exitCode, npm.stderr).toBe(0);
    const doc = async (name: string) => {
      const {
        name: _name,
        _id,
        _npmUser,
        _npmVersion,
        _nodeVersion,
        dist: _dist,
        readme: _readme,
        readmeFilename: _file,
        ...rest
      } = (await fixture.registry.packument(name)).versions['1.0.0'];
      return rest;
    };
    expect(await doc('@n12/plain')).toEqual(await doc('@n12/twin'));
  });

  it("a wrong secret: npm 12's EOTP is read as a refused code, one retry in the next window, then the run stops (two codes)", async () => {
    const root = freshDir('otp-publish-npm12-');
    writePackage(root, { name: '@w12/scripted', version: '1.0.0', scripts: { prepublishOnly: 'node -e "0"' } });
    // Another account's secret, with a 10 s period so the retry's next window comes soon.
    const run = await act(root, { workspaces: 'false', 'npm-totp-secret': 'otpauth://totp/npm:mallory?secret=GEZDGNBVGY3TQOJQ&period=10' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('npm error code EOTP');
    expect(errorsOf(run).join('\n')).toContain('rejected the one-time password 2 times');
    const writes = (await fixture.registry.gate.attempts()).filter((attempt) => attempt.package === '@w12/scripted');
    expect(writes.map((write) => write.outcome)).toEqual(['invalid', 'invalid']);
  });

  it('dry-run runs npm publish --dry-run and writes nothing', async () => {
    const { root, names } = workspace('d12');
    const run = await act(root, { 'dry-run': 'true' });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(
      outputOf(run, 'skipped')
        .map((entry) => [entry.name, entry.reason])
        .sort(),
    ).toEqual(names.map((name) => [name, 'dry run: packed, not published']).sort());
    for (const name of names) expect(await fixture.registry.packument(name)).toBeUndefined();
  });

  it('stage: true stages with npm stage publish (publish-only script) and in-process, with no code', async () => {
    const { root, names } = workspace('s12');
    const run = await act(root, { stage: 'true' });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    const staged = JSON.parse(run.outputs.staged!) as Array<{ name: string; stageId: string }>;
    expect(staged.map((entry) => entry.name).sort()).toEqual([...names].sort());
    const items = await fixture.registry.gate.staged();
    expect(
      items
        .filter((item) => item.packageName.startsWith('@s12/'))
        .map((item) => item.id)
        .sort(),
    ).toEqual(staged.map((entry) => entry.stageId).sort());
    expect((await fixture.registry.gate.attempts()).filter((attempt) => attempt.package.startsWith('@s12/') && attempt.otp !== null)).toEqual([]);
  });
});
