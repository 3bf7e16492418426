// A stand-in for the public Sigstore services (Fulcio, Rekor and a timestamp authority), for tests of
// npm provenance. One HTTP server on 127.0.0.1 answers with sigstore's own mock handlers
// (@sigstore/mock), which the sigstore client accepts as it accepts the real services:
//   POST /api/v2/signingCert   Fulcio: a short-lived signing certificate for the OIDC token's identity
//   POST /api/v1/log/entries   Rekor: a transparency log entry (with inclusion proof and SET)
//   POST /api/v1/timestamp     TSA: an RFC 3161 timestamp
// The paths do not clash, so the three services share one base URL (no trailing slash), which is
// what sigstore's `attest`/`sign` take as `fulcioURL`, `rekorURL` and `tsaServerURL`.
//
// Identity: the Fulcio mock puts the SAN it is given into the certificate as a URI SAN. With
// `identity: 'github'` (the default) that is, as real Fulcio does for GitHub Actions tokens,
// `https://github.com/<job_workflow_ref>` (tokens without that claim keep the mock's own choice);
// with `identity: 'sub'` it is the mock's own choice: the token's `sub` claim ('NO-SUBJECT' without
// one). The mock decodes the ID token without checking its signature, issuer, audience or expiry.
//
//   const sigstore = await startSigstore();
//   const bundle = await attest(payload, 'application/vnd.in-toto+json', { ...sigstore.signOptions, identityToken });
//   await sigstore.verify(bundle);   // against this double's own trust material
//   await sigstore.stop();
import { createHash, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';
import { listenOnLoopback } from '../loopback.js';

export const FULCIO_PATH = '/api/v2/signingCert';
export const REKOR_PATH = '/api/v1/log/entries';
export const TSA_PATH = '/api/v1/timestamp';

/** The SAN claim the Fulcio handler reads when the identity is derived the GitHub way. */
const SAN_CLAIM = 'x_test_fulcio_san';

export type SigstoreService = 'fulcio' | 'rekor' | 'tsa';

export interface SigstoreRequest {
  service: SigstoreService | null;
  method: string;
  /** The path as received. */
  path: string;
  /** The status answered (0 while unanswered). */
  status: number;
  /** Arrival time, epoch milliseconds. */
  at: number;
}

export interface SigstoreConfig {
  /** The next N Fulcio requests answer 500 (the sigstore client retries 5xx twice by default). */
  failFulcio?: number;
  /** The next N Rekor requests answer 500. */
  failRekor?: number;
  /** The next N timestamp requests answer 500. */
  failTsa?: number;
}

export interface SigstoreOptions {
  /** How the certificate's URI SAN is chosen (see the header); default 'github'. */
  identity?: 'github' | 'sub';
}

/** The trust material of the double, in the JSON form of a Sigstore TrustedRoot (base64 bytes). */
export interface MockTrustedRoot {
  mediaType: string;
  certificateAuthorities: unknown[];
  tlogs: unknown[];
  ctlogs: unknown[];
  timestampAuthorities: unknown[];
}

export interface Sigstore {
  /** `http://127.0.0.1:N` (no trailing slash). */
  url: string;
  fulcioURL: string;
  rekorURL: string;
  tsaServerURL: string;
  /** `{ fulcioURL, rekorURL, tsaServerURL }`, to spread into sigstore's (or libnpmpublish's) options. */
  signOptions: { fulcioURL: string; rekorURL: string; tsaServerURL: string };
  /** Requests so far, oldest first. */
  requests(): SigstoreRequest[];
  /** Merges into the config (counters count down as requests fail); returns the whole config. */
  configure(partial: SigstoreConfig): Required<SigstoreConfig>;
  /** Clears requests and failure counters; keeps the keys, so earlier bundles still verify. */
  reset(): void;
  /** The Fulcio root certificate (DER). */
  fulcioRoot: Buffer;
  /** The trust material as a TrustedRoot JSON document. */
  trustedRoot(): MockTrustedRoot;
  /**
   * Verifies a bundle (JSON form) against this double's trust material with sigstore's own
   * verifier: signature, certificate chain, SCT, tlog entry (inclusion proof / SET) and timestamps.
   * `identity`, when given, must equal the certificate's SAN. Resolves with the signer's details;
   * rejects with sigstore's VerificationError.
   */
  verify(bundle: unknown, opts?: { data?: Buffer; identity?: string }): Promise<{ identity: string | undefined }>;
  stop(): Promise<void>;
}

const keyPair = (): { publicKey: KeyObject; privateKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

export async function startSigstore(options: SigstoreOptions = {}): Promise<Sigstore> {
  const identityMode = options.identity ?? 'github';
  const fulcioKeys = keyPair();
  const rekorKeys = keyPair();
  const tsaKeys = keyPair();
  const ctlog = await initializeCTLog(fulcioKeys);
  const ca = await initializeCA(fulcioKeys, ctlog);
  const fulcioMock = fulcioHandler(ca).fn;
  const fulcioGitHub = fulcioHandler(ca, { subjectClaim: SAN_CLAIM }).fn;
  const tsa = await initializeTSA(tsaKeys);
  // The mock stamps the current time with milliseconds, which DER writes without trailing zeros
  // (`.12Z`), and sigstore's verifier reads only three-digit fractions: whole seconds, as real TSAs
  // commonly stamp, keep every bundle verifiable.
  (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000);
  const tsaFn = tsaHandler(tsa).fn;
  // Rekor's checkpoints name the log by its host; the server must listen first to know it.
  const server = createServer((req, res) => void handle(req, res));
  const { url } = await listenOnLoopback(server);
  const tlog = await initializeTLog(url, rekorKeys);
  const rekorMock = rekorHandler(tlog).fn;

  const config: Required<SigstoreConfig> = { failFulcio: 0, failRekor: 0, failTsa: 0 };
  let log: SigstoreRequest[] = [];

  /** The Fulcio request, with the SAN claim added to the ID token when the GitHub rule applies. */
  function fulcio(body: string): ReturnType<HandlerFn> {
    if (identityMode !== 'github') return fulcioMock(body);
    let request: any;
    let claims: Record<string, unknown>;
    try {
      request = JSON.parse(body);
      const parts = String(request.credentials.oidcIdentityToken).split('.');
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
      if (typeof claims.job_workflow_ref !== 'string') return fulcioMock(body);
      parts[1] = Buffer.from(JSON.stringify({ ...claims, [SAN_CLAIM]: `https://github.com/${claims.job_workflow_ref}` })).toString('base64url');
      request.credentials.oidcIdentityToken = parts.join('.');
    } catch {
      return fulcioMock(body); // the mock answers 400 with its own message
    }
    return fulcioGitHub(JSON.stringify(request));
  }

  /** The Rekor request, a `dsse` entry turned into the form real Rekor stores (and verifiers compare). */
  function rekor(body: string): ReturnType<HandlerFn> {
    let stored: unknown;
    try {
      stored = storedDsseEntry(JSON.parse(body));
    } catch {
      stored = undefined;
    }
    return rekorMock(stored === undefined ? body : JSON.stringify(stored));
  }

  const routes: Record<string, { service: SigstoreService; fn: HandlerFn; fail: keyof SigstoreConfig }> = {
    [FULCIO_PATH]: { service: 'fulcio', fn: fulcio, fail: 'failFulcio' },
    [REKOR_PATH]: { service: 'rekor', fn: rekor, fail: 'failRekor' },
    [TSA_PATH]: { service: 'tsa', fn: tsaFn, fail: 'failTsa' },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const route = routes[new URL(path, url).pathname];
    const entry: SigstoreRequest = { service: route?.service ?? null, method: req.method ?? '', path, status: 0, at: Date.now() };
    log.push(entry);
    const send = (status: number, body: string | Buffer, contentType: string) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': contentType });
      res.end(body);
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!route) return send(404, JSON.stringify({ code: 404, message: 'Not Found' }), 'application/json');
    if (req.method !== 'POST') return send(405, JSON.stringify({ code: 405, message: 'Method Not Allowed' }), 'application/json');
    if (config[route.fail] > 0) {
      config[route.fail]--;
      return send(500, JSON.stringify({ code: 500, message: `${route.service} fault (test double)` }), 'application/json');
    }
    try {
      const { statusCode, response, contentType } = await route.fn(Buffer.concat(chunks).toString('utf8'));
      const body = typeof response === 'string' ? response : Buffer.from(response.buffer, response.byteOffset, response.byteLength);
      send(statusCode, body, contentType ?? 'text/plain');
    } catch (err) {
      send(500, JSON.stringify({ code: 500, message: String(err) }), 'application/json');
    }
  }

  const fulcioRoot = Buffer.from(ca.rootCertificate.buffer, ca.rootCertificate.byteOffset, ca.rootCertificate.byteLength);
  const der = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);

  function trustedRoot(): MockTrustedRoot {
    const forever = { start: '1970-01-01T00:00:00Z' };
    const b64 = (bytes: Buffer) => bytes.toString('base64');
    return {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: url,
          certChain: { certificates: [{ rawBytes: b64(fulcioRoot) }] },
          validFor: forever,
        },
      ],
      tlogs: [
        {
          baseUrl: url,
          hashAlgorithm: 'SHA2_256',
          publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: forever },
          logId: { keyId: b64(logIdOf(tlog.publicKey)) },
        },
      ],
      ctlogs: [
        {
          baseUrl: url,
          hashAlgorithm: 'SHA2_256',
          publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: forever },
          logId: { keyId: b64(der(ctlog.logID)) },
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'tsa' },
          uri: url,
          certChain: { certificates: [{ rawBytes: b64(der(tsa.intCertificate)) }, { rawBytes: b64(der(tsa.rootCertificate)) }] },
          validFor: forever,
        },
      ],
    };
  }

  async function verify(bundle: unknown, opts: { data?: Buffer; identity?: string } = {}) {
    const [{ bundleFromJSON }, verifyLib, { TrustedRoot }] = await Promise.all([
      import('@sigstore/bundle'),
      import('@sigstore/verify'),
      import('@sigstore/protobuf-specs'),
    ]);
    const trust = verifyLib.toTrustMaterial(TrustedRoot.fromJSON(trustedRoot()));
    const verifier = new verifyLib.Verifier(trust, { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 });
    const entity = verifyLib.toSignedEntity(bundleFromJSON(bundle), opts.data);
    const signer = verifier.verify(entity, opts.identity ? { subjectAlternativeName: opts.identity } : {});
    return { identity: signer.identity?.subjectAlternativeName };
  }

  const signOptions = { fulcioURL: url, rekorURL: url, tsaServerURL: url };
  return {
    url,
    ...signOptions,
    signOptions,
    requests: () => log.map((entry) => ({ ...entry })),
    configure(partial) {
      for (const [key, value] of Object.entries(partial)) {
        if (!(key in config)) throw new Error(`unknown sigstore double option: ${key}`);
        if (!Number.isInteger(value) || (value as number) < 0) throw new Error(`${key} must be a whole number`);
        config[key as keyof SigstoreConfig] = value as number;
      }
      return { ...config };
    },
    reset() {
      log = [];
      Object.assign(config, { failFulcio: 0, failRekor: 0, failTsa: 0 });
    },
    fulcioRoot,
    trustedRoot,
    verify,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Real Rekor does not store a proposed `dsse` 0.0.1 entry as sent: it keeps the envelope's and the
 * payload's SHA-256 and the signatures with their verifiers (what sigstore's verifier compares with
 * the bundle). The mock logs what it gets, so the entry is rewritten first; other kinds stay as sent.
 */
function storedDsseEntry(entry: any): unknown {
  if (entry?.kind !== 'dsse' || entry.apiVersion !== '0.0.1' || !entry.spec?.proposedContent) return undefined;
  const { envelope, verifiers } = entry.spec.proposedContent as { envelope: string; verifiers: string[] };
  const parsed = JSON.parse(envelope) as { payload: string; signatures: Array<{ sig: string }> };
  const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(parsed.payload, 'base64')) },
      signatures: parsed.signatures.map((sig, i) => ({ signature: sig.sig, verifier: verifiers[i] ?? verifiers[0] })),
    },
  };
}

/** Rekor's log id: the SHA-256 of its DER public key. */
function logIdOf(spki: Buffer): Buffer {
  return createHash('sha256').update(spki).digest();
}

/** The certificate's first URI SAN, or null (a DER certificate in base64 or as bytes). */
export function certificateIdentity(cert: Buffer | string): string | null {
  const x509 = new X509Certificate(typeof cert === 'string' ? Buffer.from(cert, 'base64') : cert);
  const match = /(?:^|, )URI:([^,]+)/.exec(x509.subjectAltName ?? '');
  return match ? match[1]! : null;
}
