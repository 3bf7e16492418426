import ky, { HTTPError } from 'ky';
import { OidcError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { escapePackageName } from '../registries/npm-names.js';
import { REQUEST_TIMEOUT_MS, withRetries, type RetryOptions } from '../registries/http.js';

/** What the runner gives a job with `permissions: id-token: write`. */
export interface OidcEnvironment {
  requestUrl: string;
  requestToken: string;
}

export function oidcFromEnv(env: NodeJS.ProcessEnv): OidcEnvironment | undefined {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return requestUrl && requestToken ? { requestUrl, requestToken } : undefined;
}

/** A registry answered that it has no trusted publisher for this package (or this workflow). */
export interface NotTrusted {
  notTrusted: string;
}

/** How the exchanges run their requests: the retry policy's clock and cap, and the log for waits and masks. */
export type ExchangeOptions = Omit<RetryOptions, 'what' | 'retries'> & { logger: Logger };

/** A GitHub Actions ID token for `audience`, masked before it is returned. */
export async function fetchIdToken(oidc: OidcEnvironment, audience: string, options: ExchangeOptions): Promise<string> {
  const { logger } = options;
  const url = new URL(oidc.requestUrl);
  url.searchParams.append('audience', audience);
  try {
    const body = await withRetries(
      () =>
        ky
          .get(url, { headers: { authorization: `Bearer ${oidc.requestToken}`, accept: 'application/json' }, timeout: REQUEST_TIMEOUT_MS, retry: 0 })
          .json<{ value?: string }>(),
      { ...options, what: 'asking GitHub for an ID token' },
    );
    if (!body.value) throw new Error('the answer has no "value"');
    logger.mask(body.value);
    return body.value;
  } catch (error) {
    throw new OidcError(`could not get an ID token for audience '${audience}' from GitHub: ${await describe(error)}`);
  }
}

/** npm: the ID token (audience `npm:<registry host>`) for a short-lived token that publishes this one package. */
export async function exchangeForNpm(registry: string, name: string, idToken: string, options: ExchangeOptions): Promise<{ token: string } | NotTrusted> {
  const { logger } = options;
  const url = new URL(`/-/npm/v1/oidc/token/exchange/package/${escapePackageName(name)}`, registry);
  try {
    const body = await withRetries(
      () => ky.post(url, { headers: { authorization: `Bearer ${idToken}` }, timeout: REQUEST_TIMEOUT_MS, retry: 0 }).json<{ token?: string }>(),
      { ...options, retries: 2, what: `the trusted-publishing exchange for ${name}` },
    );
    if (!body.token) throw new Error('the answer has no "token"');
    logger.mask(body.token);
    return { token: body.token };
  } catch (error) {
    if (error instanceof HTTPError && error.response.status === 404)
      return { notTrusted: `npm has no trusted publisher for ${name} (${await describe(error)})` };
    throw new OidcError(`npm refused the trusted-publishing exchange for ${name}: ${await describe(error)}`);
  }
}

/** RubyGems: the ID token (audience: the host) for an API key that pushes the publisher's gems for 15 minutes. */
export async function exchangeForRubygems(host: string, idToken: string, options: ExchangeOptions): Promise<{ key: string } | NotTrusted> {
  const { logger } = options;
  const url = `${host}/api/v1/oidc/trusted_publisher/exchange_token`;
  try {
    const body = await withRetries(
      () => ky.post(url, { json: { jwt: idToken }, timeout: REQUEST_TIMEOUT_MS, retry: 0 }).json<{ rubygems_api_key?: string }>(),
      { ...options, retries: 2, what: 'the RubyGems trusted-publishing exchange' },
    );
    if (!body.rubygems_api_key) throw new Error('the answer has no "rubygems_api_key"');
    logger.mask(body.rubygems_api_key);
    return { key: body.rubygems_api_key };
  } catch (error) {
    if (error instanceof HTTPError && error.response.status === 404)
      return { notTrusted: `RubyGems has no trusted publisher matching this workflow (${await describe(error)})` };
    throw new OidcError(`RubyGems refused the trusted-publishing exchange: ${await describe(error)}`);
  }
}

/** The claims of an ID token, read, never trusted (the registry and Fulcio verify the signature). */
export function idTokenClaims(idToken: string): Record<string, unknown> {
  const claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
  if (typeof claims !== 'object' || claims === null) throw new OidcError('the ID token has no claims');
  return claims as Record<string, unknown>;
}

/** What a registry's trusted publisher must name for this job, read from the ID token's claims. */
export function publisherHint(idToken: string): string {
  try {
    const claims = idTokenClaims(idToken);
    const workflow =
      String(claims.workflow_ref ?? '')
        .replace(/@.*$/, '')
        .split('/')
        .slice(2)
        .join('/') || '(unknown)';
    const environment = claims.environment ? `, environment '${String(claims.environment)}'` : ', no environment';
    return `repository '${String(claims.repository ?? '(unknown)')}', workflow '${workflow}'${environment}`;
  } catch {
    return 'the repository and workflow of this job';
  }
}

/** Status and the registry's message, never a token. */
async function describe(error: unknown): Promise<string> {
  if (error instanceof HTTPError) {
    const text = await error.response.text().catch(() => '');
    let message = text;
    try {
      const body = JSON.parse(text) as { message?: string; error?: string };
      message = body.message ?? body.error ?? text;
    } catch {
      // not JSON: keep the text
    }
    return `${error.response.status}${message ? ` ${message.slice(0, 200)}` : ''}`;
  }
  return errorMessage(error);
}
