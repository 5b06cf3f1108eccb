import { matchesQuery } from '../OptionList/match-query.ts';

export interface TagLimits {
  /** Longest tag, in characters, after normalizing. */
  maxLength: number;
  /** Most tags in the list. */
  maxTags: number;
}

export type TagProblem =
  { kind: 'tooLong'; max: number } | { kind: 'tooMany'; max: number } | { kind: 'duplicate'; tag: string };

export interface TagAddition {
  tags: string[];
  /** The tags that were new, in order. */
  added: string[];
  /** Why the first entry that could not be added was refused. */
  problem?: TagProblem;
  /** The refused entry and the ones after it, as typed, to stay in the field for correction. */
  rejected: string[];
}

/** One spelling per tag: "  Rückruf   App " and "rückruf app" are the same tag. */
export const normalizeTag = (raw: string): string => raw.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * Adds typed or pasted entries to the tags. Empty entries are dropped and a tag already in the list is not added
 * again (reported only when nothing else was added); the first entry that is too long or one too many stops the
 * batch.
 */
export function addTags(
  current: readonly string[],
  entries: readonly string[],
  limits: TagLimits,
): TagAddition {
  const tags = [...current];
  const added: string[] = [];
  let duplicate: string | undefined;
  for (const [position, entry] of entries.entries()) {
    const tag = normalizeTag(entry);
    if (tag === '') continue;
    if (tags.includes(tag)) {
      duplicate ??= tag;
      continue;
    }
    const problem: TagProblem | undefined =
      tag.length > limits.maxLength
        ? { kind: 'tooLong', max: limits.maxLength }
        : tags.length >= limits.maxTags
          ? { kind: 'tooMany', max: limits.maxTags }
          : undefined;
    if (problem)
      return { tags, added, problem, rejected: entries.slice(position).map((text) => text.trim()) };
    tags.push(tag);
    added.push(tag);
  }
  const problem: TagProblem | undefined =
    duplicate !== undefined && added.length === 0 ? { kind: 'duplicate', tag: duplicate } : undefined;
  return { tags, added, ...(problem ? { problem } : {}), rejected: [] };
}

/** The suggestions worth showing for what is typed: normalized, once each, none already chosen. */
export function suggestionsFor(
  suggestions: readonly string[],
  current: readonly string[],
  query: string,
  limit = 8,
): string[] {
  const fresh = [...new Set(suggestions.map(normalizeTag))].filter(
    (tag) => tag !== '' && !current.includes(tag) && matchesQuery(tag, query),
  );
  return fresh.slice(0, limit);
}
