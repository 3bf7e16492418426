// Provenance signed by the npm CLI itself: a package with a publish-only script (prepublishOnly) is
// published with `npm publish --provenance=true`, one npm process, and npm signs with sigstore's
// public instance (https://fulcio.sigstore.dev, https://rekor.sigstore.dev: no npm setting or
// variable changes those URLs). Here those host names are played by the loopback sigstore double:
// the action's environment carries HTTPS_PROXY (a loopback proxy that answers CONNECT to the two
// hosts itself, with a certificate from a throw-away CA), NO_PROXY=127.0.0.1 and NODE_EXTRA_CA_CERTS,
// which npm honours on its own; see test-support/sigstore/public-instance.ts. The action is not told
// anything: no OTP_PUBLISH_TEST_* variable is set. Run with npm 11 (the machine's) and npm 12 (test-
// support/clients, on Node 24) on PATH; the registry double checks each bundle's subject, digest,
// signature and certificate identity (422 otherwise) and keeps it as npmjs does (dist.attestations).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientPath } from '../../test-support/clients.js';
import { freshDir, outputOf } from '../../test-support/e2e.js';
import { FIXTURE_REPOSITORY, useRegistryWithOidc } from '../../test-support/oidc-fixture.js';
import { runNpm, writePackage } from '../../test-support/registry.js';
import { findLeaks, listFiles, workflowCommands, type ActionRun } from '../../test-support/runner.js';
import { PUBLIC_FULCIO_HOST, PUBLIC_REKOR_HOST, startPublicSigstore, type PublicSigstore } from '../../test-support/sigstore/public-instance.js';
import { startSigstore, type Sigstore } from '../../test-support/sigstore/server.js';
import { createThrowawayCa } from '../../test-support/sigstore/throwaway-ca.js';

const SECRET = 'JBSWY3DPEHPK3PXP';
const REF = 'refs/heads/main';
const IDENTITY = `https://github.com/${FIXTURE_REPOSITORY}/.github/workflows/release.yml@${REF}`;
const REPOSITORY = { type: 'git', url: `git+https://github.com/${FIXTURE_REPOSITORY}.git` };
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;
const FULCIO = { servername: PUBLIC_FULCIO_HOST, host: PUBLIC_FULCIO_HOST, method: 'POST', path: '/api/v2/signingCert' };
const REKOR = { servername: PUBLIC_REKOR_HOST, host: PUBLIC_REKOR_HOST, method: 'POST', path: '/api/v1/log/entries' };

const fixture = useRegistryWithOidc({ secret: SECRET, toleranceSteps: 1, provenanceIdentity: IDENTITY });
let sigstore: Sigstore;
let publicSigstore: PublicSigstore;

beforeAll(async () => {
  sigstore = await startSigstore();
  publicSigstore = await startPublicSigstore(sigstore);
});
afterAll(async () => {
  await Promise.all([sigstore?.stop(), publicSigstore?.stop()]);
});
beforeEach(async () => {
  await fixture.registry.gate.reset();
  sigstore.reset();
  publicSigstore.reset();
  // A push to main of a public repository: the ID tokens' workflow is the runner's GITHUB_WORKFLOW_REF.
  fixture.gh.configure({ ref: REF, repository_visibility: 'public' });
});

/**
 * What differs between the majors on this path; everything else (the requests to the registry,
 * to GitHub and to sigstore, the bundle, the exit codes and error codes) is asserted to be the same.
 */
const MAJORS = [
  {
    major: 11,
    path: process.env.PATH ?? '',
    // npm 11 bundles sigstore-js 4.1.1 (libnpmpublish 11.2.0); it prints the lifecycle banner on stdout.
    sigstoreJs: /^sigstore-js\/4\.1\.1 \(Node v24\./,
    banner: (name: string) => `> ${name}@1.0.0 prepublishOnly`,
  },
  {
    major: 12,
    path: clientPath({ npm: 12 }),
    // npm 12 bundles sigstore-js 5.0.0 (libnpmpublish 12.0.1); it logs the script as a notice on stderr.
    sigstoreJs: /^sigstore-js\/5\.0\.0 \(Node v24\./,
    banner: (name: string) => `npm notice run ${name}@1.0.0 prepublishOnly`,
  },
] as const;

/** A package npm must publish itself (a publish-only script), public, whose repository is the workflow's. */
function scriptedPackage(name: string): string {
  return writePackage(freshDir('otp-publish-cli-prov-'), {
    name,
    version: '1.0.0',
    repository: REPOSITORY,
    publishConfig: { access: 'public' },
    scripts: { prepublishOnly: `node -e "require('fs').writeFileSync('prepublished', 'yes')"` },
  });
}

async function act(cwd: string, path: string, env: Record<string, string> = {}): Promise<ActionRun> {
  return fixture.run({
    cwd,
    debug: true,
    timeoutMs: 120_000,
    env: { PATH: path, ...fixture.gh.env, ...publicSigstore.env, ...env },
    inputs: { 'npm-registry': fixture.registry.url, 'npm-token': fixture.token, 'npm-totp-secret': SECRET, auth: 'token', provenance: 'true' },
  });
}

const puts = async () => (await fixture.registry.gate.attempts()).filter((attempt) => attempt.method === 'PUT');
const audiences = (from: number) =>
  fixture.gh
    .requests()
    .slice(from)
    .map((request) => request.audience);

/**
 * No secret, token or code outside ::add-mask:: lines or in files (npm's debug logs in HOME too); and
 * no JWT printed or written anywhere, including the ID tokens npm asks GitHub for itself, which the
 * action never sees and so cannot mask.
 */
async function expectNoLeaks(run: ActionRun): Promise<void> {
  const codes = (await fixture.registry.gate.attempts()).flatMap((attempt) => (attempt.otp ? [attempt.otp] : []));
  expect(findLeaks([fixture.token, SECRET, fixture.gh.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...codes], run)).toEqual([]);
  const printed = [...run.stdout.split('\n'), ...run.stderr.split('\n')].filter((line) => !line.startsWith('::add-mask::'));
  expect(printed.filter((line) => JWT.test(line))).toEqual([]);
  const files = [...listFiles(run.runnerTemp), ...(run.home ? listFiles(run.home) : []), ...Object.values(run.files)];
  expect(files.filter((file) => JWT.test(readFileSync(file, 'utf8')))).toEqual([]);
  const masked = workflowCommands(run.stdout).filter((command) => command.command === 'add-mask' && JWT.test(command.value));
  for (const mask of masked) expect(findLeaks([mask.value], run)).toEqual([]);
}

describe.each(MAJORS)('npm $major on PATH publishes a package with a prepublishOnly script and signs it', ({ major, path, sigstoreJs, banner }) => {
  it('is that npm', async () => {
    const version = await runNpm(['--version'], { cwd: freshDir(), env: { ...process.env, PATH: path } });
    expect(version.stdout.trim()).toMatch(new RegExp(`^${major}\\.`));
  });

  it("against sigstore's public host names (the loopback double behind them): bundle checked by the registry, dist.attestations, the code accepted", async () => {
    const name = `@cli${major}/signed`;
    const dir = scriptedPackage(name);
    const before = fixture.gh.requests().length;
    const run = await act(dir, path);

    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(outputOf(run, 'published')).toEqual([{ registry: 'npm', name, version: '1.0.0', auth: 'token+otp', provenance: true }]);
    expect(run.stdout).toContain('provenance: yes (provenance: true)');
    expect(run.stdout).toContain('--fetch-retries=0 --provenance=true');
    expect(existsSync(join(dir, 'prepublished'))).toBe(true);
    expect(run.stdout).toContain(banner(name));
    // npm's own words: signed, and logged (npm names the public search UI whatever Rekor it used).
    expect(run.stdout).toContain('npm notice publish Signed provenance statement with source and build information from GitHub Actions');
    expect(run.stdout).toMatch(/npm notice publish Provenance statement published to transparency log: https:\/\/search\.sigstore\.dev\/\?logIndex=\d+/);

    // The registry got one PUT, with the action's code and a bundle it could check.
    const writes = await puts();
    expect(writes).toEqual([expect.objectContaining({ package: name, user: 'alice', outcome: 'accepted', otp: expect.stringMatching(/^\d{6}$/) })]);
    expect(writes[0]!.provenance).toEqual({
      present: true,
      version: '1.0.0',
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      subjectName: `pkg:npm/%40cli${major}/signed@1.0.0`,
      subjectMatches: true,
      digestMatches: true,
      signatureValid: true,
      identity: IDENTITY,
      problems: [],
    });
    const dist = (await fixture.registry.packument(name)).versions['1.0.0'].dist;
    expect(dist.attestations.provenance).toEqual({ predicateType: 'https://slsa.dev/provenance/v1' });
    const served = (await (await fetch(dist.attestations.url)).json()) as { attestations: Array<{ bundle: any }> };
    const bundle = served.attestations[0]!.bundle;
    // The whole chain against the double's trust material: Fulcio certificate, SCT, Rekor entry (SET).
    await expect(sigstore.verify(bundle, { identity: IDENTITY })).resolves.toEqual({ identity: IDENTITY });
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.subject).toEqual([{ name: `pkg:npm/%40cli${major}/signed@1.0.0`, digest: { sha512: expect.stringMatching(/^[0-9a-f]{128}$/) } }]);
    expect(Buffer.from(statement.subject[0].digest.sha512, 'hex').toString('base64')).toBe(dist.integrity.replace(/^sha512-/, ''));
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: REF,
      repository: `https://github.com/${FIXTURE_REPOSITORY}`,
      path: '.github/workflows/release.yml',
    });
    // npm signs without a timestamp authority: the bundle's time is Rekor's.
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []).toEqual([]);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);

    // What npm contacted: through the proxy only Fulcio and Rekor, by their public names over TLS
    // (no TUF root, no timestamp authority); one request each, from npm's own sigstore-js.
    expect(publicSigstore.tunnels().map(({ host, port, allowed }) => ({ host, port, allowed }))).toEqual([
      { host: PUBLIC_FULCIO_HOST, port: 443, allowed: true },
      { host: PUBLIC_REKOR_HOST, port: 443, allowed: true },
    ]);
    const requests = publicSigstore.requests();
    expect(requests).toEqual([
      { ...FULCIO, userAgent: expect.stringMatching(sigstoreJs), status: 201, at: expect.any(Number) },
      { ...REKOR, userAgent: expect.stringMatching(sigstoreJs), status: 201, at: expect.any(Number) },
    ]);
    expect(sigstore.requests().map((request) => request.service)).toEqual(['fulcio', 'rekor']);
    // GitHub's ID tokens: the action's (npm audience, for the claims it decides on), then npm's own
    // trusted-publishing attempt (npm audience; the registry answers 404: no trusted publisher, so
    // npm goes on with the token and the code), then sigstore's.
    expect(audiences(before)).toEqual(['npm:127.0.0.1', 'npm:127.0.0.1', 'sigstore']);
    expect((await fixture.registry.gate.exchanges()).map(({ package: pkg, status }) => [pkg, status])).toEqual([[name, 404]]);
    await expectNoLeaks(run);
  });

  it('a Fulcio fault: npm fails before its upload (the --fetch-retries=0 the action gives npm reaches sigstore too), and the plan retries once, signing again with a fresh code', async () => {
    const name = `@cli${major}/no-cert`;
    const dir = scriptedPackage(name);
    sigstore.configure({ failFulcio: 1 });
    const run = await act(dir, path);

    expect(run.exitCode, run.stdout).toBe(0);
    expect(outputOf(run, 'published')).toMatchObject([{ name, version: '1.0.0', auth: 'token+otp', provenance: true }]);
    expect(run.stdout).toContain('npm error code CA_CREATE_SIGNING_CERTIFICATE_ERROR');
    expect(run.stdout).toContain(`${name}@1.0.0 cannot be published with provenance (signing): npm publish failed (CA_CREATE_SIGNING_CERTIFICATE_ERROR)`);
    expect(existsSync(join(dir, 'prepublished'))).toBe(true); // the script ran: signing comes after it
    // One request per npm process: the failed one, then the retry's, which was signed and uploaded once.
    expect(
      publicSigstore
        .requests()
        .filter((request) => request.host === FULCIO.host)
        .map((request) => request.status),
    ).toEqual([500, 201]);
    expect(sigstore.requests().map((request) => request.service)).toEqual(['fulcio', 'fulcio', 'rekor']);
    expect((await puts()).map((put) => put.outcome)).toEqual(['accepted']);
    expect(sigstore.configure({})).toMatchObject({ failFulcio: 0 });
    await expectNoLeaks(run);
  });
});

describe('the stand-in for sigstore.dev', () => {
  it('is checked by npm as sigstore.dev would be: a certificate from a CA npm does not trust fails the signing, and nothing is published', async () => {
    const other = await createThrowawayCa([PUBLIC_FULCIO_HOST]);
    try {
      const name = '@cli-tls/untrusted';
      const run = await act(scriptedPackage(name), MAJORS[0].path, { NODE_EXTRA_CA_CERTS: other.caFile });
      expect(run.exitCode).toBe(1);
      expect(outputOf(run, 'failed')[0]!.error).toContain(
        'npm publish failed (CA_CREATE_SIGNING_CERTIFICATE_ERROR): error creating signing certificate / cause request to https://fulcio.sigstore.dev/api/v2/signingCert failed, reason: unable to verify the first certificate',
      );
      expect(publicSigstore.tunnels().map((tunnel) => tunnel.host)).toEqual([PUBLIC_FULCIO_HOST]);
      expect(publicSigstore.requests()).toEqual([]); // the handshake failed: no request was sent
      expect(sigstore.requests()).toEqual([]);
      expect(await puts()).toEqual([]);
      expect(await fixture.registry.packument(name)).toBeUndefined();
    } finally {
      other.remove();
    }
  });
});

describe('npm signing on its own terms', () => {
  it("keeps the ID-token variables, so npm also tries trusted publishing itself: with a publisher for the package it publishes through it, with the action's code unused", async () => {
    const name = '@cli-tp/both';
    await fixture.registry.gate.configure({
      oidc: { issuer: fixture.gh.issuer, jwks: fixture.gh.jwks, trustedPublishers: { [name]: { repository: FIXTURE_REPOSITORY, workflow: 'release.yml' } } },
    });
    const run = await act(scriptedPackage(name), MAJORS[1].path);
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain(
      "::warning::provenance needs the job's ID-token variables, and with them npm may use trusted publishing on its own for packages that have a trusted publisher; use auth: auto to choose it explicitly",
    );
    expect(run.stdout).toContain('credential: token+otp');
    expect(outputOf(run, 'published')).toEqual([expect.objectContaining({ name, provenance: true })]);
    // npm exchanged the ID token and wrote as the trusted publisher; the code rode along, unneeded.
    expect((await fixture.registry.gate.exchanges()).map(({ package: pkg, status }) => [pkg, status])).toEqual([[name, 201]]);
    const [write] = await puts();
    expect(write).toMatchObject({ user: 'oidc-trusted-publisher', outcome: 'oidc', otp: expect.stringMatching(/^\d{6}$/) });
    expect(write!.provenance).toMatchObject({ identity: IDENTITY, problems: [] });
    await expectNoLeaks(run);
  });
});
