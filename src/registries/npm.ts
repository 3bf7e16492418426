import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import pLimit from 'p-limit';
import { tokenOf } from '../credentials/credential.js';
import { childEnv } from '../credentials/child-env.js';
import { NPM_TOKEN_ENV } from '../credentials/npmrc.js';
import { CommandTimeoutError, ManifestError, ProvenanceError, errorMessage } from '../errors.js';
import { idTokenClaims } from '../credentials/oidc.js';
import type { Logger } from '../logger.js';
import { runCommand } from '../process.js';
import { readVisibility } from './npm-admin.js';
import { readExistence } from './npm-existence.js';
import { withSlash } from './npm-names.js';
import { listStaged } from './npm-stage.js';
import { classifyNpmError, classifyNpmPublish } from './npm-output.js';
import { packWithNpm } from './npm-pack.js';
import { loadPacker, manifestText, packInProcess, packMethod, replacePackageJson } from './npm-tarball.js';
import { decideProvenance, type ProvenanceDecision, signsWithToken, type ProvenanceMode, type SigstoreEndpoints } from './npm-provenance.js';
import { loadPublisher, uploadTarball } from './npm-upload.js';
import { npmWorkspaceRoot } from './npm-workspace.js';
import type { Existence, PackageTarget, PublishOutcome, PublishRequest, RegistryAdapter } from './types.js';
import { dependencyNames } from '../workspace/rules.js';
import { withManifestFile } from '../workspace/swap.js';

export interface NpmSettings {
  /** Registry URL with a trailing slash. */
  registry: string;
  /** Temporary userconfig that reads the token from the child's environment. */
  userconfig: string;
  tag: string | undefined;
  access: 'public' | 'restricted' | undefined;
  provenance: ProvenanceMode;
  /** npm's staged publishing: versions go to the staging area (no code sent) and wait for approval. */
  stage?: boolean;
  /** Sigstore's services (tests only; the public instance otherwise). */
  sigstore?: SigstoreEndpoints;
  /** The job's GitHub ID token for an audience (masked), when the job can mint one: `sigstore` signs provenance. */
  idToken?: (audience: string) => Promise<string>;
  timeoutMs: number;
  /** The environment the action runs in; stripped before npm sees it. */
  env: NodeJS.ProcessEnv;
  /** Where tarballs for in-process uploads are packed; without it every package uses `npm publish`. */
  packDir?: string;
  /** Where long waits of the existence checks are announced. */
  logger?: Logger;
}

/** Reads name, version and `private` from `dir/package.json`, failing with a message naming the path. */
export async function readNpmManifest(dir: string, registry: string): Promise<PackageTarget> {
  // A template string, not path.join: the bundler would otherwise copy every package.json it can see into dist/.
  const file = `${dir}${sep}package.json`;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ManifestError(dir, missing ? 'holds no package.json; expected an npm package directory' : `cannot read package.json (${errorMessage(error)})`);
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ManifestError(file, `is not valid JSON (${errorMessage(error).split('\n')[0]})`);
  }
  if (typeof manifest !== 'object' || manifest === null) throw new ManifestError(file, 'is not a JSON object');
  const { name, version } = manifest;
  const isPrivate = manifest.private === true;
  if (typeof name !== 'string' || !name) throw new ManifestError(file, 'has no "name"; expected a package name');
  // A private package is never published, so it needs no version (monorepo roots often have none).
  if (!isPrivate && (typeof version !== 'string' || !version)) throw new ManifestError(file, 'has no "version"; expected a semver version');
  const publishRegistry = (manifest.publishConfig as { registry?: unknown } | undefined)?.registry;
  if (!isPrivate && typeof publishRegistry === 'string' && withSlash(publishRegistry) !== registry) {
    throw new ManifestError(file, `publishConfig.registry is ${publishRegistry} but input 'npm-registry' is ${registry}; set npm-registry to the same URL`);
  }
  return {
    registry: 'npm',
    name,
    version: typeof version === 'string' ? version : '',
    path: dir,
    private: isPrivate,
    dependencies: dependencyNames(manifest),
    manifest,
  };
}

/** The publish manifest of `target` when it is not package.json as written. */
function rewritten(target: PackageTarget): Readonly<Record<string, unknown>> | undefined {
  return target.publishManifest?.rewritten ? target.publishManifest.manifest : undefined;
}

/** The tarball the repository's package manager packed for `target` (pnpm, yarn, bun), uploaded as it is. */
function managerTarball(target: PackageTarget): string | undefined {
  return target.publishManifest?.packed?.path;
}

/** The directory whose files the tarball holds: the package's, or its pnpm publishConfig.directory. */
function contentDir(target: PackageTarget): string {
  const directory = (target.manifest?.publishConfig as { directory?: unknown } | undefined)?.directory;
  return managerTarball(target) && typeof directory === 'string' ? join(target.path, directory) : target.path;
}

/** sigstore's own failures (Fulcio, Rekor, the TSA, the identity token), raised before anything is uploaded. */
function isSigningError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(CA|TLOG|TSA|IDENTITY_TOKEN)_/.test(code);
}

/** sigstore's error codes (npm prints them as `npm error code CA_CREATE_SIGNING_CERTIFICATE_ERROR`): npm signs before it uploads. */
const SIGSTORE_CODE = /\((?:CA|TLOG|TSA|IDENTITY_TOKEN|PROVENANCE)_[A-Z_]+\)/;
/** How sigstore-js words an HTTP answer (`- (500) ...`) and a dropped connection in its errors. */
const SIGSTORE_STATUS = /- \((\d{3})\)/;
const DROPPED = /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up/;

/**
 * A package that could not be signed: nothing was uploaded. A fault of sigstore's services (an
 * answer 408, 429 or 5xx, or a dropped connection) is transient: the plan's one retry, after its
 * backoff, signs again with a fresh code, as npm's client retries signing on its own (the upload
 * is never retried that way: it was not sent).
 */
function notSigned(target: PackageTarget, detail: string, status: number | undefined): PublishOutcome {
  const transient = status === undefined ? DROPPED.test(detail) : status === 408 || status === 429 || status >= 500;
  const error = new ProvenanceError(target.name, target.version, 'signing', detail);
  return { kind: 'failed', error, transient, ...(status !== undefined ? { status } : {}) };
}

/** npm's signing failure read as the in-process path reads one. */
function signingFailure(outcome: PublishOutcome, target: PackageTarget, provenance: boolean): PublishOutcome {
  if (!provenance || outcome.kind !== 'failed' || !SIGSTORE_CODE.test(outcome.error.message)) return outcome;
  const status = SIGSTORE_STATUS.exec(outcome.error.message)?.[1];
  return notSigned(target, errorMessage(outcome.error), status === undefined ? undefined : Number(status));
}

/** What `npm stage publish` prints: `+ name@1.0.0 (staged with id <uuid>)`. */
const STAGED_LINE = /^\+ \S+ \(staged with id ([0-9a-f-]{36})\)$/m;

/** A staged upload's outcome; a registry that answered without a stage id is a failure (nothing to approve). */
function staged(target: PackageTarget, stageId: string | undefined, logger: Logger): PublishOutcome {
  if (!stageId)
    return {
      kind: 'failed',
      error: new Error(`the registry staged ${target.name}@${target.version} but sent no stage id; see it with 'npm stage list ${target.name}'`),
    };
  logger.info(`+ ${target.name}@${target.version} (staged with id ${stageId})`);
  return { kind: 'staged', detail: `staged with id ${stageId}`, stageId };
}

/** In-process packs at once: enough to overlap their file reads. */
const IN_PROCESS_PACKS = 8;

export class NpmRegistry implements RegistryAdapter {
  readonly id = 'npm' as const;
  /** Package directory -> its tarball, for the packages uploaded in-process. */
  private readonly tarballs = new Map<string, string>();
  private readonly packedBy = { inProcess: 0, cli: 0, manager: 0 };
  /** Package directory -> the npm workspace root it belongs to (read once per directory). */
  private readonly roots = new Map<string, Promise<Set<string>>>();

  constructor(private readonly settings: NpmSettings) {}

  /**
   * Packs the packages that can be uploaded in-process (not for a dry run, which runs the CLI):
   * in this process when npm would run none of their scripts, with `npm pack` (one
   * process per workspace root) for the others that `packMethod` names. Packages with
   * publish-only scripts are left to `npm publish`, one process each.
   */
  async prepare(targets: PackageTarget[], logger: Logger, dryRun: boolean): Promise<void> {
    const { packDir } = this.settings;
    for (const target of targets) {
      const tarball = managerTarball(target);
      if (!tarball || this.tarballs.has(target.path)) continue;
      this.tarballs.set(target.path, tarball);
      this.packedBy.manager++;
    }
    if (dryRun || !packDir || !this.uploadsInProcess) return;
    const located = await Promise.all(
      targets
        .filter((target) => !managerTarball(target))
        .map((target) => ({ target, method: packMethod(target.manifest ?? {}) }))
        .filter(({ method }) => method !== 'npm publish')
        .map(async (entry) => ({ ...entry, root: await npmWorkspaceRoot(entry.target.path, this.roots) })),
    );
    const inProcess = located.filter(({ method }) => method === 'in-process');
    const limit = pLimit(IN_PROCESS_PACKS);
    await Promise.all(
      inProcess.map(({ target, root }) =>
        limit(async () => {
          try {
            this.tarballs.set(target.path, await packInProcess(target.path, packDir, root, rewritten(target)));
          } catch (error) {
            throw new ManifestError(target.path, `cannot be packed (${errorMessage(error)})`);
          }
          this.packedBy.inProcess++;
        }),
      ),
    );
    // One npm pack per workspace root (and one for the packages outside any).
    const withCli = located.filter(({ method }) => method === 'npm pack');
    const byRoot = new Map<string | undefined, PackageTarget[]>();
    for (const { target, root } of withCli) byRoot.set(root, [...(byRoot.get(root) ?? []), target]);
    for (const [root, group] of byRoot) {
      const packed = await packWithNpm(group, packDir, {
        env: childEnv(this.settings.env, {}),
        timeoutMs: this.settings.timeoutMs,
        logger,
        workspaceRoot: root,
      });
      for (const [dir, tarball] of packed) this.tarballs.set(dir, tarball);
    }
    // npm packed package.json as written (its scripts ran from it): the tarball gets the publish manifest.
    for (const { target } of withCli) {
      const manifest = rewritten(target);
      if (manifest) await replacePackageJson(this.tarballs.get(target.path)!, manifestText(manifest));
    }
    this.packedBy.cli += withCli.length;
  }

  /** A package npm would run no script of is packed in this process, which runs nothing of the package's own. */
  preparesQuietly(target: PackageTarget): boolean {
    return Boolean(managerTarball(target)) || (this.uploadsInProcess && packMethod(target.manifest ?? {}) === 'in-process');
  }

  /** The packed tarball's size (packages `npm publish` packs itself: undefined). */
  uploadBytes(target: PackageTarget): number | undefined {
    const tarball = this.tarballs.get(target.path);
    return tarball === undefined ? undefined : statSync(tarball, { throwIfNoEntry: false })?.size;
  }

  /** A packed tarball goes up from this process; a package signed with its token signs after getting the code. */
  sendsCodeAtOnce(target: PackageTarget): boolean {
    return this.tarballs.has(target.path) && !signsWithToken(target, this.settings.provenance);
  }

  prepared(): string | undefined {
    const { inProcess, cli, manager } = this.packedBy;
    const counts = [
      inProcess && `${inProcess} in this process`,
      cli && `${cli} with npm pack (pack scripts, bundled dependencies, bin directories or workspaces)`,
      manager && `${manager} by the repository's package manager`,
    ];
    return inProcess || cli || manager ? `packed ${counts.filter(Boolean).join(' and ')}; they are uploaded in-process` : undefined;
  }

  warmUp(): void {
    if (!this.uploadsInProcess) return;
    // Both load on first use; starting them now hides their load time behind the registry reads.
    void Promise.all([loadPublisher(), loadPacker()]).catch(() => undefined);
  }

  /** Whether any package of the run can be uploaded in-process: a run without a pack directory uses `npm publish`. */
  private get uploadsInProcess(): boolean {
    return Boolean(this.settings.packDir);
  }

  /**
   * Whether name@version is on the registry. While staging, also whether it is staged already
   * (with the token, as `npm stage list` reads it): a re-run then stages it no second time, whatever
   * the registry would answer to a second stage, and reports the stage it found.
   */
  async exists(target: PackageTarget, credential: PublishRequest['credential']): Promise<Existence> {
    const { registry, timeoutMs, logger, stage } = this.settings;
    const existence = await readExistence(registry, target, credential, { capMs: timeoutMs, logger });
    const token = tokenOf(credential);
    if (!stage || existence.exists || !token) return existence;
    const items = await listStaged(target.name, { registry, token, timeoutMs, ...(logger ? { logger } : {}) });
    const item = items.find((candidate) => candidate.version === target.version);
    return item ? { ...existence, exists: true, skipReason: `already staged (stage ${item.id})`, stageId: item.id } : existence;
  }

  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const tarball = this.tarballs.get(request.target.path);
    if (request.dryRun) return this.publishWithCli(request, false);
    let decision: ProvenanceDecision;
    try {
      decision = await this.provenanceFor(request);
    } catch (error) {
      if (!(error instanceof ProvenanceError)) throw error;
      return { kind: 'failed', error, provenance: false };
    }
    request.logger.info(`provenance: ${decision.provenance ? 'yes' : 'no'} (${decision.reason})`);
    const outcome = tarball ? await this.upload(request, tarball, decision.provenance) : await this.publishWithCli(request, decision.provenance);
    return { ...outcome, provenance: decision.provenance };
  }

  /** Whether this package is signed: the `provenance` input, the package's publishConfig, the credential and the job. */
  private provenanceFor(request: PublishRequest): Promise<ProvenanceDecision> {
    const { target, credential } = request;
    const { env, access, registry } = this.settings;
    return decideProvenance(target, {
      mode: this.settings.provenance,
      credential,
      access,
      env,
      // The claims of the token the trusted-publishing exchange used (the same for any audience), as npm reads them.
      claims: async () => idTokenClaims(await this.idTokenOf(`npm:${new URL(registry).hostname}`)),
      registrySaysPublic: async () => {
        const visible = await readVisibility(registry, target.name, credential, { capMs: this.settings.timeoutMs, logger: this.settings.logger });
        return visible === true;
      },
    });
  }

  /** While staging, a version already there (409) may be staged or released: the skip says so. */
  private staging(outcome: PublishOutcome): PublishOutcome {
    if (!this.settings.stage || outcome.kind !== 'exists') return outcome;
    return { ...outcome, reason: `already staged or published (${outcome.detail})` };
  }

  private idTokenOf(audience: string): Promise<string> {
    const { idToken } = this.settings;
    if (!idToken) throw new Error('the job cannot mint ID tokens');
    return idToken(audience);
  }

  /** One PUT from this process, with the code made for this attempt (and the provenance signed for it). */
  private async upload(request: PublishRequest, tarball: string, provenance: boolean): Promise<PublishOutcome> {
    const { target, logger } = request;
    const { registry, tag, access, timeoutMs } = this.settings;
    logger.debug(`uploading ${tarball} to ${registry}${request.otp ? ' with a one-time password' : ''}`);
    try {
      const { stageId } = await uploadTarball(contentDir(target), tarball, {
        registry,
        token: tokenOf(request.credential) ?? '',
        otp: request.otp,
        tag,
        access,
        timeoutMs,
        publishManifest: managerTarball(target) ? target.publishManifest!.manifest : rewritten(target),
        manifestAs: target.publishManifest?.packed?.manifestAs,
        provenance: provenance ? { identityToken: await this.idTokenOf('sigstore'), ...this.settings.sigstore } : undefined,
        stage: this.settings.stage,
      });
      if (this.settings.stage) return staged(target, stageId, logger);
      logger.info(`+ ${target.name}@${target.version}`);
      return { kind: 'published', detail: `+ ${target.name}@${target.version}` };
    } catch (error) {
      // sigstore fails before the PUT (no certificate, no transparency-log entry): nothing was uploaded.
      if (provenance && isSigningError(error)) {
        const cause = (error as { cause?: { statusCode?: unknown; code?: unknown } }).cause;
        const status = typeof cause?.statusCode === 'number' ? cause.statusCode : undefined;
        return notSigned(target, `${errorMessage(error)}${typeof cause?.code === 'string' ? ` (${cause.code})` : ''}`, status);
      }
      const outcome = this.staging(classifyNpmError(error, target, timeoutMs, Boolean(request.otp)));
      logger.info(`npm publish of ${target.name}@${target.version} failed: ${outcome.kind === 'failed' ? outcome.error.message : outcome.detail}`);
      return outcome;
    }
  }

  private async publishWithCli(request: PublishRequest, provenance: boolean): Promise<PublishOutcome> {
    const { registry, userconfig, tag, access, timeoutMs } = this.settings;
    const { logger } = request;
    const args = [...(this.settings.stage ? ['stage', 'publish'] : ['publish']), '--registry', registry, '--fetch-retries=0', `--provenance=${provenance}`];
    if (tag) args.push('--tag', tag);
    if (access) args.push('--access', access);
    if (request.dryRun) args.push('--dry-run');
    // A tarball the package manager packed is published as it is (only a dry run comes here with one).
    const packed = managerTarball(request.target);
    if (packed) args.push(packed);
    const extra: Record<string, string> = {
      NPM_CONFIG_USERCONFIG: userconfig,
      [NPM_TOKEN_ENV]: tokenOf(request.credential) ?? '',
    };
    if (request.otp) extra.NPM_CONFIG_OTP = request.otp;
    // Provenance needs the runner's ID-token variables; otherwise npm must not see them (it would try OIDC on its own).
    const keep = provenance ? [/^ACTIONS_ID_TOKEN_REQUEST_/] : [];
    const manifest = packed ? undefined : rewritten(request.target);
    if (request.dryRun)
      logger.info(
        `the manifest ${request.target.name}@${request.target.version} would be published with:\n${manifestText(request.target.publishManifest?.manifest ?? request.target.manifest ?? {})}`,
      );
    const publish = () => runCommand('npm', args, { cwd: request.target.path, env: childEnv(this.settings.env, extra, keep), timeoutMs, logger });
    try {
      // npm reads the manifest from disk and runs the package's scripts from it: package.json holds
      // the publish manifest (with the scripts as written) while npm runs.
      const result = manifest
        ? await withManifestFile(request.target.path, manifestText({ ...manifest, scripts: request.target.manifest?.scripts }), publish)
        : await publish();
      const output = `${result.stdout}${result.stderr}`.trim();
      if (output) logger.info(output);
      const outcome = signingFailure(this.staging(classifyNpmPublish(result, Boolean(request.otp))), request.target, provenance);
      if (this.settings.stage && outcome.kind === 'published' && !request.dryRun) {
        return staged(request.target, STAGED_LINE.exec(result.stdout)?.[1], logger);
      }
      return outcome;
    } catch (error) {
      // A client stopped at its time limit may have reached the registry: a fault, checked before any retry.
      const failure = error instanceof Error ? error : new Error(String(error));
      return { kind: 'failed', error: failure, transient: failure instanceof CommandTimeoutError };
    }
  }
}
