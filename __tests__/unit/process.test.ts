// runCommand must never let a registry client hang the job: it is stopped on a prompt it can
// never get an answer to, and after its time limit. The clients are stood in for by node scripts.
import { describe, expect, it } from 'vitest';
import { CommandTimeoutError } from '../../src/errors.js';
import { runCommand } from '../../src/process.js';
import { MemoryLogger } from '../../test-support/memory-logger.js';

const node = process.execPath;
const options = (extra: Partial<Parameters<typeof runCommand>[2]> = {}) => ({
  cwd: process.cwd(),
  env: { PATH: process.env.PATH },
  timeoutMs: 10_000,
  logger: new MemoryLogger(),
  ...extra,
});

describe('runCommand', () => {
  it('returns output and exit code, and logs the command line at debug level', async () => {
    const logger = new MemoryLogger();
    const result = await runCommand(node, ['-e', 'console.log("out"); console.error("err"); process.exit(3)'], options({ logger, display: 'node <script>' }));
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    expect(logger.lines).toEqual([`debug: $ node <script> (in ${process.cwd()})`]);
  });

  it('gives the child no stdin, so a prompt reads end-of-file instead of waiting', async () => {
    const script = 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>{console.log("eof:"+d.length)})';
    const result = await runCommand(node, ['-e', script], options());
    expect(result.stdout).toBe('eof:0\n');
  });

  it('stops a client as soon as its output shows a wait that cannot end', async () => {
    const script = 'console.log("Please visit https://x to authenticate via security device."); setInterval(() => {}, 1000)';
    const started = Date.now();
    const result = await runCommand(node, ['-e', script], options({ stopWhen: /security device/ }));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.stdout).toContain('security device');
    expect(result.exitCode).not.toBe(0);
  });

  it('stops a client after its time limit with CommandTimeoutError', async () => {
    await expect(runCommand(node, ['-e', 'setInterval(() => {}, 1000)'], options({ timeoutMs: 300, display: 'gem push x.gem' }))).rejects.toEqual(
      new CommandTimeoutError('gem push x.gem', 0),
    );
  });

  it('rejects with ENOENT when the client is not installed', async () => {
    await expect(runCommand('otp-publish-no-such-tool', [], options())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
