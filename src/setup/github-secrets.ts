import sodium from 'libsodium-wrappers';
import { GitHubSecretError } from '../errors.js';

/** Where a secret goes: a repository's Actions secrets, or those of one of its environments. */
export interface SecretPlace {
  owner: string;
  repo: string;
  environment?: string;
  name: string;
}

/** The few GitHub REST calls this needs: octokit's `request` fits. */
export type GitHubRequest = (route: string, parameters: Record<string, unknown>) => Promise<{ status: number; data: unknown }>;

/** GitHub's rule for secret names; a bad one fails before anything is asked of the API. */
export const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]*$/i;

function where(place: SecretPlace): string {
  return place.environment ? `environment '${place.environment}' of ${place.owner}/${place.repo}` : `${place.owner}/${place.repo}`;
}

/** What the token needs, said for each status GitHub refuses with. */
function refusal(status: number | undefined, place: SecretPlace, detail: string): GitHubSecretError {
  const need = `a fine-grained token with 'Secrets: read and write' on the repository${place.environment ? " (and 'Environments: read')" : ''}, or a classic token with the 'repo' scope`;
  if (status === 401) return new GitHubSecretError(`GitHub refused the token (401 ${detail}); set GH_TOKEN or GITHUB_TOKEN to a valid token: ${need}`);
  if (status === 403) return new GitHubSecretError(`the token may not manage the secrets of ${where(place)} (403 ${detail}); it needs ${need}`);
  if (status === 404)
    return new GitHubSecretError(`${where(place)} was not found, or the token cannot see it (404); check the name, and that the token has ${need}`);
  return new GitHubSecretError(`GitHub answered ${status ?? 'nothing'} for the secrets of ${where(place)}: ${detail}`);
}

/** The sealed box GitHub asks for: the value encrypted to the repository's (or environment's) public key. */
export async function sealForGitHub(value: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready;
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  return sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(value), key), sodium.base64_variants.ORIGINAL);
}

/**
 * Stores `value` as an Actions secret: GET the public key, seal the value to it (libsodium), PUT.
 * With `dryRun`, everything but the PUT. Returns whether the secret was created (false: replaced,
 * or a dry run). Never puts the value in a message.
 */
export async function storeActionsSecret(request: GitHubRequest, place: SecretPlace, value: string, dryRun = false): Promise<{ created: boolean }> {
  if (!SECRET_NAME.test(place.name))
    throw new GitHubSecretError(`'${place.name}' is not a name GitHub allows for a secret: letters, digits and _, not starting with a digit or GITHUB_`);
  const base = place.environment ? 'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets' : 'GET /repos/{owner}/{repo}/actions/secrets';
  const parameters = { owner: place.owner, repo: place.repo, ...(place.environment ? { environment_name: place.environment } : {}) };
  const call = async (route: string, extra: Record<string, unknown> = {}) => {
    try {
      return await request(route, { ...parameters, ...extra });
    } catch (error) {
      const { status, message } = error as { status?: number; message?: string };
      throw refusal(status, place, (message ?? String(error)).split('\n')[0]!);
    }
  };
  const { data } = await call(`${base}/public-key`);
  const { key, key_id } = (data ?? {}) as { key?: string; key_id?: string };
  if (!key || !key_id) throw new GitHubSecretError(`GitHub sent no public key for the secrets of ${where(place)}`);
  const encrypted = await sealForGitHub(value, key);
  if (dryRun) return { created: false };
  const put = await call(`${base.replace(/^GET/, 'PUT')}/{secret_name}`, { secret_name: place.name, encrypted_value: encrypted, key_id });
  return { created: put.status === 201 };
}
