import { describe, expect, it } from 'vitest';
import { ChangeRefusedError } from '../../src/errors.js';
import { parseTagRemovals, parseTagRequests, planTags, type TagState } from '../../src/plan/dist-tags.js';

const state = (tags: Record<string, string>, versions: string[]): TagState => ({ tags, versions: new Set(versions) });

describe('parseTagRequests', () => {
  it('reads a bare tag as the checkout version, a version as itself, anything else as another tag', () => {
    expect(parseTagRequests(['latest', 'beta: v2.0.0-beta.1', 'stable: next'], 'dist-tags')).toEqual([
      { tag: 'latest', to: { checkout: true } },
      { tag: 'beta', to: { version: '2.0.0-beta.1' } },
      { tag: 'stable', to: { tag: 'next' } },
    ]);
  });

  it('refuses what npm refuses as a tag, a tag named twice and an empty value, naming the input', () => {
    expect(() => parseTagRequests(['1.x: 1.2.0'], 'dist-tags')).toThrow("Input 'dist-tags': has the line '1.x: 1.2.0': the tag '1.x' is a valid semver range");
    expect(() => parseTagRequests(['latest', 'latest: 1.0.0'], 'dist-tags')).toThrow("names the tag 'latest' twice");
    expect(() => parseTagRequests(['latest:'], 'dist-tags')).toThrow('to remove a tag, use remove-dist-tags');
    expect(() => parseTagRequests(['latest: a b'], 'dist-tags')).toThrow("'a b' is neither a version nor a tag name");
  });
});

describe('parseTagRemovals', () => {
  it('splits commas and lines, once each; refuses latest', () => {
    expect(parseTagRemovals(['next, beta', 'next'], 'remove-dist-tags')).toEqual(['next', 'beta']);
    expect(() => parseTagRemovals(['latest'], 'remove-dist-tags')).toThrow("names 'latest', which every package keeps");
  });
});

describe('planTags', () => {
  const registry = state({ latest: '1.0.0', next: '1.1.0-rc.1', beta: '0.9.0' }, ['0.9.0', '1.0.0', '1.1.0-rc.1']);

  it('promotes next to latest and removes next, both read before any write', () => {
    const requests = parseTagRequests(['latest: next'], 'dist-tags');
    expect(planTags('a', '1.1.0-rc.1', registry, requests, ['next'])).toEqual([
      { kind: 'dist-tag', subject: 'latest', before: '1.0.0', after: '1.1.0-rc.1' },
      { kind: 'dist-tag', subject: 'next', before: '1.1.0-rc.1', after: undefined },
    ]);
  });

  it('leaves out a tag already in place and a removal of a tag the package does not have: a re-run plans nothing', () => {
    const requests = parseTagRequests(['latest: 1.0.0'], 'dist-tags');
    expect(planTags('a', '1.0.0', registry, requests, ['gone'])).toEqual([]);
  });

  it('points a bare tag at the checkout version, and a new tag from nothing', () => {
    expect(planTags('a', '0.9.0', registry, parseTagRequests(['latest', 'legacy'], 'dist-tags'), [])).toEqual([
      { kind: 'dist-tag', subject: 'latest', before: '1.0.0', after: '0.9.0' },
      { kind: 'dist-tag', subject: 'legacy', before: undefined, after: '0.9.0' },
    ]);
  });

  it('refuses a version the registry does not have, a tag it does not have, and a bare tag for a package named without a checkout', () => {
    const refuse = (lines: string[], checkout: string | undefined) => () => planTags('@s/a', checkout, registry, parseTagRequests(lines, 'dist-tags'), []);
    expect(refuse(['latest: 2.0.0'], '1.0.0')).toThrow(ChangeRefusedError);
    expect(refuse(['latest: 2.0.0'], '1.0.0')).toThrow('@s/a has no published version 2.0.0 for');
    expect(refuse(['latest'], '2.0.0')).toThrow('@s/a has no published version 2.0.0');
    expect(refuse(['latest: canary'], '1.0.0')).toThrow("@s/a has no dist-tag 'canary' to point 'latest' at");
    expect(refuse(['latest'], undefined)).toThrow("is named without a checkout, so 'latest' needs a version or a tag");
    expect(() => planTags('a', '1.0.0', registry, parseTagRequests(['next: 1.0.0'], 'dist-tags'), ['next'])).toThrow("would both set and remove 'next'");
  });
});
