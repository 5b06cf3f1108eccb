import { describe, expect, it } from '@jest/globals';
import { outcome } from '@lotse/kernel/testing/thrown';
import { hasMark, MARK_START, MARK_STOP, snippetHtml } from './highlight.ts';
import { cleanQuery, decodeOffset, encodeOffset, ticketNumberIn } from './search-input.ts';

describe('search snippets', () => {
  it('escapes everything and marks only what PostgreSQL marked', () => {
    const marked = `<script>alert(1)</script> my ${MARK_START}password${MARK_STOP} & "more"`;
    expect(snippetHtml(marked)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; my <mark>password</mark> &amp; &quot;more&quot;',
    );
    expect(hasMark(marked)).toBe(true);
    expect(hasMark('nothing found')).toBe(false);
  });
});

describe('search input', () => {
  it('normalizes whitespace and refuses empty or overlong queries', () => {
    expect(cleanQuery('  reset \n password ')).toBe('reset password');
    expect(outcome(() => cleanQuery('   '))).toBe('BAD_USER_INPUT');
    expect(outcome(() => cleanQuery('x'.repeat(201)))).toBe('BAD_USER_INPUT');
  });

  it('recognizes ticket numbers as users type them', () => {
    expect(ticketNumberIn('KA-2026-00042')).toBe('KA-2026-00042');
    expect(ticketNumberIn('ol-2026-7')).toBe('OL-2026-00007');
    expect(ticketNumberIn('password 42')).toBeNull();
  });

  it('round-trips its cursor and refuses any other', () => {
    expect(decodeOffset(encodeOffset(40))).toBe(40);
    expect(decodeOffset(null)).toBe(0);
    expect(outcome(() => decodeOffset('bm9wZQ'))).toBe('BAD_USER_INPUT');
    expect(outcome(() => decodeOffset(encodeOffset(5000)))).toBe('BAD_USER_INPUT');
  });
});
