import { describe, expect, it } from '@jest/globals';
import {
  cleanCannedBody,
  cleanCannedTitle,
  cleanSearch,
  cleanShortcut,
  fillPlaceholders,
  placeholdersIn,
} from './canned-response-input.ts';

/** BAD_USER_INPUT naming the field. */
const onField = (field: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });

describe('canned response input', () => {
  it('sanitizes the body with the conversation allow-list and keeps known placeholders', () => {
    const body = cleanCannedBody(
      '<p onclick="x()">Hello {{ customer.name }},<script>alert(1)</script> about {{ticket.number}}</p><img src=x>',
    );
    expect(body.html).toBe('<p>Hello {{ customer.name }}, about {{ticket.number}}</p>');
    expect(body.text).toBe('Hello {{ customer.name }}, about {{ticket.number}}');
  });

  it('refuses unknown placeholders, empty and oversized bodies', () => {
    expect(() => cleanCannedBody('<p>{{ticket.secret}}</p>')).toThrow(onField('body'));
    expect(() => cleanCannedBody('<script>only</script>')).toThrow(onField('body'));
    expect(() => cleanCannedBody('a'.repeat(20_001))).toThrow(onField('body'));
  });

  it('lists placeholders once, in order of use', () => {
    expect(placeholdersIn('{{agent.name}} {{ticket.title}} {{ agent.name }}')).toEqual([
      'agent.name',
      'ticket.title',
    ]);
  });

  it('fills placeholders, HTML-escaping values in HTML, and lists what is left', () => {
    const values = { 'ticket.title': '<b>Tom & Jerry</b>', 'ticket.number': 'KA-2026-00001' };
    const html = fillPlaceholders(
      '<p>{{ticket.title}} ({{ ticket.number }}) for {{customer.name}}</p>',
      values,
      true,
    );
    expect(html).toEqual({
      text: '<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; (KA-2026-00001) for {{customer.name}}</p>',
      unfilled: ['customer.name'],
    });
    expect(fillPlaceholders('{{ticket.title}}', values, false).text).toBe('<b>Tom & Jerry</b>');
  });

  it('normalizes shortcuts to "/" plus 1–30 lowercase letters, digits, "-" and "_"', () => {
    expect(cleanShortcut('Refund')).toBe('/refund');
    expect(cleanShortcut('/refund-2')).toBe('/refund-2');
    expect(cleanShortcut(null)).toBeNull();
    for (const bad of ['/', '', '/has space', `/${'a'.repeat(31)}`, '/ümlaut'])
      expect(() => cleanShortcut(bad)).toThrow(onField('shortcut'));
  });

  it('bounds titles and searches', () => {
    expect(cleanCannedTitle('  Refund  ')).toBe('Refund');
    expect(() => cleanCannedTitle(' ')).toThrow(onField('title'));
    expect(cleanSearch('  ')).toBeNull();
    expect(() => cleanSearch('x'.repeat(101))).toThrow(onField('search'));
  });
});
