/**
 * `npm run demo`: the action's main job on an embedded default. Starts a local Verdaccio that
 * demands a one-time password on every publish (like npmjs for a 2FA account) and, when Ruby's
 * `gem` is installed, a local rubygems.org double that does the same for gem pushes; generates a
 * TOTP secret for each, writes an example package (and gem), runs the built dist/ exactly as the
 * runner would (INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, then the post step)
 * and prints what happened. Everything stays on 127.0.0.1 and is removed afterwards.
 */
import { generateSecret } from 'otplib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GEM_VERSION } from '../test-support/gem-cli.js';
import { startRegistry, writePackage } from '../test-support/registry.js';
import { writeGemspec } from '../test-support/rubygems/cli.js';
import { startGemServer } from '../test-support/rubygems/server.js';
import { cleanupRun, runAction, runPost } from '../test-support/runner.js';

const npmSecret = generateSecret({ length: 20 });
const gemSecret = generateSecret({ length: 20 });
const work = mkdtempSync(join(tmpdir(), 'otp-publish-demo-'));
const registry = await startRegistry({ gate: { secret: npmSecret } });
const gems = GEM_VERSION ? await startGemServer() : undefined;
try {
  const token = await registry.addUser('demo-maintainer');
  const packages = [writePackage(join(work, 'example'), { name: 'otp-publish-example', version: '1.0.0' })];
  const inputs: Record<string, string> = {
    'npm-registry': registry.url,
    'npm-token': token,
    'npm-totp-secret': npmSecret,
  };
  console.log(`Local npm registry ${registry.url} demands a TOTP code on every publish.`);
  if (gems) {
    packages.push(writeGemspec(join(work, 'example-gem'), { name: 'otp_publish_example', version: '1.0.0', metadata: { rubygems_mfa_required: 'true' } }));
    Object.assign(inputs, {
      'rubygems-host': gems.url,
      'rubygems-api-key': gems.addUser('demo-maintainer', { mfa: gemSecret }),
      'rubygems-totp-secret': gemSecret,
    });
    console.log(`Local RubyGems server ${gems.url} demands a TOTP code on every push (gem ${GEM_VERSION}).`);
  } else {
    console.log('Ruby is not installed (no `gem` on PATH): the demo publishes the npm package only.');
  }
  console.log('Running dist/index.js as the Actions runner would...\n');

  const main = await runAction({ inputs: { ...inputs, packages: packages.join('\n') }, timeoutMs: 120_000 });
  const post = await runPost(main);
  process.stdout.write(main.stdout.replace(/^::(add-mask|debug)::.*\n/gm, ''));
  console.log(`\n--- exit code ${main.exitCode}; outputs ---`);
  for (const [name, value] of Object.entries(main.outputs)) console.log(`${name}: ${value}`);
  console.log('\n--- job summary (GITHUB_STEP_SUMMARY) ---');
  console.log(main.summary);
  console.log('--- what the registries saw ---');
  for (const attempt of await registry.gate.attempts()) console.log(`npm ${attempt.method} ${attempt.package}: one-time password ${attempt.outcome}`);
  for (const attempt of gems?.attempts() ?? []) console.log(`rubygems push ${attempt.gem} ${attempt.version}: one-time password ${attempt.outcome}`);
  const packument = await registry.packument('otp-publish-example');
  console.log(`otp-publish-example versions on the npm registry: ${Object.keys(packument?.versions ?? {}).join(', ') || 'none'}`);
  if (gems)
    console.log(
      `otp_publish_example versions on the gem server: ${
        gems
          .versions('otp_publish_example')
          ?.map((v) => v.number)
          .join(', ') ?? 'none'
      }`,
    );
  console.log(`post step exit code ${post.exitCode}: ${post.stdout.trim()}`);
  await cleanupRun(main);
  process.exitCode = main.exitCode ?? 1;
} finally {
  await Promise.all([registry.stop(), gems?.stop()]);
  rmSync(work, { recursive: true, force: true });
}
