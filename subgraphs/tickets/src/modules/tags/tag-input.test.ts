import { describe, expect, it } from '@jest/globals';
import { likePrefix, normalizePrefix, normalizeTag, normalizeTags, tagChanges } from './tag-input.ts';

/** BAD_USER_INPUT naming the field. */
const onField = (field: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });

describe('tags', () => {
  it('trims, lowercases and joins inner whitespace with "-"', () => {
    expect(normalizeTag('  Refund   Requested ', 'add')).toBe('refund-requested');
    expect(normalizeTag('Größe', 'add')).toBe('größe');
    expect(normalizeTag('v2.1_beta', 'add')).toBe('v2.1_beta');
  });

  it('refuses empty, long and odd tags, naming the field', () => {
    for (const bad of ['', '  ', 'a'.repeat(51), '#vip', '-dash-first', 'drop;table', 'x'.repeat(10_000)])
      expect(() => normalizeTag(bad, 'remove')).toThrow(onField('remove'));
    expect(normalizeTag('a'.repeat(50), 'add')).toHaveLength(50);
  });

  it('deduplicates a list and caps it at 20', () => {
    expect(normalizeTags(['VIP', 'vip', ' vip '], 'add')).toEqual(['vip']);
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`);
    expect(() => normalizeTags(many, 'add')).toThrow(onField('add'));
  });

  it('applies additions and removals, ignoring no-ops, and keeps at most 20 tags', () => {
    expect(tagChanges(['a', 'b'], ['c', 'a'], ['b', 'z'])).toEqual({
      next: ['a', 'c'],
      added: ['c'],
      removed: ['b'],
    });
    expect(() => tagChanges([], ['a'], ['a'])).toThrow(onField('add'));
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(() => tagChanges(twenty, ['one-more'], [])).toThrow(onField('add'));
    expect(tagChanges(twenty, ['one-more'], ['t0']).next).toHaveLength(20);
  });

  it('reads prefixes like tags and escapes them for LIKE', () => {
    expect(normalizePrefix(' Ref ')).toBe('ref');
    expect(normalizePrefix('')).toBe('');
    expect(() => normalizePrefix('50%')).toThrow(onField('prefix'));
    expect(likePrefix('a_b')).toBe('a\\_b%');
  });
});
