import { describe, expect, it } from '@jest/globals';
import { outcome } from '@lotse/kernel/testing/thrown';
import { assertValidGrant, searchPattern } from './user-input.ts';

const entities = ['kids_ascension', 'ozean_licht'];

describe('which grants are valid', () => {
  it.each([
    [{ role: 'support_agent', entity: 'kids_ascension' }, 'staff', 'ok'],
    [{ role: 'customer', entity: 'ozean_licht' }, 'customer', 'ok'],
    [{ role: 'super_admin', entity: null }, 'staff', 'ok'],
    [{ role: 'super_admin', entity: 'kids_ascension' }, 'staff', 'BAD_USER_INPUT'],
    [{ role: 'customer', entity: 'kids_ascension' }, 'staff', 'BAD_USER_INPUT'],
    [{ role: 'support_agent', entity: 'kids_ascension' }, 'customer', 'BAD_USER_INPUT'],
    [{ role: 'support_agent', entity: 'atlantis' }, 'staff', 'BAD_USER_INPUT'],
    [{ role: 'constructor', entity: null }, 'staff', 'BAD_USER_INPUT'],
  ] as const)('%o for a %s: %s', (grant, userType, expected) => {
    expect(outcome(() => assertValidGrant(grant, userType, entities))).toBe(expected);
  });
});

describe('user search', () => {
  it('escapes wildcards so they match themselves', () => {
    expect(searchPattern(' 50%_off\\ ')).toBe('%50\\%\\_off\\\\%');
  });

  it('refuses text longer than anyone is called', () => {
    expect(outcome(() => searchPattern('x'.repeat(100)))).toBe('ok');
    expect(outcome(() => searchPattern('x'.repeat(101)))).toBe('BAD_USER_INPUT');
  });
});
