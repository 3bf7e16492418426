import { describe, expect, it } from 'vitest';
import { ChangeRefusedError } from '../../src/errors.js';
import { parseDeprecations, planAccess, planDeprecations, planOwners, type OwnerPlanInput } from '../../src/plan/admin.js';

const owners = (partial: Partial<OwnerPlanInput>): OwnerPlanInput => ({
  registry: 'npm',
  current: ['alice', 'mallory'],
  expected: ['alice', 'bob'],
  allowRemoval: false,
  self: ['alice'],
  unknown: new Set(),
  ...partial,
});

describe('planOwners', () => {
  it('adds the missing owners; removes the unexpected ones only when allowed, after the adds', () => {
    expect(planOwners('a', owners({}))).toEqual([{ kind: 'owner', subject: 'bob', before: undefined, after: 'owner' }]);
    expect(planOwners('a', owners({ allowRemoval: true }))).toEqual([
      { kind: 'owner', subject: 'bob', before: undefined, after: 'owner' },
      { kind: 'owner', subject: 'mallory', before: 'owner', after: undefined },
    ]);
  });

  it('plans nothing when the owners are as expected, whatever their case', () => {
    expect(planOwners('a', owners({ current: ['Alice', 'bob'], allowRemoval: true }))).toEqual([]);
  });

  it("refuses to remove the job's own account, and an account the registry does not have", () => {
    const self = () => planOwners('a', owners({ current: ['alice', 'bob'], expected: ['bob'], allowRemoval: true }));
    expect(self).toThrow(ChangeRefusedError);
    expect(self).toThrow("a would lose alice, the account of the job's token, as owner");
    expect(() => planOwners('a', owners({ allowRemoval: true, self: undefined }))).toThrow("cannot tell whether the job's token is theirs");
    expect(() => planOwners('a', owners({ unknown: new Set(['bob']) }))).toThrow('a cannot get bob as owner(s): npm has no such account');
  });

  it('on RubyGems an added owner is invited, and invitations do not count as owners left', () => {
    const gem = owners({ registry: 'rubygems', current: ['mallory'], expected: ['bob'], self: [] });
    expect(planOwners('g', gem)).toEqual([{ kind: 'owner', subject: 'bob', before: undefined, after: 'invited' }]);
    expect(() => planOwners('g', { ...gem, allowRemoval: true })).toThrow('g would be left without an owner');
  });
});

describe('parseDeprecations and planDeprecations', () => {
  const published = new Map<string, string | undefined>([
    ['1.0.0', undefined],
    ['1.1.0-rc.1', undefined],
    ['1.1.0', 'old news'],
    ['2.0.0', undefined],
  ]);

  it('reads range: message lines (the message may hold colons) and ranges to un-deprecate', () => {
    expect(parseDeprecations(['<2.0.0: use 2.x: it is faster'], ['1.1.0'])).toEqual([
      { range: '<2.0.0', message: 'use 2.x: it is faster' },
      { range: '1.1.0', message: undefined },
    ]);
    expect(() => parseDeprecations(['no colon'], [])).toThrow("Input 'deprecate': has the line 'no colon'");
    expect(() => parseDeprecations(['not a range: x'], [])).toThrow("has 'not a range', which is not a version range");
    expect(() => parseDeprecations(['1.x: a'], ['1.x'])).toThrow("names the range '1.x' twice");
  });

  it('one change per range, before as the versions show it (prereleases matched); nothing when already so', () => {
    expect(planDeprecations('a', published, parseDeprecations(['<2.0.0: use 2.x'], []))).toEqual([
      { kind: 'deprecate', subject: '<2.0.0', before: '(mixed)', after: 'use 2.x' },
    ]);
    expect(planDeprecations('a', published, parseDeprecations([], ['1.1.0']))).toEqual([
      { kind: 'deprecate', subject: '1.1.0', before: 'old news', after: undefined },
    ]);
    expect(planDeprecations('a', published, parseDeprecations(['1.1.0: old news'], ['2.x']))).toEqual([]);
  });

  it('refuses a range with no published version', () => {
    expect(() => planDeprecations('a', published, parseDeprecations(['>=3: x'], []))).toThrow("a has no published version in '>=3'");
  });
});

describe('planAccess', () => {
  it('changes the status only when it differs; the 2FA setting, which npm cannot read back, always', () => {
    expect(planAccess('@s/a', true, { status: 'public', mfa: 'publish' })).toEqual([{ kind: 'access', subject: 'mfa', before: undefined, after: 'publish' }]);
    expect(planAccess('@s/a', true, { status: 'private' })).toEqual([{ kind: 'access', subject: 'status', before: 'public', after: 'private' }]);
    expect(() => planAccess('a', true, { status: 'private' })).toThrow('a is unscoped, and npm keeps unscoped packages public');
  });
});
