// The provenance decision: auto as npm's CLI under trusted publishing, true as a requirement
// checked before any upload, publishConfig.provenance over auto.
import { describe, expect, it } from 'vitest';
import type { Credential } from '../../src/credentials/credential.js';
import { ProvenanceError } from '../../src/errors.js';
import { decideProvenance, normalizeRepository, type ProvenanceContext, signsWithToken } from '../../src/registries/npm-provenance.js';
import type { PackageTarget } from '../../src/registries/types.js';

const REPO = 'octo-org/octo-repo';
const GHA = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: REPO,
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?x=1',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req',
};
const oidc: Credential = { auth: 'oidc', token: 'npm_short' };
const token: Credential = { auth: 'token', token: 'npm_long' };

function target(manifest: Record<string, unknown> = {}): PackageTarget {
  const full = { name: '@o/p', version: '1.0.0', repository: { type: 'git', url: `git+https://github.com/${REPO}.git` }, ...manifest };
  return { registry: 'npm', name: '@o/p', version: '1.0.0', path: '/x', private: false, dependencies: [], manifest: full };
}

function context(overrides: Partial<ProvenanceContext> & { visibility?: string; public?: boolean } = {}): ProvenanceContext & { reads: string[] } {
  const reads: string[] = [];
  const { visibility = 'public', public: isPublic = true, ...rest } = overrides;
  return {
    mode: 'auto',
    credential: oidc,
    access: undefined,
    env: GHA,
    claims: async () => {
      reads.push('claims');
      return { repository: REPO, repository_visibility: visibility };
    },
    registrySaysPublic: async () => {
      reads.push('visibility');
      return isPublic;
    },
    reads,
    ...rest,
  };
}

describe('provenance: auto', () => {
  it('signs a public package published through OIDC from a public repository', async () => {
    expect(await decideProvenance(target(), context())).toEqual({ provenance: true, reason: 'provenance: auto: trusted publishing from a public repository' });
  });

  it('does not sign with a token, from a private repository, or a package the registry does not list as public', async () => {
    const withToken = context({ credential: token });
    expect((await decideProvenance(target(), withToken)).provenance).toBe(false);
    expect(withToken.reads).toEqual([]);
    expect(await decideProvenance(target(), context({ visibility: 'private' }))).toEqual({
      provenance: false,
      reason: 'provenance: auto, and the repository is private',
    });
    expect((await decideProvenance(target(), context({ public: false }))).reason).toMatch(/the package is not public/);
    expect((await decideProvenance(target(), context({ env: {} }))).reason).toMatch(/not GitHub Actions/);
  });

  it('access: public (input or publishConfig) counts as public without asking the registry', async () => {
    const viaInput = context({ public: false, access: 'public' });
    expect((await decideProvenance(target(), viaInput)).provenance).toBe(true);
    expect(viaInput.reads).toEqual(['claims', 'claims']);
    expect((await decideProvenance(target({ publishConfig: { access: 'public' } }), context({ public: false }))).provenance).toBe(true);
  });

  it('publishConfig.provenance wins: false never signs, true requires it even with a token', async () => {
    expect(await decideProvenance(target({ publishConfig: { provenance: false } }), context())).toEqual({
      provenance: false,
      reason: 'publishConfig.provenance: false',
    });
    expect(await decideProvenance(target({ publishConfig: { provenance: true } }), context({ credential: token }))).toEqual({
      provenance: true,
      reason: 'publishConfig.provenance: true',
    });
    await expect(decideProvenance(target({ publishConfig: { provenance: true } }), context({ visibility: 'private' }))).rejects.toThrow(
      '@o/p@1.0.0 cannot be published with provenance (publishConfig.provenance: true): npm accepts provenance only from public repositories, and octo-org/octo-repo is private; nothing was uploaded',
    );
  });
});

describe('provenance: true', () => {
  const required = (overrides: Parameters<typeof context>[0] = {}) => context({ mode: 'true', credential: token, ...overrides });

  it('signs with a token too', async () => {
    expect(await decideProvenance(target(), required())).toEqual({ provenance: true, reason: 'provenance: true' });
  });

  it.each([
    ['not on GitHub Actions', { env: {} }, /this job is not on GitHub Actions/, []],
    ['no id-token permission', { env: { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: REPO } }, /add 'permissions: id-token: write'/, []],
    ['a private repository', { visibility: 'private' }, /only from public repositories/, ['claims']],
    ['a private or new package', { public: false }, /set access: public/, ['claims', 'visibility']],
  ])('fails clearly for %s, reading only what it must', async (_name, overrides, message, reads) => {
    const ctx = required(overrides as Parameters<typeof context>[0]);
    const failure = await decideProvenance(target(), ctx).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProvenanceError);
    expect((failure as Error).message).toMatch(message);
    expect(ctx.reads).toEqual(reads);
  });

  it('fails when package.json names another repository, or none', async () => {
    await expect(decideProvenance(target({ repository: 'github:someone/else' }), required())).rejects.toThrow(
      /"repository.url" is github:someone\/else, but npm rejects provenance unless it matches https:\/\/github.com\/octo-org\/octo-repo/,
    );
    await expect(decideProvenance(target({ repository: undefined }), required())).rejects.toThrow(/package.json has no "repository"/);
  });
});

describe('provenance: false', () => {
  it('never signs and reads nothing', async () => {
    const ctx = context({ mode: 'false' });
    expect(await decideProvenance(target({ publishConfig: { provenance: true } }), ctx)).toEqual({ provenance: false, reason: 'provenance: false' });
    expect(ctx.reads).toEqual([]);
  });
});

describe('normalizeRepository', () => {
  it.each([
    'git+https://github.com/Octo-Org/octo-repo.git',
    'https://github.com/octo-org/octo-repo',
    'git://github.com/octo-org/octo-repo.git',
    'git@github.com:octo-org/octo-repo.git',
    'github:octo-org/octo-repo',
    'octo-org/octo-repo',
  ])('%s names https://github.com/octo-org/octo-repo', (url) => {
    expect(normalizeRepository(url)).toBe('https://github.com/octo-org/octo-repo');
  });
});

describe('signsWithToken (whether a token publish signs after getting its one-time password)', () => {
  it('agrees with decideProvenance for a token, for every mode and publishConfig.provenance', async () => {
    for (const mode of ['auto', 'true', 'false'] as const) {
      for (const own of [undefined, true, false]) {
        const pkg = target(own === undefined ? {} : { publishConfig: { provenance: own } });
        const decided = await decideProvenance(pkg, context({ mode, credential: token })).then(
          (decision) => decision.provenance,
          () => true, // required, and refused before any upload: asked to sign all the same
        );
        expect(signsWithToken(pkg, mode), `provenance: ${mode}, publishConfig.provenance: ${own}`).toBe(decided);
      }
    }
    expect(signsWithToken(target(), 'true')).toBe(true);
    expect(signsWithToken(target({ publishConfig: { provenance: true } }), 'auto')).toBe(true);
    expect(signsWithToken(target(), 'auto')).toBe(false);
  });
});
