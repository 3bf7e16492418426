#!/usr/bin/env node
// otp-publish's command-line helper: `setup` stores a verified TOTP secret as an Actions secret,
// `code` prints the current code. The secret is read from a hidden prompt only: never from the
// command line, the environment or a file, and never printed.
import { Octokit } from '@octokit/rest';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import { CliError, errorMessage } from '../errors.js';
import { codeCommand, setupCommand, type CliIo } from './commands.js';
import { terminalPrompter } from './prompts.js';

const USAGE = `usage:
  otp-publish setup --repo OWNER/NAME [--environment ENV] [--name NPM_TOTP_SECRET] [--qr FILE] [--dry-run]
      Asks for the TOTP secret (hidden), or reads it from a QR image (PNG or JPEG: an otpauth://
      URI or an authenticator export), checks it against the code your authenticator app shows,
      and stores it as an Actions secret of the repository (or environment). Token: GH_TOKEN or GITHUB_TOKEN.
  otp-publish code [--qr FILE]
      Reads the TOTP secret the same way and prints the current code.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repo: { type: 'string' },
      environment: { type: 'string' },
      name: { type: 'string', default: 'NPM_TOTP_SECRET' },
      'dry-run': { type: 'boolean', default: false },
      qr: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (rest.length) throw new CliError(`unexpected arguments: ${rest.join(' ')}`);
  const io: CliIo = {
    prompt: terminalPrompter(),
    say: (line) => process.stderr.write(`${line}\n`),
    print: (line) => process.stdout.write(`${line}\n`),
    clock: systemClock,
    env: process.env,
    readFile: (path) => readFile(path),
    github: (token) => {
      const octokit = new Octokit({
        auth: token,
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        userAgent: 'otp-publish-setup',
        // The helper says what a failed request means itself; Octokit's own request lines stay out.
        log: { debug: () => undefined, info: () => undefined, warn: (message: string) => io.say(message), error: () => undefined },
      });
      return (route, parameters) => octokit.request(route, parameters);
    },
  };
  if (command === 'code') await codeCommand(io, values.qr);
  else if (command === 'setup') {
    if (!values.repo) throw new CliError('setup needs --repo OWNER/NAME');
    await setupCommand({ repo: values.repo, environment: values.environment, name: values.name!, dryRun: values['dry-run']!, qr: values.qr }, io);
  } else throw new CliError(`unknown command '${command}'; expected setup or code`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Ctrl-C at a prompt: stop without a trace.
    if (error instanceof Error && error.name === 'ExitPromptError') process.exit(130);
    process.stderr.write(`otp-publish: ${errorMessage(error)}\n`);
    process.exit(1);
  },
);
