import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { readdir, readFile } from 'node:fs/promises';
import { nerfDart } from '../credentials/npmrc.js';
import type { ManifestAs } from '../workspace/packer.js';
import type { SigstoreEndpoints } from './npm-provenance.js';

export interface UploadOptions {
  /** Registry URL with a trailing slash. */
  registry: string;
  token: string;
  otp: string | undefined;
  tag: string | undefined;
  access: 'public' | 'restricted' | undefined;
  timeoutMs: number;
  /** The manifest the package manager publishes, when it is not package.json as written (it is in the tarball too). */
  publishManifest?: Readonly<Record<string, unknown>>;
  /** How the package manager that packed the tarball sends `publishManifest` (see ManifestAs); without it, as `npm publish` sends package.json. */
  manifestAs?: ManifestAs;
  /** Sign a provenance statement with sigstore and attach it to the upload (libnpmpublish's own provenance). */
  provenance?: { identityToken: string } & SigstoreEndpoints;
  /** Stage the version (npm's staged publishing: `POST /-/stage/package/<name>`, no code) instead of releasing it. */
  stage?: boolean;
}

/** npm's publishing library, loaded on first use so that a run which publishes nothing does not pay for it at start. */
export const loadPublisher = () => Promise.all([import('libnpmpublish'), import('@npmcli/package-json')]);

/**
 * Uploads a package's tarball with npm's own publishing library, in this process: one
 * PUT, carrying the code in `npm-otp` when given, never retried by the library (the action
 * decides retries after reading the registry). With `provenance`, libnpmpublish builds the SLSA
 * statement from the runner's GITHUB_* variables and signs it with the given `sigstore` ID token
 * before that PUT. With `stage`, the same body is POSTed to the staging area and the registry's
 * stage id is returned. Throws npm-registry-fetch's errors (`code` EOTP,
 * E409, E5xx, ECONNRESET, ...).
 */
export async function uploadTarball(dir: string, tarball: string, options: UploadOptions): Promise<{ stageId?: string }> {
  const [{ publish }] = await loadPublisher();
  const data = await readFile(tarball);
  const manifest = await uploadManifest(dir, data, options);
  // As `npm publish`: the input wins, then the package's publishConfig; no access means the registry's default.
  const publishConfig = (manifest.publishConfig ?? {}) as { access?: string; tag?: string };
  const res = await publish(manifest, data, {
    registry: options.registry,
    [`${nerfDart(options.registry)}:_authToken`]: options.token,
    ...(options.otp ? { otp: options.otp } : {}),
    access: options.access ?? publishConfig.access ?? null,
    defaultTag: options.tag ?? publishConfig.tag ?? 'latest',
    retry: { retries: 0 },
    timeout: options.timeoutMs,
    npmCommand: 'publish',
    ...(options.provenance ? { provenance: true, ...options.provenance } : {}),
    ...(options.stage ? { stage: true, npmCommand: 'stage' } : {}),
  });
  const stageId = (res as { stageId?: unknown } | undefined)?.stageId;
  return typeof stageId === 'string' ? { stageId } : {};
}

/** The manifest sent with the upload, as the client that packed the tarball sends it. */
async function uploadManifest(dir: string, tarball: Buffer, options: UploadOptions): Promise<Record<string, unknown>> {
  const { manifestAs, publishManifest } = options;
  if (!publishManifest || manifestAs === undefined) return preparedByNpm(dir, publishManifest);
  if (manifestAs === 'npm-tarball') {
    // `npm publish <tarball>` reads the manifest from the tarball: no commit to record.
    const { gitHead: _gitHead, ...manifest } = await preparedByNpm(dir, publishManifest);
    return manifest;
  }
  const manifest = structuredClone(publishManifest) as Record<string, unknown>;
  if (manifestAs === 'packed') return manifest;
  if (manifestAs === 'yarn') {
    const head = await gitHead(dir);
    return head ? { ...manifest, gitHead: head } : manifest;
  }
  // bun: the tarball's checksums beside the manifest's fields, and the README's file name.
  const readme = (await readdir(dir)).find((file) => /^readme(\.[^.]+)?$/i.test(file));
  return {
    ...manifest,
    integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
    shasum: createHash('sha1').update(tarball).digest('hex'),
    ...(readme ? { readmeFilename: readme } : {}),
  };
}

/** The commit checked out at `dir`, as yarn records it (`git rev-parse --revs-only HEAD`); undefined outside git. */
async function gitHead(dir: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--revs-only', 'HEAD'], { cwd: dir });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The manifest `npm publish` sends: package.json fixed and prepared (bin, readme, gitHead, ...),
 * read after packing, as npm does, in case a pack script changed it.
 */
async function preparedByNpm(dir: string, publishManifest: Readonly<Record<string, unknown>> | undefined): Promise<Record<string, unknown>> {
  const [, { default: PackageJson }] = await loadPublisher();
  const read = await new PackageJson().load(dir, true);
  if (publishManifest) read.fromContent(structuredClone(publishManifest) as Record<string, unknown>);
  return (await (await read.fix()).prepare()).content;
}
