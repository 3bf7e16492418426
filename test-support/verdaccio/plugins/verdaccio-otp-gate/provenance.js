'use strict';
// Reads the npm provenance of a publish: the Sigstore bundle npm attaches to the upload as
// `_attachments['<name>-<version>.sigstore']` (`content_type` = the bundle's mediaType, `data` = the
// bundle JSON as a string). Checks what the registry checks about the package, not the trust chain:
// - the DSSE envelope's payload is an in-toto statement with exactly one subject, named by the
//   package version's purl (`pkg:npm/<name>@<version>`, a scope's `@` written `%40`), whose
//   `digest.sha512` (hex) is the SHA-512 of the tarball attachment, which is also `dist.integrity`;
// - the envelope's signature verifies with the public key of the bundle's signing certificate;
// - the bundle has a transparency log entry;
// - (when asked) the certificate's URI SAN is the expected identity.
// The certificate chain, SCTs, inclusion proofs and timestamps are not verified here.

const { createHash, verify: verifySignature, X509Certificate } = require('node:crypto');

const SIGSTORE_SUFFIX = '.sigstore';
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\.v[0-9.]+)?\+json(;version=[0-9.]+)?$/;

/** npm-package-arg's toPurl for the public registry: `pkg:npm/%40scope/name@1.0.0`. */
function purl(name, version) {
  return `pkg:npm/${String(name).replace(/^@/, '%40')}@${version}`;
}

/** The first URI SAN of a DER certificate, or null. */
function uriSan(cert) {
  const match = /(?:^|, )URI:([^,]+)/.exec(cert.subjectAltName || '');
  return match ? match[1] : null;
}

/** DSSE pre-authentication encoding (what the envelope's signature signs). */
function preAuthEncoding(payloadType, payload) {
  const prefix = `DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `;
  return Buffer.concat([Buffer.from(prefix, 'ascii'), payload]);
}

/** `sha512-<base64>` -> hex, or null when the integrity has no sha512 part. */
function integritySha512(integrity) {
  const match = /(?:^|\s)sha512-([A-Za-z0-9+/=]+)/.exec(String(integrity || ''));
  return match ? Buffer.from(match[1], 'base64').toString('hex') : null;
}

/**
 * The provenance of a publish body (`{ name, versions, _attachments }`): null when it carries no
 * `.sigstore` attachment, otherwise
 *   { present: true, version, mediaType, subjectName, subjectMatches, digestMatches, signatureValid,
 *     identity, problems }
 * `problems` lists every check that failed, in words (empty when all passed). With
 * `opts.expectedIdentity`, a certificate SAN that differs is a problem too. Never throws.
 */
function checkProvenance(body, opts = {}) {
  const attachments = (body && typeof body === 'object' && body._attachments) || {};
  const bundleKeys = Object.keys(attachments).filter((key) => key.endsWith(SIGSTORE_SUFFIX));
  if (bundleKeys.length === 0) return null;

  const problems = [];
  const result = {
    present: true,
    version: null,
    mediaType: null,
    subjectName: null,
    subjectMatches: false,
    digestMatches: false,
    signatureValid: false,
    identity: null,
    problems,
  };
  const name = body.name;
  const versions = Object.keys(body.versions || {});
  if (versions.length !== 1) problems.push(`the publish has ${versions.length} versions, expected 1`);
  const version = versions[0] ?? null;
  result.version = version;
  const base = `${name}-${version}`;
  if (bundleKeys.length > 1) problems.push(`more than one provenance bundle attached: ${bundleKeys.join(', ')}`);
  if (!bundleKeys.includes(base + SIGSTORE_SUFFIX)) {
    problems.push(`provenance attachment ${JSON.stringify(bundleKeys[0])} is not named ${JSON.stringify(base + SIGSTORE_SUFFIX)}`);
  }
  const attachment = attachments[bundleKeys.includes(base + SIGSTORE_SUFFIX) ? base + SIGSTORE_SUFFIX : bundleKeys[0]];

  let bundle;
  try {
    bundle = typeof attachment.data === 'string' ? JSON.parse(attachment.data) : attachment.data;
    if (!bundle || typeof bundle !== 'object') throw new Error('not a JSON object');
  } catch (err) {
    problems.push(`the provenance bundle is not JSON: ${err.message}`);
    return result;
  }
  result.mediaType = bundle.mediaType ?? null;
  if (!BUNDLE_MEDIA_TYPE.test(String(bundle.mediaType))) problems.push(`unsupported bundle mediaType ${JSON.stringify(bundle.mediaType)}`);
  if (attachment.content_type !== bundle.mediaType) {
    problems.push(`attachment content_type ${JSON.stringify(attachment.content_type)} is not the bundle's mediaType`);
  }

  // Signing certificate (v0.3 bundles: certificate; older ones: x509CertificateChain).
  const material = bundle.verificationMaterial || {};
  const rawCert = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates?.[0]?.rawBytes;
  let cert = null;
  if (!rawCert) problems.push('the bundle has no signing certificate');
  else {
    try {
      cert = new X509Certificate(Buffer.from(rawCert, 'base64'));
      result.identity = uriSan(cert);
      if (!result.identity) problems.push('the signing certificate has no URI SAN');
    } catch (err) {
      problems.push(`the signing certificate cannot be read: ${err.message}`);
    }
  }
  if (opts.expectedIdentity && result.identity !== opts.expectedIdentity) {
    problems.push(`certificate identity ${JSON.stringify(result.identity)} does not match the expected ${JSON.stringify(opts.expectedIdentity)}`);
  }
  if (!Array.isArray(material.tlogEntries) || material.tlogEntries.length === 0) problems.push('the bundle has no transparency log entry');

  // DSSE envelope and its in-toto statement.
  const envelope = bundle.dsseEnvelope;
  if (!envelope || typeof envelope.payload !== 'string') {
    problems.push('no dsseEnvelope with payload found in the bundle');
    return result;
  }
  const payload = Buffer.from(envelope.payload, 'base64');
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) problems.push(`unexpected payloadType ${JSON.stringify(envelope.payloadType)}`);
  const sig = envelope.signatures?.[0]?.sig;
  if (!sig) problems.push('the DSSE envelope has no signature');
  else if (cert) {
    try {
      result.signatureValid = verifySignature('sha256', preAuthEncoding(String(envelope.payloadType), payload), cert.publicKey, Buffer.from(sig, 'base64'));
    } catch {
      result.signatureValid = false;
    }
    if (!result.signatureValid) problems.push('the DSSE signature does not verify with the signing certificate');
  }

  let statement;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch (err) {
    problems.push(`failed to parse the DSSE payload: ${err.message}`);
    return result;
  }
  const subjects = Array.isArray(statement?.subject) ? statement.subject : [];
  if (subjects.length !== 1) problems.push(`the statement has ${subjects.length} subjects, expected 1`);
  const subject = subjects[0] || {};
  result.subjectName = typeof subject.name === 'string' ? subject.name : null;
  const expectedName = purl(name, version);
  result.subjectMatches = result.subjectName === expectedName;
  if (!result.subjectMatches) {
    problems.push(`provenance subject ${JSON.stringify(result.subjectName)} does not match the package: ${JSON.stringify(expectedName)}`);
  }

  const tarball = attachments[`${base}.tgz`];
  const subjectDigest = typeof subject.digest?.sha512 === 'string' ? subject.digest.sha512.toLowerCase() : null;
  const fromIntegrity = integritySha512(body.versions?.[version]?.dist?.integrity);
  let tarballDigest = null;
  if (!tarball || typeof tarball.data !== 'string') problems.push(`no tarball attachment ${JSON.stringify(`${base}.tgz`)}`);
  else tarballDigest = createHash('sha512').update(Buffer.from(tarball.data, 'base64')).digest('hex');
  if (tarballDigest && fromIntegrity && tarballDigest !== fromIntegrity) problems.push('dist.integrity is not the sha512 of the tarball');
  result.digestMatches = subjectDigest !== null && tarballDigest !== null && subjectDigest === tarballDigest;
  if (!result.digestMatches) problems.push('provenance subject digest does not match the package tarball');
  // Set only when the repository does not match (npmjs refuses such a bundle whatever else is asked).
  const repository = repositoryProblem(body.versions?.[version]?.repository, statement);
  if (repository) {
    result.repositoryProblem = repository;
    problems.push(repository);
  }
  return result;
}

/** `git+https://github.com/o/r.git` and `https://github.com/O/R` alike: the https URL, lower case, without `.git`. */
function repositoryUrl(value) {
  const url = typeof value === 'string' ? value : value?.url;
  if (typeof url !== 'string' || !url) return '';
  return url
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/^git@github\.com:/, 'https://github.com/')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/**
 * What npmjs checks of a package with provenance: its package.json `repository` names the source
 * repository of the statement (SLSA v1 `buildDefinition.externalParameters.workflow.repository`).
 * npmjs words the refusal this way (as npm prints it); null when they match.
 */
function repositoryProblem(manifestRepository, statement) {
  const source = statement?.predicate?.buildDefinition?.externalParameters?.workflow?.repository;
  if (typeof source !== 'string') return null;
  const declared = typeof manifestRepository === 'string' ? manifestRepository : (manifestRepository?.url ?? '');
  if (repositoryUrl(manifestRepository) === repositoryUrl(source)) return null;
  return `Failed to validate repository information: package.json: "repository.url" is "${declared}", expected to match "${source}" from provenance`;
}

module.exports = { checkProvenance, purl };
