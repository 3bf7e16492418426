// A stand-in for GitHub Actions' OIDC token service (what a job with `permissions: id-token: write`
// talks to), for tests of trusted publishing. Serves on 127.0.0.1:
//   GET /token?api-version=2.0&audience=AUD   (Authorization: Bearer <request token>) -> {"value": "<jwt>"}
//   GET /.well-known/openid-configuration, GET /.well-known/jwks
// Tokens are RS256, signed with a key pair made at start; `iss` is the double's own URL unless
// configured (e.g. `configure({ iss: GITHUB_ISSUER })`).
//
//   const gh = await startGitHubOidc({ repository: 'octo-org/octo-repo' });
//   spawn(..., { env: { ...process.env, ...gh.env } });   // what the runner sets
//   const claims = await verifyGitHubJwt(jwt, { jwks: gh.jwks, issuer: gh.issuer, audience: 'npm:127.0.0.1' });
//   await gh.stop();
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { listenOnLoopback } from '../loopback.js';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JSONWebKeySet, type JWK } from 'jose';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const ALG = 'RS256';
const TTL_SECONDS = 300;

/** The claims of a GitHub Actions ID token that trusted publishing looks at (ids are strings, as GitHub sends them). */
export interface GitHubOidcClaims {
  iss: string;
  aud: string;
  /** `repo:OWNER/REPO:ref:REF`, or `repo:OWNER/REPO:environment:NAME` when the job has an environment. */
  sub: string;
  /** `OWNER/REPO` */
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  /** Default 'private': with 'public', npm turns provenance on by itself (sigstore, needs the internet). */
  repository_visibility: 'private' | 'internal' | 'public';
  /** The calling workflow: `OWNER/REPO/.github/workflows/release.yml@REF` (what npm matches). */
  workflow_ref: string;
  /** The workflow the job runs (a reusable one when called): same form (what rubygems.org matches). */
  job_workflow_ref: string;
  job_workflow_sha: string;
  sha: string;
  /** `refs/tags/v1`, `refs/heads/main`, ... */
  ref: string;
  environment?: string;
  jti: string;
  iat: number;
  nbf: number;
  exp: number;
}

/** What a workflow run is: claims left out are derived (owner from repository, refs from ref, sub, ...). */
export type GitHubOidcOptions = Partial<Omit<GitHubOidcClaims, 'aud' | 'jti' | 'iat' | 'nbf' | 'exp'>>;

export interface TokenRequest {
  audience: string;
  /** Epoch milliseconds. */
  at: number;
  /** 200, or 401 for a wrong request token. */
  status: number;
}

/** Where to trust tokens from: what both registry doubles take in their `oidc` config. */
export interface JwtTrust {
  issuer: string;
  jwks?: JSONWebKeySet;
  publicJwk?: JWK;
}

export interface GitHubOidc {
  /** `http://127.0.0.1:N` */
  url: string;
  /** What the runner sets for a job with `id-token: write`; the URL already has a query (append `&audience=`). */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** The `iss` of the tokens (follows configure). */
  readonly issuer: string;
  publicJwk: JWK;
  /** `{ keys: [publicJwk] }`, as served at /.well-known/jwks. */
  jwks: JSONWebKeySet;
  /** Merges into the options of later tokens (a key set to undefined goes back to its default). */
  configure(partial: GitHubOidcOptions): void;
  /** GET /token calls so far, oldest first. */
  requests(): TokenRequest[];
  /** Signs a token for `aud` directly; `overrides` replace (or, when undefined, drop) claims, any type allowed. */
  mint(aud: string, overrides?: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

export async function startGitHubOidc(claims: GitHubOidcOptions = {}): Promise<GitHubOidc> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: randomBytes(8).toString('hex'), alg: ALG, use: 'sig' };
  const jwks: JSONWebKeySet = { keys: [publicJwk] };
  const requestToken = randomBytes(24).toString('base64url');
  const options: GitHubOidcOptions = { ...claims };
  const log: TokenRequest[] = [];
  let url = '';
  const issuer = () => options.iss ?? url;

  function claimsFor(aud: string): GitHubOidcClaims {
    const repository = options.repository ?? 'octo-org/octo-repo';
    const ref = options.ref ?? 'refs/tags/v1';
    const sha = options.sha ?? '0123456789abcdef0123456789abcdef01234567';
    const workflowRef = options.workflow_ref ?? `${repository}/.github/workflows/release.yml@${ref}`;
    const now = Math.floor(Date.now() / 1000);
    const derived: GitHubOidcClaims = {
      iss: issuer(),
      aud,
      sub: `repo:${repository}:${options.environment ? `environment:${options.environment}` : `ref:${ref}`}`,
      repository,
      repository_id: '100001',
      repository_owner: repository.split('/')[0]!,
      repository_owner_id: '200002',
      repository_visibility: 'private',
      workflow_ref: workflowRef,
      job_workflow_ref: workflowRef,
      job_workflow_sha: sha,
      sha,
      ref,
      jti: randomUUID(),
      iat: now,
      nbf: now,
      exp: now + TTL_SECONDS,
    };
    return { ...derived, ...withoutUndefined(options), aud };
  }

  async function mint(aud: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const payload = { ...claimsFor(aud), ...overrides };
    return new SignJWT(payload).setProtectedHeader({ alg: ALG, typ: 'JWT', kid: publicJwk.kid }).sign(privateKey);
  }

  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    const { pathname, searchParams } = new URL(req.url ?? '/', url);
    if (req.method !== 'GET') return send(405, { message: 'Method Not Allowed' });
    if (pathname === '/.well-known/jwks') return send(200, jwks);
    if (pathname === '/.well-known/openid-configuration') {
      return send(200, {
        issuer: issuer(),
        jwks_uri: `${url}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: Object.keys(claimsFor('x')),
        id_token_signing_alg_values_supported: [ALG],
        scopes_supported: ['openid'],
      });
    }
    if (pathname !== '/token') return send(404, { message: 'Not Found' });
    // Without an audience GitHub uses the owner's URL.
    const audience = searchParams.get('audience') ?? `https://github.com/${claimsFor('x').repository_owner}`;
    const ok = req.headers.authorization === `Bearer ${requestToken}`;
    log.push({ audience, at: Date.now(), status: ok ? 200 : 401 });
    if (!ok) return send(401, { message: 'Bad credentials' });
    mint(audience).then(
      (value) => send(200, { value }),
      (err: unknown) => send(500, { message: String(err) }),
    );
  });
  url = (await listenOnLoopback(server)).url;

  return {
    url,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    get issuer() {
      return issuer();
    },
    publicJwk,
    jwks,
    configure: (partial) => void Object.assign(options, partial),
    requests: () => [...log],
    mint,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Verifies signature (RS256/ES256), `iss`, `aud`, `exp` (required) and `nbf`, like a registry does;
 * rejects with jose's error otherwise. `currentDate` is the verifier's clock (default now).
 */
export async function verifyGitHubJwt(jwt: string, opts: JwtTrust & { audience: string; currentDate?: Date }): Promise<GitHubOidcClaims> {
  const keys = opts.jwks ?? (opts.publicJwk && { keys: [opts.publicJwk] });
  if (!keys) throw new Error('verifyGitHubJwt needs jwks or publicJwk');
  const { payload } = await jwtVerify(jwt, createLocalJWKSet(keys), {
    issuer: opts.issuer,
    audience: opts.audience,
    algorithms: ['RS256', 'ES256'],
    requiredClaims: ['exp'],
    currentDate: opts.currentDate,
  });
  return payload as unknown as GitHubOidcClaims;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
