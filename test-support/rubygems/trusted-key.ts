// A key made through the rubygems.org double's trusted-publishing exchange, as a release job gets one:
// a trusted publisher for the gem (octo-org/octo-repo, release.yml), a GitHub ID token minted on the
// real clock, the exchange. The key has no user.
import { expect } from 'vitest';
import { startGitHubOidc } from '../oidc/github-oidc.js';
import type { GemServer } from './server.js';

export async function exchangeTrustedKey(server: GemServer, gem: string): Promise<{ key: string; stop: () => Promise<void> }> {
  const gh = await startGitHubOidc({ repository: 'octo-org/octo-repo' });
  server.configure({ clockOffsetMs: 0, oidc: { issuer: gh.issuer, jwks: gh.jwks } });
  server.addTrustedPublisher(gem, {
    repository: 'octo-org/octo-repo',
    repository_owner_id: '200002',
    job_workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml',
  });
  const res = await fetch(`${server.url}/api/v1/oidc/trusted_publisher/exchange_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jwt: await gh.mint('127.0.0.1') }),
  });
  expect(res.status).toBe(201);
  const { rubygems_api_key: key } = (await res.json()) as { rubygems_api_key: string };
  return { key, stop: () => gh.stop() };
}
