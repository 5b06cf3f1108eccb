// Splits untrusted text into plain and highlighted runs that React renders as text nodes and <mark> elements,
// so a snippet can never inject markup (no innerHTML anywhere).

export interface TextRun {
  text: string;
  highlighted: boolean;
}

/** A half-open range [start, end) of characters in the text. */
export type HighlightRange = readonly [start: number, end: number];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ranges where any word of the query (two letters or more) occurs, case-insensitively. */
export function rangesOfQuery(text: string, query: string): HighlightRange[] {
  const words = [...new Set(query.trim().split(/\s+/u))].filter((word) => word.length >= 2);
  if (words.length === 0) return [];
  // Longer words first, so "Passwort" wins over "Pass" at the same position.
  const pattern = new RegExp(
    words
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'giu',
  );
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** Cuts `text` at the given ranges (in any order, overlapping or out of bounds) into runs. */
export function splitByRanges(text: string, ranges: readonly HighlightRange[]): TextRun[] {
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const runs: TextRun[] = [];
  let position = 0;
  for (const [start, end] of sorted) {
    if (end <= position) continue;
    const from = Math.max(start, position);
    if (from > position) runs.push({ text: text.slice(position, from), highlighted: false });
    runs.push({ text: text.slice(from, end), highlighted: true });
    position = end;
  }
  if (position < text.length) runs.push({ text: text.slice(position), highlighted: false });
  return runs;
}
