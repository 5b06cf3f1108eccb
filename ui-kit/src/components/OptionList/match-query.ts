// Agents type names as they say them: "muller" must find "Müller", "rück" must find "Rückerstattung".
const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Whether every word of the query occurs in the text, ignoring case and accents. An empty query matches all. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = folded(text);
  return folded(query)
    .split(/\s+/u)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
