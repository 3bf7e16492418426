// The leak check used by the end-to-end tests must be able to fail: each case plants a secret
// where it must not be and expects findLeaks to name the place.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLeaks, type ActionRun } from '../../test-support/runner.js';

const SECRET = 'tok_0123456789abcdef';
const bases: string[] = [];
afterAll(() => {
  for (const base of bases) rmSync(base, { recursive: true, force: true });
});

function fakeRun(parts: { stdout?: string; stderr?: string; output?: string; tempFile?: string } = {}): ActionRun {
  const base = mkdtempSync(join(tmpdir(), 'otp-publish-leak-'));
  bases.push(base);
  const file = (name: string, content = ''): string => {
    const path = join(base, name);
    writeFileSync(path, content);
    return path;
  };
  const runnerTemp = mkdtempSync(join(base, 'temp-'));
  if (parts.tempFile !== undefined) writeFileSync(join(runnerTemp, 'left-behind'), parts.tempFile);
  return {
    entry: 'dist/index.js',
    exitCode: 0,
    signal: null,
    timedOut: false,
    stdout: parts.stdout ?? '',
    stderr: parts.stderr ?? '',
    outputs: {},
    state: {},
    summary: '',
    runnerTemp,
    home: null,
    files: { output: file('output', parts.output), state: file('state'), summary: file('summary'), env: file('env'), path: file('path') },
  };
}

describe('findLeaks', () => {
  it('accepts a secret that appears only inside ::add-mask::', () => {
    expect(findLeaks([SECRET], fakeRun({ stdout: `::add-mask::${SECRET}\nok\n` }))).toEqual([]);
  });

  it('flags a secret printed on stdout or stderr', () => {
    expect(findLeaks([SECRET], fakeRun({ stdout: `token is ${SECRET}\n` }))).toEqual([expect.stringContaining('dist/index.js stdout line(s) 1')]);
    expect(findLeaks([SECRET], fakeRun({ stderr: `x\n${SECRET}\n` }))).toEqual([expect.stringContaining('stderr line(s) 2')]);
  });

  it('flags a value printed before its ::add-mask::', () => {
    const problems = findLeaks([SECRET], fakeRun({ stdout: `${SECRET}\n::add-mask::${SECRET}\n` }));
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('comes after the value was already printed')]));
  });

  it('flags a secret in GITHUB_OUTPUT or in a file left under RUNNER_TEMP', () => {
    expect(findLeaks([SECRET], fakeRun({ output: `x=${SECRET}\n` }))).toEqual([expect.stringContaining('output command file')]);
    expect(findLeaks([SECRET], fakeRun({ tempFile: `//r/:_authToken=${SECRET}` }))).toEqual([expect.stringContaining('RUNNER_TEMP/left-behind')]);
  });

  it('never puts the secret itself in a problem', () => {
    const problems = findLeaks([SECRET], fakeRun({ stdout: SECRET, output: SECRET, tempFile: SECRET }));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).not.toContain(SECRET);
  });
});
