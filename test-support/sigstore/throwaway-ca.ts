// A throw-away certificate authority for tests that stand in for HTTPS hosts on loopback: a fresh
// root (EC P-256, valid for a day) and one server certificate signed by it for the given DNS names.
// A child process trusts the root through NODE_EXTRA_CA_CERTS (the file `caFile`), which Node
// reads at start-up; nothing is installed on the machine and the keys live only in this process
// and a temporary directory removed by `remove()`.
//
//   const ca = await createThrowawayCa(['fulcio.sigstore.dev']);
//   https.createServer({ cert: ca.certPem, key: ca.keyPem }, handler);
//   spawn(node, args, { env: { ...process.env, NODE_EXTRA_CA_CERTS: ca.caFile } });
// @peculiar/x509 (from @sigstore/mock) builds the certificates; its dependency injection wants
// the Reflect metadata polyfill loaded first, as @sigstore/mock loads it.
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ThrowawayCa {
  /** The root certificate (PEM), and the file holding it (for NODE_EXTRA_CA_CERTS). */
  caPem: string;
  caFile: string;
  /** The server certificate for the DNS names (PEM) and its private key (PKCS #8 PEM). */
  certPem: string;
  keyPem: string;
  hosts: string[];
  /** Removes the temporary directory of `caFile`. */
  remove(): void;
}

export async function createThrowawayCa(hosts: string[]): Promise<ThrowawayCa> {
  if (hosts.length === 0) throw new Error('a throw-away CA needs at least one host name');
  // @peculiar/x509 types its provider as the DOM's Crypto, which Node's webcrypto implements.
  const crypto = webcrypto as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[1];
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(Date.now() + DAY_MS);
  const rootKeys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const root = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: '01',
      name: 'CN=otp-publish throw-away test CA, O=otp-publish tests',
      notBefore,
      notAfter,
      signingAlgorithm: ALGORITHM,
      keys: rootKeys,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(rootKeys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  const leafKeys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const leaf = await x509.X509CertificateGenerator.create(
    {
      serialNumber: '02',
      subject: `CN=${hosts[0]}`,
      issuer: root.subject,
      notBefore,
      notAfter,
      signingAlgorithm: ALGORITHM,
      publicKey: leafKeys.publicKey,
      signingKey: rootKeys.privateKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
        new x509.SubjectAlternativeNameExtension(
          hosts.map((host) => ({ type: 'dns' as const, value: host })),
          false,
        ),
        await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', leafKeys.privateKey));
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PRIVATE KEY-----\n`;
  const caPem = `${root.toString('pem')}\n`;
  const certPem = `${leaf.toString('pem')}\n`;
  // Node's own parser must read both, and the leaf must chain to the root.
  if (!new X509Certificate(certPem).checkIssued(new X509Certificate(caPem))) throw new Error('throw-away CA: the server certificate does not chain');
  const dir = mkdtempSync(join(tmpdir(), 'otp-publish-ca-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, caPem, { mode: 0o600 });
  return { caPem, caFile, certPem, keyPem, hosts: [...hosts], remove: () => rmSync(dir, { recursive: true, force: true }) };
}
