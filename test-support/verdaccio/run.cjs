'use strict';
// Starts a throw-away Verdaccio with the OTP gate plugin on 127.0.0.1 (random port).
//
//   node run.cjs <workdir> [gate-config-json]
//
// Writes <workdir>/config.yaml, prints one line {"port":N} on stdout once listening,
// and exits when stdin closes (unless OTP_GATE_DETACHED=1) or on SIGTERM/SIGINT.
const fs = require('node:fs');
const path = require('node:path');
const { runServer } = require('verdaccio');

const [workdirArg, gateJson] = process.argv.slice(2);
if (!workdirArg) {
  console.error('usage: node run.cjs <workdir> [gate-config-json]');
  process.exit(2);
}
const workdir = path.resolve(workdirArg);
const gate = gateJson ? JSON.parse(gateJson) : {};

const access = { access: '$all', publish: '$authenticated', unpublish: '$authenticated' };
const config = {
  storage: path.join(workdir, 'storage'),
  auth: { htpasswd: { file: path.join(workdir, 'htpasswd'), max_users: 1000 } },
  uplinks: {},
  packages: { '@*/*': access, '**': access },
  plugins: path.join(__dirname, 'plugins'),
  middlewares: { 'otp-gate': gate },
  web: { enable: false },
  log: { type: 'stdout', format: 'pretty', level: 'warn' },
};

async function main() {
  fs.mkdirSync(workdir, { recursive: true });
  const configPath = path.join(workdir, 'config.yaml');
  // JSON is valid YAML, so no YAML library is needed.
  fs.writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);

  const server = await runServer(configPath);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);

  const stop = () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // A registry that outlives the process that started it (scripts/e2e-registry.ts) is stopped by signal only.
  if (process.env.OTP_GATE_DETACHED === '1') return;
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

main().catch((err) => {
  console.error(err?.stack ? err.stack : err);
  process.exit(1);
});
