/**
 * PostgreSQL marks matches in a snippet with control characters (never part of stored text, which
 * the sanitizer and the input rules keep printable); the snippet becomes HTML only here: everything
 * escaped, then the marks turned into `<mark>`. So a snippet is safe to render whatever was written.
 */
export const MARK_START = '\u0002';
export const MARK_STOP = '\u0003';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function snippetHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => escapes[c]!)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_STOP, '</mark>');
}

export const hasMark = (marked: string | null | undefined): marked is string =>
  !!marked?.includes(MARK_START);
