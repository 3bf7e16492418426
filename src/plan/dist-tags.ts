import semver from 'semver';
import { ChangeRefusedError, InputError } from '../errors.js';
import type { SettingChange } from '../registries/types.js';

/** Where one line of the `dist-tags` input points a tag. */
export type TagTarget = { version: string } | { tag: string } | { checkout: true };

export interface TagRequest {
  tag: string;
  to: TagTarget;
}

/** One package's dist-tags as the registry has them, and its published versions. */
export interface TagState {
  tags: Readonly<Record<string, string>>;
  versions: ReadonlySet<string>;
}

/** npm refuses a tag that is a valid semver range (`npm dist-tag add` and the registry alike), and one with a slash or whitespace. */
export function tagProblem(tag: string): string | undefined {
  if (!tag) return 'is empty';
  if (/[\s/%]/.test(tag)) return 'holds whitespace, a slash or a percent sign';
  if (semver.validRange(tag) !== null) return 'is a valid semver range, which npm refuses as a tag name (it would read as a version)';
  return undefined;
}

/**
 * Reads the `dist-tags` input: one tag per line, `latest` (the checkout's version of each package),
 * `latest: 1.4.0` (that version) or `latest: next` (the version `next` points at now, read before
 * any write). Each tag at most once.
 */
export function parseTagRequests(lines: string[], input: string): TagRequest[] {
  const requests: TagRequest[] = [];
  for (const line of lines) {
    const [rawTag, ...rest] = line.split(':');
    const tag = rawTag!.trim();
    const value = rest.join(':').trim();
    const problem = tagProblem(tag);
    if (problem) throw new InputError(input, `has the line '${line}': the tag '${tag}' ${problem}; expected 'latest', 'latest: 1.4.0' or 'latest: next'`);
    if (requests.some((request) => request.tag === tag)) throw new InputError(input, `names the tag '${tag}' twice`);
    if (rest.length && !value) throw new InputError(input, `has the line '${line}' with nothing after ':'; to remove a tag, use remove-dist-tags`);
    let to: TagTarget = { checkout: true };
    if (value && semver.valid(value)) to = { version: semver.clean(value)! };
    else if (value) {
      const valueProblem = tagProblem(value);
      if (valueProblem) throw new InputError(input, `has the line '${line}': '${value}' is neither a version nor a tag name (it ${valueProblem})`);
      to = { tag: value };
    }
    requests.push({ tag, to });
  }
  return requests;
}

/** Reads the `remove-dist-tags` input (commas or lines). `latest` cannot be removed: point it elsewhere instead. */
export function parseTagRemovals(items: string[], input: string): string[] {
  const tags = [
    ...new Set(
      items
        .flatMap((item) => item.split(','))
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
  for (const tag of tags) {
    if (tag === 'latest') throw new InputError(input, "names 'latest', which every package keeps; point it at another version with dist-tags instead");
    const problem = tagProblem(tag);
    if (problem) throw new InputError(input, `names '${tag}', which ${problem}`);
  }
  return tags;
}

/**
 * One package's dist-tag changes (the tag is the subject, versions before and after), every tag read from `state` as it was before any write (so `latest: next`
 * with `next` removed in the same run points latest where next pointed). Tags already where they
 * should be are left out. Throws a refusal naming the package when a tag would point at a version
 * the registry does not have, or at a tag the package does not have.
 */
export function planTags(name: string, checkoutVersion: string | undefined, state: TagState, requests: TagRequest[], removals: string[]): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const { tag, to } of requests) {
    let after: string;
    if ('version' in to) after = to.version;
    else if ('tag' in to) {
      const pointed = state.tags[to.tag];
      if (pointed === undefined) throw new ChangeRefusedError(name, `has no dist-tag '${to.tag}' to point '${tag}' at`);
      after = pointed;
    } else {
      if (checkoutVersion === undefined)
        throw new ChangeRefusedError(name, `is named without a checkout, so '${tag}' needs a version or a tag: '${tag}: 1.4.0'`);
      after = checkoutVersion;
    }
    if (!state.versions.has(after)) throw new ChangeRefusedError(name, `has no published version ${after} for '${tag}' to point at`);
    if (state.tags[tag] !== after) changes.push({ kind: 'dist-tag', subject: tag, before: state.tags[tag], after });
  }
  for (const tag of removals) {
    if (requests.some((request) => request.tag === tag)) throw new ChangeRefusedError(name, `would both set and remove '${tag}'`);
    if (state.tags[tag] !== undefined) changes.push({ kind: 'dist-tag', subject: tag, before: state.tags[tag], after: undefined });
  }
  return changes;
}
