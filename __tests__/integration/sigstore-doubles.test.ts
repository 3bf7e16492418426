// The provenance doubles: sigstore's own mock Fulcio, Rekor and TSA on loopback, signed for with a
// `sigstore`-audience token from the GitHub OIDC double, and the Verdaccio gate's provenance check of
// a publish body that carries the bundle as npm attaches it.
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { attest } from 'sigstore';
import { startGitHubOidc, type GitHubOidc } from '../../test-support/oidc/github-oidc.js';
import { startSigstore, certificateIdentity, type Sigstore } from '../../test-support/sigstore/server.js';
import { startRegistry, type Registry } from '../../test-support/registry.js';

const REPO = 'octo-org/octo-repo';
const WORKFLOW = `${REPO}/.github/workflows/release.yml@refs/tags/v1`;
const IDENTITY = `https://github.com/${WORKFLOW}`;
const INTOTO = 'application/vnd.in-toto+json';

let gh: GitHubOidc;
let sigstore: Sigstore;

beforeAll(async () => {
  gh = await startGitHubOidc({ repository: REPO, repository_visibility: 'public' });
  sigstore = await startSigstore();
});
afterAll(async () => {
  await sigstore?.stop();
  await gh?.stop();
});
afterEach(() => sigstore.reset());

/** An in-toto statement naming `purl` with the sha512 of `tarball`, as libnpmpublish makes it. */
function statement(purl: string, tarball: Buffer): Buffer {
  const subject = [{ name: purl, digest: { sha512: createHash('sha512').update(tarball).digest('hex') } }];
  return Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject, predicateType: 'https://slsa.dev/provenance/v1', predicate: {} }));
}

async function sign(payload: Buffer, identityToken?: string) {
  return attest(payload, INTOTO, { ...sigstore.signOptions, identityToken: identityToken ?? (await gh.mint('sigstore')) });
}

describe('sigstore double', () => {
  it('certifies the workflow identity of a GitHub ID token, logs the signature and timestamps it', async () => {
    const bundle = await sign(statement('pkg:npm/demo@1.0.0', Buffer.from('tarball')));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const cert = bundle.verificationMaterial.certificate!.rawBytes;
    expect(certificateIdentity(cert)).toBe(IDENTITY);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    await expect(sigstore.verify(bundle, { identity: IDENTITY })).resolves.toEqual({ identity: IDENTITY });
    const requests = sigstore.requests();
    expect(requests.map((r) => r.service)).toEqual(['fulcio', 'rekor', 'tsa']);
    expect(requests.every((r) => r.status >= 200 && r.status < 300)).toBe(true);
  });

  it("uses the token's sub as identity when asked, and a token without job_workflow_ref keeps the mock's choice", async () => {
    const subDouble = await startSigstore({ identity: 'sub' });
    try {
      const bundle = await attest(Buffer.from('{}'), INTOTO, { ...subDouble.signOptions, identityToken: await gh.mint('sigstore') });
      expect(certificateIdentity(bundle.verificationMaterial.certificate!.rawBytes)).toBe(`repo:${REPO}:ref:refs/tags/v1`);
    } finally {
      await subDouble.stop();
    }
    const bundle = await sign(Buffer.from('{}'), await gh.mint('sigstore', { job_workflow_ref: undefined }));
    expect(certificateIdentity(bundle.verificationMaterial.certificate!.rawBytes)).toBe(`repo:${REPO}:ref:refs/tags/v1`);
  });

  it('verification fails for another identity and for a changed payload', async () => {
    const bundle = await sign(statement('pkg:npm/demo@1.0.0', Buffer.from('tarball')));
    await expect(sigstore.verify(bundle, { identity: 'https://github.com/someone/else/.github/workflows/x.yml@refs/heads/main' })).rejects.toThrow();
    const changed = structuredClone(bundle);
    changed.dsseEnvelope!.payload = Buffer.from('{"other":true}').toString('base64');
    await expect(sigstore.verify(changed)).rejects.toThrow();
  });

  it('a Fulcio outage fails signing with sigstore CA error after its retries; a Rekor outage with a TLOG error', async () => {
    sigstore.configure({ failFulcio: 10 });
    await expect(sign(Buffer.from('{}'))).rejects.toMatchObject({ code: expect.stringMatching(/^CA_/) });
    const fulcioCalls = sigstore.requests().filter((r) => r.service === 'fulcio');
    expect(fulcioCalls.length).toBeGreaterThan(1);
    expect(fulcioCalls.every((r) => r.status === 500)).toBe(true);
    expect(sigstore.requests().some((r) => r.service === 'rekor')).toBe(false);
    sigstore.reset();
    sigstore.configure({ failRekor: 10 });
    await expect(sign(Buffer.from('{}'))).rejects.toMatchObject({ code: expect.stringMatching(/^TLOG_/) });
  });

  it('rejects unknown paths and methods, and unknown options', async () => {
    expect((await fetch(`${sigstore.url}/api/v2/nothing`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${sigstore.url}/api/v2/signingCert`)).status).toBe(405);
    expect(() => sigstore.configure({ failFulcia: 1 } as never)).toThrow(/unknown sigstore double option/);
  });
});

describe('the Verdaccio gate reads provenance from the publish', () => {
  let registry: Registry;
  let token: string;
  beforeAll(async () => {
    registry = await startRegistry({ gate: { bypassUsers: ['alice'] } }); // no OTP: only provenance is read here
    token = await registry.addUser('alice');
  });
  afterAll(async () => registry?.stop());
  afterEach(async () => {
    await registry.gate.configure({ provenanceIdentity: null });
    await registry.gate.reset();
  });

  /** The body `npm publish` PUTs, with the bundle attached as libnpmpublish attaches it. */
  function publishBody(name: string, version: string, tarball: Buffer, bundle?: unknown) {
    const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
    const tgz = `${name}-${version}.tgz`;
    const attachments: Record<string, unknown> = {
      [tgz]: { content_type: 'application/octet-stream', data: tarball.toString('base64'), length: tarball.length },
    };
    if (bundle) {
      const data = JSON.stringify(bundle);
      attachments[`${name}-${version}.sigstore`] = { content_type: (bundle as { mediaType: string }).mediaType, data, length: data.length };
    }
    return {
      _id: name,
      name,
      'dist-tags': { latest: version },
      versions: { [version]: { name, version, _id: `${name}@${version}`, dist: { integrity, tarball: `${registry.url}${name}/-/${tgz}` } } },
      _attachments: attachments,
    };
  }

  const put = (name: string, body: unknown) =>
    fetch(`${registry.url}${name.replace('/', '%2f')}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('records a valid bundle: subject, digest, signature and certificate identity; stores the version', async () => {
    const tarball = Buffer.from('a scoped tarball');
    const bundle = await sign(statement('pkg:npm/%40octo/signed@1.0.0', tarball));
    await registry.gate.configure({ provenanceIdentity: IDENTITY });
    const res = await put('@octo/signed', publishBody('@octo/signed', '1.0.0', tarball, bundle));
    expect(res.status).toBe(201);
    const [attempt] = await registry.gate.attempts();
    expect(attempt!.provenance).toEqual({
      present: true,
      version: '1.0.0',
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      subjectName: 'pkg:npm/%40octo/signed@1.0.0',
      subjectMatches: true,
      digestMatches: true,
      signatureValid: true,
      identity: IDENTITY,
      problems: [],
    });
    // Stored as npmjs stores it: off the tarball, named by dist.attestations, served on its own.
    const dist = (await registry.packument('@octo/signed'))?.versions?.['1.0.0']?.dist;
    expect(dist.attestations).toEqual({
      url: `${registry.url}-/npm/v1/attestations/@octo/signed@1.0.0`,
      provenance: { predicateType: 'https://slsa.dev/provenance/v1' },
    });
    const served = (await (await fetch(dist.attestations.url)).json()) as { attestations: Array<{ predicateType: string; bundle: unknown }> };
    expect(served.attestations).toEqual([{ predicateType: 'https://slsa.dev/provenance/v1', bundle }]);
    expect((await fetch(`${registry.url}-/npm/v1/attestations/plain-pkg@9.9.9`)).status).toBe(404);
  });

  it('a publish without a bundle has provenance null', async () => {
    const res = await put('plain-pkg', publishBody('plain-pkg', '1.0.0', Buffer.from('plain')));
    expect(res.status).toBe(201);
    expect((await registry.gate.attempts())[0]!.provenance).toBeNull();
  });

  it('answers 422 for another identity, a subject of another package or a digest of another tarball, and stores nothing', async () => {
    await registry.gate.configure({ provenanceIdentity: 'https://github.com/other/repo/.github/workflows/release.yml@refs/tags/v1' });
    const tarball = Buffer.from('tarball one');
    let res = await put('wrong-identity', publishBody('wrong-identity', '1.0.0', tarball, await sign(statement('pkg:npm/wrong-identity@1.0.0', tarball))));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toMatch(/^Error verifying sigstore provenance bundle: certificate identity/);

    await registry.gate.configure({ provenanceIdentity: IDENTITY });
    res = await put('wrong-subject', publishBody('wrong-subject', '1.0.0', tarball, await sign(statement('pkg:npm/other@1.0.0', tarball))));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toContain('provenance subject "pkg:npm/other@1.0.0" does not match the package');

    res = await put(
      'wrong-digest',
      publishBody('wrong-digest', '1.0.0', tarball, await sign(statement('pkg:npm/wrong-digest@1.0.0', Buffer.from('another tarball')))),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toContain('provenance subject digest does not match the package tarball');

    const attempts = await registry.gate.attempts();
    expect(attempts.map((a) => [a.package, a.provenance?.subjectMatches, a.provenance?.digestMatches, a.provenance?.signatureValid])).toEqual([
      ['wrong-identity', true, true, true],
      ['wrong-subject', false, true, true],
      ['wrong-digest', true, false, true],
    ]);
    for (const name of ['wrong-identity', 'wrong-subject', 'wrong-digest']) expect(await registry.packument(name)).toBeUndefined();
  });

  it("checks, as npmjs always does, that package.json's repository names the statement's source repository", async () => {
    await registry.gate.configure({ provenanceIdentity: null });
    const tarball = Buffer.from('repository check');
    const withSource = (purl: string) => {
      const parsed = JSON.parse(statement(purl, tarball).toString('utf8'));
      parsed.predicate = { buildDefinition: { externalParameters: { workflow: { repository: 'https://github.com/octo/repo' } } } };
      return Buffer.from(JSON.stringify(parsed));
    };
    const body = async (name: string, repository: unknown) => {
      const published = publishBody(name, '1.0.0', tarball, await sign(withSource(`pkg:npm/${name}@1.0.0`)));
      Object.assign(published.versions['1.0.0']!, repository === undefined ? {} : { repository });
      return published;
    };
    let res = await put('repo-elsewhere', await body('repo-elsewhere', { type: 'git', url: 'git+https://github.com/octo/other.git' }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toBe(
      'Error verifying sigstore provenance bundle: Failed to validate repository information: package.json: "repository.url" is "git+https://github.com/octo/other.git", expected to match "https://github.com/octo/repo" from provenance',
    );
    res = await put('repo-missing', await body('repo-missing', undefined));
    expect(res.status).toBe(422);
    res = await put('repo-same', await body('repo-same', 'git+https://github.com/Octo/Repo.git'));
    expect(res.status).toBeLessThan(300);
    expect(await registry.packument('repo-elsewhere')).toBeUndefined();
  });

  it('a bundle whose envelope was re-signed by nobody fails the signature check', async () => {
    const tarball = Buffer.from('tampered');
    const bundle = await sign(statement('pkg:npm/tampered@1.0.0', tarball));
    const sig = Buffer.from(bundle.dsseEnvelope!.signatures[0]!.sig, 'base64');
    sig[sig.length - 1] ^= 0xff;
    bundle.dsseEnvelope!.signatures[0]!.sig = sig.toString('base64');
    await registry.gate.configure({ provenanceIdentity: IDENTITY });
    const res = await put('tampered', publishBody('tampered', '1.0.0', tarball, bundle));
    expect(res.status).toBe(422);
    expect((await registry.gate.attempts())[0]!.provenance).toMatchObject({ signatureValid: false, subjectMatches: true, digestMatches: true });
  });

  it('visibility is public only for the packages configured so', async () => {
    await registry.gate.configure({ publicPackages: ['@octo/signed'] });
    const visibility = async (name: string) =>
      (await (await fetch(`${registry.url}-/package/${name.replace('/', '%2f')}/visibility`)).json()) as { public: boolean };
    expect(await visibility('@octo/signed')).toEqual({ public: true });
    expect(await visibility('plain-pkg')).toEqual({ public: false });
    await registry.gate.configure({ publicPackages: [] });
  });
});
