import { describe, expect, it } from '@jest/globals';
import { assertMergeable, assertNoCycle, assertRelatable } from './relation-rules.ts';

const ticket = (
  id: string,
  extra: Partial<{ entity: string; status: 'new' | 'closed'; mergedIntoId: string | null }> = {},
) => ({
  id,
  entity: 'kids_ascension',
  status: 'new' as const,
  mergedIntoId: null,
  ...extra,
});
const codeOf = (run: () => void) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { extensions: { field: string } }).extensions.field;
  }
};

describe('relation rules', () => {
  it('relates tickets of one entity only, never a ticket to itself', () => {
    expect(codeOf(() => assertRelatable(ticket('a'), ticket('b'), 'relatedId'))).toBe('ok');
    expect(codeOf(() => assertRelatable(ticket('a'), ticket('a'), 'relatedId'))).toBe('relatedId');
    expect(
      codeOf(() => assertRelatable(ticket('a'), ticket('b', { entity: 'ozean_licht' }), 'relatedId')),
    ).toBe('relatedId');
  });

  it('merges an open duplicate into an open ticket', () => {
    expect(codeOf(() => assertMergeable(ticket('a'), ticket('b')))).toBe('ok');
    expect(codeOf(() => assertMergeable(ticket('a', { status: 'closed' }), ticket('b')))).toBe('sourceId');
    expect(codeOf(() => assertMergeable(ticket('a', { mergedIntoId: 'c' }), ticket('b')))).toBe('sourceId');
    expect(codeOf(() => assertMergeable(ticket('a'), ticket('b', { status: 'closed' })))).toBe('targetId');
  });

  it('refuses a parent that is the ticket or one of its descendants', () => {
    expect(codeOf(() => assertNoCycle('a', ['b', 'c']))).toBe('ok');
    expect(codeOf(() => assertNoCycle('a', ['b', 'a']))).toBe('parentId');
  });
});
