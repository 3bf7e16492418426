// Trusted publishing for the rubygems.org double (server.ts):
//   POST /api/v1/oidc/trusted_publisher/exchange_token   {"jwt": "<GitHub ID token>"}
// Checks and answers follow rubygems.org's Api::V1::OIDC::TrustedPublisherController, JwtValidation and
// OIDC::TrustedPublisher::GitHubAction: a malformed JWT, or one without integer nbf/iat/exp or string
// iss/jti, answers 400 {"error"}; an unknown issuer, bad signature, wrong time or aud, or no matching
// publisher answers 404; else 201 {rubygems_api_key, name, scopes, expires_at}, a key that pushes the
// matching publishers' gems for 15 minutes without OTP. (`gem` is left out, as rubygems.org's
// `.compact` drops it for publisher-owned keys.)
import { randomBytes } from 'node:crypto';
import { decodeJwt, type JWTPayload } from 'jose';
import { verifyGitHubJwt, type JwtTrust } from '../oidc/github-oidc.js';

export interface GemOidcConfig extends JwtTrust {
  /** Expected `aud`; default the server's host without port (`127.0.0.1`), as rubygems.org wants its own host. */
  audience?: string;
}

/** A GitHub Actions trusted publisher of one gem (the gem need not exist yet, like a pending publisher). */
export interface GemTrustedPublisher {
  /** `OWNER/REPO` */
  repository: string;
  /** GitHub's id of the owner, a string like the claim. */
  repository_owner_id: string;
  /** `OWNER/REPO/.github/workflows/release.yml`, without `@REF`: the `job_workflow_ref` claim must be
   *  this plus `@` and the token's `ref` or `sha` (not `workflow_ref`: a reusable workflow counts). */
  job_workflow_ref: string;
  /** When set, the `environment` claim must equal it. */
  environment?: string;
}

/** One exchange request. */
export interface GemExchange {
  status: number;
  /** Why it was refused (the 404 body does not say), or the key's name. */
  detail: string;
  /** Gems the key may push. */
  gems: string[];
  /** Epoch milliseconds (real clock). */
  at: number;
}

/** An exchanged API key. */
export interface TrustedKey {
  key: string;
  /** `GitHub Actions OWNER/REPO @ .github/workflows/FILE [(ENV)] <iat>` */
  name: string;
  gems: Set<string>;
  /** Epoch milliseconds on the server's clock. */
  expiresAt: number;
}

const KEY_TTL_MS = 15 * 60_000;

export function createGemOidc(server: { config: () => GemOidcConfig | null; now: () => number; host: () => string }) {
  const publishers: Array<{ gem: string; publisher: GemTrustedPublisher }> = [];
  const keys = new Map<string, TrustedKey>();
  let exchanges: GemExchange[] = [];

  function reply(status: number, body: object, detail: string, gems: string[] = []) {
    exchanges.push({ status, detail, gems, at: Date.now() });
    return { status, body: JSON.stringify(body), json: true };
  }
  const badRequest = (error: string) => reply(400, { error }, error);
  const notFound = (why: string) => reply(404, { error: 'Not Found' }, why);

  async function exchange(raw: Buffer) {
    let jwt: unknown;
    try {
      jwt = JSON.parse(raw.toString('utf8') || '{}').jwt;
    } catch {
      return badRequest('Error occurred while parsing request parameters');
    }
    if (typeof jwt !== 'string' || jwt === '') return badRequest('param is missing or the value is empty: jwt');
    let claims: JWTPayload;
    try {
      claims = decodeJwt(jwt);
    } catch (err) {
      return badRequest((err as Error).message);
    }
    for (const claim of ['nbf', 'iat', 'exp']) if (!Number.isInteger(claims[claim])) return badRequest(`Missing/invalid ${claim}`);
    for (const claim of ['iss', 'jti']) if (typeof claims[claim] !== 'string') return badRequest(`Missing/invalid ${claim}`);

    const config = server.config();
    if (!config || config.issuer !== claims.iss) return notFound(`unknown issuer ${claims.iss}`);
    try {
      const audience = config.audience ?? server.host();
      await verifyGitHubJwt(jwt, { ...config, audience, currentDate: new Date(server.now()) });
    } catch (err) {
      return notFound((err as Error).message);
    }
    const matching = publishers.filter(({ publisher }) => matches(publisher, claims));
    if (matching.length === 0) return notFound('no trusted publisher matches the claims');

    const { publisher } = matching[0]!;
    const env = publisher.environment ? ` (${publisher.environment})` : '';
    const workflow = publisher.job_workflow_ref.slice(publisher.repository.length + 1);
    const iat = new Date(claims.iat! * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const key: TrustedKey = {
      key: `rubygems_${randomBytes(24).toString('hex')}`,
      name: `GitHub Actions ${publisher.repository} @ ${workflow}${env} ${iat}`,
      gems: new Set(matching.map((m) => m.gem)),
      expiresAt: server.now() + KEY_TTL_MS,
    };
    keys.set(key.key, key);
    const body = { rubygems_api_key: key.key, name: key.name, scopes: ['push_rubygem'], expires_at: new Date(key.expiresAt).toISOString() };
    return reply(201, body, key.name, [...key.gems]);
  }

  return {
    exchange,
    addTrustedPublisher(gem: string, publisher: GemTrustedPublisher) {
      if (publisher.job_workflow_ref.includes('@')) {
        throw new Error("give job_workflow_ref without @REF: it is matched at the token's ref or sha");
      }
      publishers.push({ gem, publisher: { ...publisher } });
    },
    /** The trusted publishers of `gem` with their ids (1, 2, ... in the order added), oldest first. */
    publishersOf: (gem: string) => publishers.flatMap((p, i) => (p.gem === gem ? [{ id: i + 1, publisher: { ...p.publisher } }] : [])),
    /** The exchanged key, unless unknown or expired. */
    keyFor(key: string | undefined): TrustedKey | undefined {
      const found = key === undefined ? undefined : keys.get(key);
      return found && found.expiresAt > server.now() ? found : undefined;
    },
    exchanges: () => [...exchanges],
    reset: () => {
      exchanges = [];
    },
  };
}

/** GitHubAction.for_claims plus its access policy (repository, owner id, environment, job_workflow_ref). */
function matches(publisher: GemTrustedPublisher, claims: JWTPayload): boolean {
  const refs = [claims.ref, claims.sha].filter((r): r is string => typeof r === 'string' && r !== '');
  return (
    claims.repository === publisher.repository &&
    claims.repository_owner_id === publisher.repository_owner_id &&
    (publisher.environment === undefined || claims.environment === publisher.environment) &&
    refs.some((ref) => claims.job_workflow_ref === `${publisher.job_workflow_ref}@${ref}`)
  );
}
