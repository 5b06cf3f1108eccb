import { badInput } from '@lotse/kernel/errors';

/** Longer text is not a search but a paste: it would cost much and find nothing better. */
export const MAX_QUERY_LENGTH = 200;
/** Results are ranked, not keyset-ordered: a page is an offset, and nobody reads past the 1,000th hit. */
export const MAX_RESULTS = 1_000;

export function cleanQuery(query: string): string {
  const text = query.replace(/\s+/g, ' ').trim();
  if (!text.length) throw badInput('query must not be empty.', 'query');
  if (text.length > MAX_QUERY_LENGTH)
    throw badInput(`query must be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
  return text;
}

/** A ticket number as users type it (`ka-2026-42`) in the form tickets carry it (`KA-2026-00042`). */
export function ticketNumberIn(text: string): string | null {
  const match = /^([a-z]{2,4})-(\d{4})-(\d{1,5})$/i.exec(text);
  return match ? `${match[1]!.toUpperCase()}-${match[2]}-${match[3]!.padStart(5, '0')}` : null;
}

export const encodeOffset = (offset: number) => Buffer.from(`search:${offset}`).toString('base64url');

export function decodeOffset(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const match = /^search:(\d{1,4})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset >= 0 && offset <= MAX_RESULTS))
    throw badInput('after is not a cursor from this search.', 'after');
  return offset;
}
