// storeActionsSecret through the real @octokit/rest against the GitHub double, which decrypts each
// sealed value with its own private key: what is stored is exactly what was sealed.
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storeActionsSecret, type GitHubRequest, type SecretPlace } from '../../src/setup/github-secrets.js';
import { startGitHubServer, type GitHubServer } from '../../test-support/github/server.js';

const TOKEN = 'ghs_secretsTest';
let github: GitHubServer;
const requestWith = (token: string): GitHubRequest => {
  const quiet = () => undefined;
  const octokit = new Octokit({ auth: token, baseUrl: github.url, request: { retries: 0 }, log: { debug: quiet, info: quiet, warn: quiet, error: quiet } });
  return (route, parameters) => octokit.request(route, parameters);
};
const repoPlace: SecretPlace = { owner: 'octo-org', repo: 'octo-repo', name: 'NPM_TOTP_SECRET' };

beforeAll(async () => {
  github = await startGitHubServer({ token: TOKEN, repo: 'octo-org/octo-repo', environments: ['release'] });
});
afterAll(async () => github?.stop());
beforeEach(() => github.reset());

describe('storeActionsSecret', () => {
  it('creates, then updates, a repository secret sealed to its public key', async () => {
    expect(await storeActionsSecret(requestWith(TOKEN), repoPlace, 'FIRSTSECRETVALUE')).toEqual({ created: true });
    expect(await storeActionsSecret(requestWith(TOKEN), repoPlace, 'SECONDSECRETVAL')).toEqual({ created: false });
    expect(github.secrets().map(({ environment, name, value }) => ({ environment, name, value }))).toEqual([
      { environment: undefined, name: 'NPM_TOTP_SECRET', value: 'SECONDSECRETVAL' },
    ]);
  });

  it('stores an environment secret', async () => {
    await storeActionsSecret(requestWith(TOKEN), { ...repoPlace, environment: 'release' }, 'ENVSECRET');
    expect(github.secrets()).toMatchObject([{ environment: 'release', name: 'NPM_TOTP_SECRET', value: 'ENVSECRET' }]);
  });

  it('says what the token needs for 401, 403 and 404, without the value', async () => {
    const refused = (place = repoPlace, token = TOKEN) =>
      storeActionsSecret(requestWith(token), place, 'NEVERSHOWNVALUE').catch((error: Error) => error.message);
    const bad = await refused(repoPlace, 'ghs_wrong');
    expect(bad).toContain('GitHub refused the token (401');
    expect(await refused({ ...repoPlace, environment: 'nope' })).toContain(
      "environment 'nope' of octo-org/octo-repo was not found, or the token cannot see it (404)",
    );
    expect(await refused({ ...repoPlace, repo: 'other' })).toContain('octo-org/other was not found');
    github.configure({ forbidSecrets: true });
    const forbidden = await refused();
    expect(forbidden).toContain('the token may not manage the secrets of octo-org/octo-repo (403');
    for (const message of [bad, forbidden]) expect(message).not.toContain('NEVERSHOWNVALUE');
    expect(github.secrets()).toEqual([]);
  });

  it('refuses a name GitHub would refuse, before any request', async () => {
    await expect(storeActionsSecret(requestWith(TOKEN), { ...repoPlace, name: 'GITHUB_TOTP' }, 'x')).rejects.toThrow(
      "'GITHUB_TOTP' is not a name GitHub allows",
    );
    expect(github.requests()).toEqual([]);
  });
});
