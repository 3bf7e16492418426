import { describe, expect, it } from 'vitest';
import { findDrift } from '../../src/audit/drift.js';
import { parsePackageRef } from '../../src/audit/expected.js';

describe('findDrift', () => {
  it('finds nothing when owners, publisher and MFA are as expected (names are case-insensitive)', () => {
    expect(findDrift({ registry: 'npm', name: 'a', owners: ['Alice', 'bob'], latestPublisher: { version: '1.0.0', name: 'bob' } }, ['alice', 'bob'])).toEqual(
      [],
    );
    expect(findDrift({ registry: 'rubygems', name: 'g', owners: ['carol'], mfaRequired: 'true' }, ['carol'])).toEqual([]);
  });

  it('reports missing and unexpected owners and an unexpected publisher of the latest version', () => {
    const drift = findDrift({ registry: 'npm', name: 'a', owners: ['alice', 'mallory'], latestPublisher: { version: '2.0.0', name: 'mallory' } }, [
      'alice',
      'bob',
    ]);
    expect(drift).toEqual([
      { registry: 'npm', name: 'a', problem: 'missing-owner', detail: 'bob is expected but is not an owner' },
      { registry: 'npm', name: 'a', problem: 'unexpected-owner', detail: 'mallory is an owner but is not expected' },
      { registry: 'npm', name: 'a', problem: 'unexpected-publisher', detail: '2.0.0 (latest) was published by mallory, who is not expected' },
    ]);
  });

  it('reports gems that do not require MFA', () => {
    expect(findDrift({ registry: 'rubygems', name: 'g', owners: ['carol'] }, ['carol'])).toEqual([
      { registry: 'rubygems', name: 'g', problem: 'mfa-not-required', detail: 'rubygems_mfa_required is not set; expected "true"' },
    ]);
    expect(findDrift({ registry: 'rubygems', name: 'g', owners: ['carol'], mfaRequired: 'false' }, ['carol'])[0]!.detail).toBe(
      'rubygems_mfa_required is "false"; expected "true"',
    );
  });
});

describe('parsePackageRef', () => {
  it('reads npm:NAME and rubygems:NAME lines and leaves paths alone', () => {
    expect(parsePackageRef('npm:@acme/a')).toEqual({ registry: 'npm', name: '@acme/a' });
    expect(parsePackageRef('rubygems:my_gem')).toEqual({ registry: 'rubygems', name: 'my_gem' });
    expect(parsePackageRef('packages/a')).toBeUndefined();
    expect(parsePackageRef('npm: a')).toBeUndefined();
  });
});
