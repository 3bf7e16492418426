/**
 * The script part of .github/workflows/e2e.yml, also run by `npm test`
 * (__tests__/e2e/workflow-script.test.ts):
 *
 *   tsx scripts/e2e-registry.ts start    starts the tests' OTP-gated Verdaccio on 127.0.0.1 in the
 *                                        background, makes a user and a TOTP secret, writes a
 *                                        three-package monorepo under the workspace and sets the
 *                                        step outputs registry, token, totp-secret and packages
 *   tsx scripts/e2e-registry.ts verify   checks the action's `published` output (env PUBLISHED)
 *                                        and the registry: every package there, each accepted
 *                                        with a one-time password, dependencies before dependents
 *   tsx scripts/e2e-registry.ts stop     stops the registry and removes its files
 *
 * The workspace is GITHUB_WORKSPACE (or the current directory); the registry's files live under
 * RUNNER_TEMP (or the system temp directory). The token and the secret are throw-away values for
 * this local registry; they are masked all the same.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateSecret } from 'otplib';
import { writeMonorepo } from '../test-support/monorepo.js';
import { PORT_LINE, VERDACCIO_RUNNER, connectRegistry } from '../test-support/registry.js';
const SCOPE = 'e2e';
const COUNT = 3;
const START_TIMEOUT_MS = 30_000;

interface State {
  url: string;
  pid: number;
  dir: string;
  packages: Array<{ name: string; version: string; dependsOn: string[] }>;
}

const stateDir = join(process.env.RUNNER_TEMP || tmpdir(), 'otp-publish-e2e');
const statePath = join(stateDir, 'state.json');

class E2eError extends Error {}

async function start(): Promise<void> {
  if (existsSync(statePath)) throw new E2eError(`a registry is already running (${statePath}); run stop first`);
  const dir = join(stateDir, 'registry');
  mkdirSync(dir, { recursive: true });
  const secret = generateSecret({ length: 20 });
  core.setSecret(secret);
  const log = join(stateDir, 'verdaccio.log');
  const out = openSync(log, 'w');
  const child = spawn(process.execPath, [VERDACCIO_RUNNER, dir, JSON.stringify({ secret })], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, OTP_GATE_DETACHED: '1' },
  });
  closeSync(out);
  child.unref();
  const port = await waitForPort(log, child.pid!);
  const url = `http://127.0.0.1:${port}/`;
  const token = await connectRegistry(url).addUser('e2e-maintainer');
  core.setSecret(token);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const repo = join(workspace, '.e2e-monorepo');
  const packages = writeMonorepo(repo, SCOPE, COUNT, '1.0.0', { publishConfig: { access: 'public' } });
  const state: State = { url, pid: child.pid!, dir: stateDir, packages: packages.map(({ name, version, dependsOn }) => ({ name, version, dependsOn })) };
  writeFileSync(statePath, JSON.stringify(state, null, 2));
  core.setOutput('registry', url);
  core.setOutput('token', token);
  core.setOutput('totp-secret', secret);
  core.setOutput('packages', packages.map((pkg) => relative(workspace, pkg.dir)).join('\n'));
  console.log(`registry ${url} (pid ${child.pid}) demands a one-time password on every publish; ${COUNT} packages under ${relative(workspace, repo)}`);
}

async function waitForPort(log: string, pid: number): Promise<number> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const match = PORT_LINE.exec(readFileSync(log, 'utf8'));
    if (match) return Number(match[1]);
    if (!alive(pid)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new E2eError(`Verdaccio did not start within ${START_TIMEOUT_MS / 1000} s:\n${readFileSync(log, 'utf8')}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readState(): State {
  if (!existsSync(statePath)) throw new E2eError(`no registry is running (${statePath} is missing); run start first`);
  return JSON.parse(readFileSync(statePath, 'utf8')) as State;
}

async function verify(): Promise<void> {
  const state = readState();
  const registry = connectRegistry(state.url);
  const problems: string[] = [];
  let published: Array<{ registry?: string; name?: string; version?: string; auth?: string }> = [];
  try {
    published = JSON.parse(process.env.PUBLISHED ?? '');
  } catch {
    problems.push(`PUBLISHED is not the action's published output (a JSON array): ${JSON.stringify(process.env.PUBLISHED ?? null)}`);
  }
  for (const pkg of state.packages) {
    const entry = Array.isArray(published) ? published.find((item) => item.name === pkg.name) : undefined;
    if (!entry) problems.push(`${pkg.name}@${pkg.version} is missing from the published output`);
    else if (entry.version !== pkg.version || entry.registry !== 'npm' || entry.auth !== 'token+otp') {
      problems.push(`${pkg.name}: published output says ${JSON.stringify(entry)}; expected version ${pkg.version}, registry npm, auth token+otp`);
    }
    const packument = await registry.packument(pkg.name);
    if (!packument?.versions?.[pkg.version]) problems.push(`the registry does not hold ${pkg.name}@${pkg.version}`);
  }
  const attempts = await registry.gate.attempts();
  const accepted = new Map<string, number>();
  for (const attempt of attempts) {
    if (attempt.outcome === 'accepted' && !accepted.has(attempt.package)) accepted.set(attempt.package, attempt.at);
    if (attempt.outcome === 'accepted' && !attempt.otp) problems.push(`${attempt.package} was accepted without a one-time password`);
  }
  for (const pkg of state.packages) {
    for (const dependency of pkg.dependsOn) {
      const [a, b] = [accepted.get(dependency), accepted.get(pkg.name)];
      if (a !== undefined && b !== undefined && a > b) problems.push(`${pkg.name} was accepted before its dependency ${dependency}`);
    }
  }
  if (problems.length) throw new E2eError(`the end-to-end check failed:\n- ${problems.join('\n- ')}`);
  console.log(`verified: ${state.packages.length} packages on ${state.url}, each accepted with a one-time password, in dependency order`);
}

function stop(): void {
  if (!existsSync(statePath)) return;
  const state = readState();
  if (alive(state.pid)) process.kill(state.pid, 'SIGTERM');
  rmSync(state.dir, { recursive: true, force: true });
  console.log(`stopped the registry (pid ${state.pid})`);
}

const command = process.argv[2];
try {
  if (command === 'start') await start();
  else if (command === 'verify') await verify();
  else if (command === 'stop') stop();
  else throw new E2eError(`usage: tsx scripts/e2e-registry.ts start|verify|stop (got ${command ?? 'nothing'})`);
} catch (error) {
  console.error(error instanceof E2eError ? error.message : error);
  process.exit(1);
}
