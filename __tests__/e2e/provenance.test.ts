// Provenance through the built dist/ as the runner runs it: signed in the action's own process with
// sigstore's mock Fulcio, Rekor and TSA on loopback and a `sigstore`-audience token from the GitHub
// OIDC double; the Verdaccio gate checks every bundle's subject, digest, signature and certificate
// identity (422 otherwise) and keeps it as npmjs does (dist.attestations). Leak check over all of it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDir, outputOf } from '../../test-support/e2e.js';
import { writeMonorepo } from '../../test-support/monorepo.js';
import { startGitHubOidc, type GitHubOidc } from '../../test-support/oidc/github-oidc.js';
import { startRegistry, writePackage, type Registry } from '../../test-support/registry.js';
import { cleanupRun, findLeaks, runAction, workflowCommands, type ActionRun } from '../../test-support/runner.js';
import { startSigstore, type Sigstore } from '../../test-support/sigstore/server.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const REPO = 'octo-org/octo-repo';
const REF = 'refs/heads/main';
const WORKFLOW_REF = `${REPO}/.github/workflows/release.yml@${REF}`;
const IDENTITY = `https://github.com/${WORKFLOW_REF}`;
const REPOSITORY = { type: 'git', url: `git+https://github.com/${REPO}.git` };
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

let registry: Registry;
let gh: GitHubOidc;
let sigstore: Sigstore;
let token: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  [registry, gh, sigstore] = await Promise.all([
    startRegistry({ gate: { secret: SECRET, toleranceSteps: 1, provenanceIdentity: IDENTITY } }),
    startGitHubOidc({ repository: REPO, ref: REF, repository_visibility: 'public' }),
    startSigstore(),
  ]);
  token = await registry.addUser('alice');
});
afterAll(async () => {
  for (const run of runs) await cleanupRun(run);
  await Promise.all([registry?.stop(), gh?.stop(), sigstore?.stop()]);
});
beforeEach(async () => {
  await registry.gate.reset();
  sigstore.reset();
  gh.configure({ repository_visibility: 'public' });
});

/** The job's environment: ID-token variables, and sigstore pointed at the loopback double. */
const jobEnv = (idTokens = true): Record<string, string> => ({
  ...(idTokens ? gh.env : {}),
  OTP_PUBLISH_TEST_FULCIO_URL: sigstore.fulcioURL,
  OTP_PUBLISH_TEST_REKOR_URL: sigstore.rekorURL,
  OTP_PUBLISH_TEST_TSA_URL: sigstore.tsaServerURL,
});

async function act(cwd: string, inputs: Record<string, string>, env = jobEnv()): Promise<ActionRun> {
  const run = await runAction({
    cwd,
    env,
    debug: true,
    timeoutMs: 120_000,
    inputs: { 'npm-registry': registry.url, 'npm-token': token, 'npm-totp-secret': SECRET, ...inputs },
  });
  runs.push(run);
  return run;
}

/** Trusted publishers on the gate for these packages (the workflow of the double's tokens). */
async function trust(...names: string[]): Promise<void> {
  const trustedPublishers = Object.fromEntries(names.map((name) => [name, { repository: REPO, workflow: 'release.yml' }]));
  await registry.gate.configure({ oidc: { issuer: gh.issuer, jwks: gh.jwks, trustedPublishers } });
}

/** Publishes a first version with the token, without provenance (trusted publishing needs the package to exist). */
async function seed(dir: string, manifest: { name: string; version: string; [key: string]: unknown }): Promise<void> {
  writePackage(dir, manifest);
  const run = await act(dir, { auth: 'token', provenance: 'false' });
  expect(run.exitCode, run.stdout).toBe(0);
  await registry.gate.reset();
}

const provenanceOf = (run: ActionRun) => Object.fromEntries(outputOf(run, 'published').map((entry) => [entry.name, entry.provenance]));
const puts = async () => (await registry.gate.attempts()).filter((attempt) => attempt.method === 'PUT');

/** No secret, token, code or JWT outside ::add-mask:: lines or in files; the sigstore token was masked. */
async function expectNoLeaks(run: ActionRun, signed: boolean): Promise<void> {
  const codes = (await registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
  expect(findLeaks([token, SECRET, gh.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...codes], run)).toEqual([]);
  const printed = [...run.stdout.split('\n'), ...run.stderr.split('\n')].filter((line) => !line.startsWith('::add-mask::'));
  expect(printed.filter((line) => JWT.test(line))).toEqual([]);
  const masked = workflowCommands(run.stdout).filter((command) => command.command === 'add-mask' && JWT.test(command.value));
  for (const mask of masked) expect(findLeaks([mask.value], run)).toEqual([]);
  const audiences = masked.map((mask) => JSON.parse(Buffer.from(mask.value.split('.')[1]!, 'base64url').toString('utf8')).aud);
  if (signed) expect(audiences).toContain('sigstore');
}

describe('provenance: auto', () => {
  it('trusted publishing from a public repository signs the package: bundle checked by the registry, dist.attestations, summary', async () => {
    const dir = freshDir();
    await seed(dir, { name: '@prov/auto', version: '1.0.0', repository: REPOSITORY });
    await trust('@prov/auto');
    await registry.gate.configure({ publicPackages: ['@prov/auto'] }); // public on the registry: no access input needed
    writePackage(dir, { name: '@prov/auto', version: '1.1.0', repository: REPOSITORY });
    const before = gh.requests().length;
    const run = await act(dir, {});

    expect(run.exitCode, run.stdout).toBe(0);
    expect(outputOf(run, 'published')).toEqual([expect.objectContaining({ name: '@prov/auto', version: '1.1.0', auth: 'oidc', provenance: true })]);
    const [write] = await puts();
    expect(write).toMatchObject({ outcome: 'oidc', otp: null });
    expect(write!.provenance).toMatchObject({
      subjectName: 'pkg:npm/%40prov/auto@1.1.0',
      subjectMatches: true,
      digestMatches: true,
      signatureValid: true,
      identity: IDENTITY,
      problems: [],
    });
    const dist = (await registry.packument('@prov/auto')).versions['1.1.0'].dist;
    expect(dist.attestations.provenance).toEqual({ predicateType: 'https://slsa.dev/provenance/v1' });
    // The statement is libnpmpublish's, built from the runner's variables.
    const served = (await (await fetch(dist.attestations.url)).json()) as { attestations: Array<{ bundle: { dsseEnvelope: { payload: string } } }> };
    const statement = JSON.parse(Buffer.from(served.attestations[0]!.bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: REF,
      repository: `https://github.com/${REPO}`,
      path: '.github/workflows/release.yml',
    });
    await expect(sigstore.verify(served.attestations[0]!.bundle, { identity: IDENTITY })).resolves.toEqual({ identity: IDENTITY });
    expect(sigstore.requests().map((request) => request.service)).toEqual(['fulcio', 'rekor', 'tsa']);
    expect(
      gh
        .requests()
        .slice(before)
        .map((request) => request.audience)
        .sort(),
    ).toEqual(['npm:127.0.0.1', 'sigstore']);
    expect(run.stdout).toContain('provenance: yes (provenance: auto: trusted publishing from a public repository)');
    expect(run.summary).toMatch(/<th>Provenance<\/th>/);
    expect(run.summary).toContain('<td>@prov/auto</td><td>1.1.0</td><td>npm</td><td>published</td><td>oidc</td>');
    expect(run.summary).toMatch(/<td>@prov\/auto<\/td>.*<td>yes<\/td>/);
    await expectNoLeaks(run, true);
  });

  it('a token, or a private repository claim, publishes without provenance and without asking sigstore', async () => {
    const dir = freshDir();
    await seed(dir, { name: '@prov/quiet', version: '1.0.0', repository: REPOSITORY, publishConfig: { access: 'public' } });
    await trust('@prov/quiet');

    writePackage(dir, { name: '@prov/quiet', version: '1.1.0', repository: REPOSITORY, publishConfig: { access: 'public' } });
    const withToken = await act(dir, { auth: 'token' });
    expect(withToken.exitCode, withToken.stdout).toBe(0);
    expect(outputOf(withToken, 'published')).toEqual([expect.objectContaining({ auth: 'token+otp', provenance: false })]);
    expect(withToken.stdout).toContain('provenance: no (provenance: auto, and the package is not published through trusted publishing)');

    gh.configure({ repository_visibility: 'private' });
    writePackage(dir, { name: '@prov/quiet', version: '1.2.0', repository: REPOSITORY, publishConfig: { access: 'public' } });
    const privateRepo = await act(dir, {});
    expect(privateRepo.exitCode, privateRepo.stdout).toBe(0);
    expect(outputOf(privateRepo, 'published')).toEqual([expect.objectContaining({ auth: 'oidc', provenance: false })]);
    expect(privateRepo.stdout).toContain('provenance: no (provenance: auto, and the repository is private)');

    expect((await puts()).map((write) => write.provenance)).toEqual([null, null]);
    expect(sigstore.requests()).toEqual([]);
    expect(privateRepo.summary).toMatch(/<td>@prov\/quiet<\/td>.*<td>no<\/td>/);
    await expectNoLeaks(withToken, false);
    await expectNoLeaks(privateRepo, false);
  });
});

describe('provenance: true', () => {
  it('with a token from a job without ID-token variables fails clearly before any write', async () => {
    const dir = writePackage(freshDir(), { name: '@prov/needs-id', version: '1.0.0', repository: REPOSITORY, publishConfig: { access: 'public' } });
    const run = await act(dir, { provenance: 'true', auth: 'token' }, jobEnv(false));
    expect(run.exitCode).toBe(1);
    const [failed] = outputOf(run, 'failed');
    expect(failed).toMatchObject({ name: '@prov/needs-id', version: '1.0.0' });
    expect(failed!.error).toBe(
      "@prov/needs-id@1.0.0 cannot be published with provenance (provenance: true): the job cannot mint ID tokens: add 'permissions: id-token: write'; nothing was uploaded",
    );
    expect(await puts()).toEqual([]);
    expect(sigstore.requests()).toEqual([]);
    expect(await registry.packument('@prov/needs-id')).toBeUndefined();
    await expectNoLeaks(run, false);
  });

  it('with a token and ID-token variables signs the package; a repository field of another repository fails before its upload', async () => {
    const dir = freshDir();
    writePackage(join(dir, 'good'), { name: '@prov/signed', version: '1.0.0', repository: `github:${REPO}`, publishConfig: { access: 'public' } });
    writePackage(join(dir, 'bad'), {
      name: '@prov/elsewhere',
      version: '1.0.0',
      repository: 'https://github.com/someone/else',
      publishConfig: { access: 'public' },
    });
    const run = await act(dir, { provenance: 'true', auth: 'token', packages: 'good\nbad' });
    expect(run.exitCode).toBe(1);
    expect(provenanceOf(run)).toEqual({ '@prov/signed': true });
    expect(outputOf(run, 'failed')[0]!.error).toBe(
      '@prov/elsewhere@1.0.0 cannot be published with provenance (provenance: true): package.json "repository.url" is https://github.com/someone/else, but npm rejects provenance unless it matches https://github.com/octo-org/octo-repo; nothing was uploaded',
    );
    const writes = await puts();
    expect(writes.map((write) => [write.package, write.outcome, write.provenance?.problems])).toEqual([['@prov/signed', 'accepted', []]]);
    expect(await registry.packument('@prov/elsewhere')).toBeUndefined();
    await expectNoLeaks(run, true);
  });

  it('one Fulcio or Rekor fault: nothing is uploaded, and the one retry signs again with a fresh code and publishes', async () => {
    for (const [fail, name] of [
      [{ failFulcio: 1 }, '@prov/cert-later'],
      [{ failRekor: 1 }, '@prov/log-later'],
    ] as const) {
      sigstore.reset();
      sigstore.configure(fail);
      await registry.gate.reset();
      const dir = writePackage(freshDir(), { name, version: '1.0.0', repository: REPOSITORY, publishConfig: { access: 'public' } });
      const run = await act(dir, { provenance: 'true', auth: 'token' });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(outputOf(run, 'published')).toMatchObject([{ name, provenance: true }]);
      expect(sigstore.requests().filter((request) => request.service === 'fulcio')).toHaveLength(2);
      const writes = await puts();
      expect(writes.map((write) => [write.package, write.outcome, write.provenance?.problems])).toEqual([[name, 'accepted', []]]);
      await expectNoLeaks(run, true);
    }
  });

  it('no Fulcio certificate, or no Rekor entry, fails the package before its upload, with the signing error', async () => {
    const cases = [
      { fail: { failFulcio: 10 }, name: '@prov/no-cert', services: ['fulcio'], why: 'error creating signing certificate - (500) fulcio fault (test double)' },
      {
        fail: { failRekor: 10 },
        name: '@prov/no-log',
        services: ['fulcio', 'rekor', 'tsa'],
        why: 'error creating tlog entry - (500) rekor fault (test double)',
      },
    ];
    for (const { fail, name, services, why } of cases) {
      sigstore.reset();
      sigstore.configure(fail);
      const dir = writePackage(freshDir(), { name, version: '1.0.0', repository: REPOSITORY, publishConfig: { access: 'public' } });
      const run = await act(dir, { provenance: 'true', auth: 'token' });
      expect(run.exitCode).toBe(1);
      // A fault of sigstore's services gets the plan's one retry (signed again); a lasting outage fails the package.
      expect(outputOf(run, 'failed')[0]!.error).toBe(
        `${name}@1.0.0 cannot be published with provenance (signing): ${why}; nothing was uploaded (also after one retry)`,
      );
      expect(await puts()).toEqual([]);
      expect(await registry.packument(name)).toBeUndefined();
      // The timestamp is asked for beside the log entry; the certificate comes first.
      expect([...new Set(sigstore.requests().map((request) => request.service))].sort()).toEqual(services);
      await expectNoLeaks(run, true);
    }
  });
});

describe('a mixed monorepo under provenance: auto', () => {
  it('signs what publishes through trusted publishing, not the token packages nor one with publishConfig.provenance: false', async () => {
    const dir = freshDir();
    const withRepository = (version: string) => {
      writeMonorepo(dir, 'mix', 4, version, { repository: REPOSITORY });
      // p-2 is public and opts out of provenance itself.
      const file = join(dir, 'packages', 'p-2', 'package.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), publishConfig: { access: 'public', provenance: false } }, null, 2));
    };
    withRepository('0.9.0');
    const first = await act(dir, { workspaces: 'true', auth: 'token', provenance: 'false' });
    expect(first.exitCode, first.stdout).toBe(0);
    await registry.gate.reset();
    await trust('@mix/p-1', '@mix/p-2', '@mix/p-3');
    withRepository('1.0.0');
    const run = await act(dir, { workspaces: 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(provenanceOf(run)).toEqual({ '@mix/p-1': true, '@mix/p-2': false, '@mix/p-3': true, '@mix/p-4': false });
    const writes = Object.fromEntries((await puts()).map((write) => [write.package, [write.outcome, write.provenance?.identity ?? null]]));
    expect(writes).toEqual({
      '@mix/p-1': ['oidc', IDENTITY],
      '@mix/p-2': ['oidc', null],
      '@mix/p-3': ['oidc', IDENTITY],
      '@mix/p-4': ['accepted', null],
    });
    expect(run.stdout).toContain('provenance: no (publishConfig.provenance: false)');
    await expectNoLeaks(run, true);
  });
});
