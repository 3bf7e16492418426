import { bearerHeaders, type Credential } from '../credentials/credential.js';
import { StageNotFoundError } from '../errors.js';
import type { Logger } from '../logger.js';
import { readJson } from './http.js';
import { readExistence } from './npm-existence.js';
import { classifyNpmAnswer, type NpmRequest, sendNpmRequest } from './npm-write.js';
import type { Existence, PackageTarget, PublishOutcome, PublishRequest, RegistryAdapter } from './types.js';

/** npm's staged-publishing item, as `GET /-/stage/<id>` answers (what `npm stage view --json` prints). */
export interface StagedItem {
  id: string;
  packageName: string;
  version: string;
  tag?: string;
  createdAt?: string;
  actor?: string;
  actorType?: string;
}

/** What `npm stage approve` and `npm stage reject` do to a staged version. */
export type StageDecision = 'approve' | 'reject';

/** Stage ids are UUIDs (npm's CLI refuses anything else before any request). */
export const STAGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StageClientOptions {
  /** Registry URL with the trailing slash. */
  registry: string;
  token: string;
  timeoutMs: number;
  /** Where a long wait before a retried read is announced. */
  logger?: Logger;
}

const headersOf = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** `npm stage view <id>`: the item, or undefined when the registry has no such stage (404). */
export async function viewStage(id: string, options: StageClientOptions): Promise<StagedItem | undefined> {
  const read = await readJson<StagedItem>(`${options.registry}-/stage/${id}`, headersOf(options.token), { capMs: options.timeoutMs, logger: options.logger });
  return read.body;
}

const PER_PAGE = 100;

/** `npm stage list <name>`: every staged version of the package, page by page as npm reads them. */
export async function listStaged(name: string, options: StageClientOptions): Promise<StagedItem[]> {
  const items: StagedItem[] = [];
  for (let page = 0; ; page++) {
    const query = new URLSearchParams({ page: String(page), perPage: String(PER_PAGE), package: name });
    const read = await readJson<{ items?: StagedItem[]; total?: number }>(`${options.registry}-/stage?${query}`, headersOf(options.token), {
      capMs: options.timeoutMs,
      logger: options.logger,
    });
    const found = read.body?.items ?? [];
    items.push(...found);
    if (found.length < PER_PAGE || items.length >= (read.body?.total ?? 0)) return items;
  }
}

export interface StageAdapterSettings {
  registry: string;
  timeoutMs: number;
  decision: StageDecision;
  /** `name@version` -> the stage id to approve or reject; a target missing here has nothing staged. */
  stageIds: ReadonlyMap<string, string>;
}

const keyOf = (target: Pick<PackageTarget, 'name' | 'version'>) => `${target.name}@${target.version}`;

/**
 * Approving or rejecting staged versions, as one more registry adapter: the plan runs it in
 * dependency order through the same OTP gate, fault read-back and retry as publishing. "Exists"
 * means there is nothing left to do: the version is released (approve) or no longer staged (reject).
 */
export class NpmStageAdapter implements RegistryAdapter {
  readonly id = 'npm' as const;
  readonly dryRunReason: string;

  constructor(private readonly settings: StageAdapterSettings) {
    this.dryRunReason = `dry run: not ${settings.decision === 'approve' ? 'approved' : 'rejected'}`;
  }

  stageIdOf(target: PackageTarget): string | undefined {
    return this.settings.stageIds.get(keyOf(target));
  }

  async exists(target: PackageTarget, credential: Credential): Promise<Existence> {
    const { registry, timeoutMs, decision } = this.settings;
    const stageId = this.stageIdOf(target);
    if (decision === 'approve') {
      const existence = await readExistence(registry, target, credential, { capMs: timeoutMs });
      if (existence.exists) return { ...existence, skipReason: 'already published' };
      return stageId ? existence : { ...existence, exists: true, skipReason: 'nothing staged for this version' };
    }
    if (!stageId) return { exists: true, packageKnown: true, serverTime: undefined, skipReason: 'nothing staged for this version' };
    const read = await readJson<StagedItem>(`${registry}-/stage/${stageId}`, bearerHeaders(credential), { capMs: timeoutMs });
    const gone = read.body === undefined;
    return {
      exists: gone,
      packageKnown: true,
      serverTime: read.serverTime,
      ...(gone ? { skipReason: `stage ${stageId} is no longer staged`, arrivedAs: 'rejected' as const } : {}),
    };
  }

  /** `POST /-/stage/<id>/approve` or `DELETE /-/stage/<id>`, with the code in `npm-otp`; never retried here. */
  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const { target, credential, otp, logger } = request;
    const { registry, timeoutMs, decision } = this.settings;
    const stageId = this.stageIdOf(target)!;
    const command = `npm stage ${decision} ${stageId}`;
    if (request.dryRun) {
      logger.info(`dry run: would run ${command} (${keyOf(target)})`);
      return { kind: 'exists', detail: this.dryRunReason };
    }
    const url = decision === 'approve' ? `${registry}-/stage/${stageId}/approve` : `${registry}-/stage/${stageId}`;
    const write: NpmRequest = {
      url,
      method: decision === 'approve' ? 'post' : 'delete',
      credential,
      otp,
      timeoutMs,
      command,
      npmCommand: 'stage',
      notFound: () => new StageNotFoundError(stageId, keyOf(target)),
    };
    const sent = await sendNpmRequest(write);
    if ('kind' in sent) return sent;
    if (sent.response.ok) {
      logger.info(decision === 'approve' ? `+ ${keyOf(target)} (approved stage ${stageId})` : `- ${keyOf(target)} (rejected stage ${stageId})`);
      return decision === 'approve' ? { kind: 'published', detail: `approved stage ${stageId}` } : { kind: 'rejected', detail: `rejected stage ${stageId}` };
    }
    return classifyNpmAnswer(sent.response, sent.text, write);
  }
}
