import { describe, expect, it } from '@jest/globals';
import { bearerToken, requestIdFrom } from './bearer.ts';

const TOKEN = 'lss_Zm9vYmFyYmF6cXV4cXV1eHF1dXpxdXV6cXV1enF1dXpx';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('bearerToken', () => {
  it('reads the secret of a Bearer header', () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
  });

  it.each(['bearer', 'BEARER', 'BeArEr'])('accepts the scheme in any case (%s)', (scheme) => {
    expect(bearerToken(`${scheme} ${TOKEN}`)).toBe(TOKEN);
  });

  it('tolerates surrounding and repeated whitespace', () => {
    expect(bearerToken(`  Bearer   ${TOKEN}  `)).toBe(TOKEN);
    expect(bearerToken(`Bearer\t${TOKEN}`)).toBe(TOKEN);
  });

  it('accepts a secret of up to 512 characters', () => {
    const secret = 'a'.repeat(512);
    expect(bearerToken(`Bearer ${secret}`)).toBe(secret);
  });

  it.each([
    ['a secret longer than 512 characters', `Bearer ${'a'.repeat(513)}`],
    ['a secret with inner whitespace', 'Bearer abc def'],
    ['no secret', 'Bearer'],
    ['an empty secret', 'Bearer   '],
    ['no space after the scheme', `Bearer${TOKEN}`],
    ['the Basic scheme', 'Basic dXNlcjpwYXNzd29yZA=='],
    ['the Token scheme', `Token ${TOKEN}`],
    ['a bare secret', TOKEN],
    ['an empty header', ''],
    ['two schemes', `Basic x Bearer ${TOKEN}`],
  ])('returns null for %s', (_label, header) => {
    expect(bearerToken(header)).toBeNull();
  });

  it('returns null without a header', () => {
    expect(bearerToken(undefined)).toBeNull();
  });

  it('reads the first of repeated headers', () => {
    expect(bearerToken([`Bearer ${TOKEN}`, 'Bearer other'])).toBe(TOKEN);
    expect(bearerToken(['Basic abc', `Bearer ${TOKEN}`])).toBeNull();
    expect(bearerToken([])).toBeNull();
  });
});

describe('requestIdFrom', () => {
  it.each(['abcd1234', 'req_2026-11-25.0001', 'A'.repeat(64), '0b6f4a52-3c1e-4c3a-9a57-2f1f3f0f8e11'])(
    "keeps the caller's id %p",
    (id) => {
      expect(requestIdFrom({ 'x-request-id': id })).toBe(id);
    },
  );

  it.each([
    ['too short', 'abc1234'],
    ['too long', 'A'.repeat(65)],
    ['with a space', 'abcd 1234'],
    ['with a line break (log injection)', 'abcd1234\nlevel=error'],
    ['with a slash', 'abcd/1234'],
    ['empty', ''],
  ])('replaces an id that is %s by a fresh uuid', (_label, id) => {
    const result = requestIdFrom({ 'x-request-id': id });
    expect(result).toMatch(uuid);
    expect(result).not.toBe(id);
  });

  it('makes up a fresh uuid when there is none, a different one each time', () => {
    const first = requestIdFrom({});
    const second = requestIdFrom({});
    expect(first).toMatch(uuid);
    expect(second).toMatch(uuid);
    expect(first).not.toBe(second);
  });
});
