/**
 * `npm run demo`: the action's main job on an embedded default. Starts a local Verdaccio that
 * demands a one-time password on every publish (like npmjs for a 2FA account), generates a TOTP
 * secret for it, writes an example package, runs the built dist/ exactly as the runner would
 * (INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, then the post step) and prints
 * what happened. Everything stays on 127.0.0.1 and is removed afterwards.
 */
import { generateSecret } from 'otplib';
import { join } from 'node:path';
import { startRegistry, writePackage } from '../test-support/registry.js';
import { cleanupRun, runAction, runPost } from '../test-support/runner.js';

const secret = generateSecret({ length: 20 });
const registry = await startRegistry({ gate: { secret } });
try {
  const token = await registry.addUser('demo-maintainer');
  const dir = writePackage(join(registry.dir, 'example'), { name: 'otp-publish-example', version: '1.0.0' });
  console.log(`Local registry ${registry.url} demands a TOTP code on every publish.`);
  console.log('Running dist/index.js as the Actions runner would...\n');

  const inputs = {
    packages: dir,
    'npm-registry': registry.url,
    'npm-token': token,
    'npm-totp-secret': secret,
  };
  const main = await runAction({ inputs, timeoutMs: 120_000 });
  const post = await runPost(main);
  process.stdout.write(main.stdout.replace(/^::(add-mask|debug)::.*\n/gm, ''));
  console.log(`\n--- exit code ${main.exitCode}; outputs ---`);
  for (const [name, value] of Object.entries(main.outputs)) console.log(`${name}: ${value}`);
  console.log('\n--- job summary (GITHUB_STEP_SUMMARY) ---');
  console.log(main.summary);
  const attempts = await registry.gate.attempts();
  console.log('--- what the registry saw ---');
  for (const attempt of attempts) console.log(`${attempt.method} ${attempt.package}: one-time password ${attempt.outcome}`);
  const packument = await registry.packument('otp-publish-example');
  console.log(`otp-publish-example versions on the registry: ${Object.keys(packument?.versions ?? {}).join(', ') || 'none'}`);
  console.log(`post step exit code ${post.exitCode}: ${post.stdout.trim()}`);
  await cleanupRun(main);
  process.exitCode = main.exitCode ?? 1;
} finally {
  await registry.stop();
}
