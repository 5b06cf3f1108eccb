import { badInput } from '@lotse/kernel/errors';

/**
 * What a tag is: trimmed, lowercased, inner whitespace turned into `-`, then 1–50 characters of
 * letters, digits, `-`, `_` and `.`, starting with a letter or digit. Pure rules; the database keeps
 * the length and lowercase as a last line of defence.
 */
export const TAG_MAX = 50;
export const MAX_TAGS_PER_TICKET = 20;

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
const PREFIX = /^[\p{L}\p{N}._-]*$/u;

const normalized = (raw: string) => raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '-');

export function normalizeTag(raw: string, field: string): string {
  const tag = raw.length > TAG_MAX * 4 ? raw : normalized(raw);
  if (!tag || [...tag].length > TAG_MAX) throw badInput(`A tag must be 1–${TAG_MAX} characters.`, field);
  if (!TAG.test(tag))
    throw badInput(
      'A tag starts with a letter or digit and has only letters, digits, "-", "_" and ".".',
      field,
    );
  return tag;
}

/** The distinct tags of a list, normalized; at most MAX_TAGS_PER_TICKET entries. */
export function normalizeTags(list: readonly string[], field: string): string[] {
  if (list.length > MAX_TAGS_PER_TICKET)
    throw badInput(`At most ${MAX_TAGS_PER_TICKET} tags at once.`, field);
  return [...new Set(list.map((tag) => normalizeTag(tag, field)))];
}

/** An autocomplete prefix, normalized like a tag; empty means "any tag". */
export function normalizePrefix(raw: string, field = 'prefix'): string {
  const prefix = raw.length > TAG_MAX * 4 ? raw : normalized(raw);
  if ([...prefix].length > TAG_MAX || !PREFIX.test(prefix))
    throw badInput(`prefix must be at most ${TAG_MAX} characters of what a tag may hold.`, field);
  return prefix;
}

export interface TagChanges {
  /** The ticket's tags afterwards, sorted. */
  next: string[];
  added: string[];
  removed: string[];
}

/** The ticket's tags after adding and removing: no tag in both lists, at most MAX_TAGS_PER_TICKET in the end. */
export function tagChanges(
  current: readonly string[],
  add: readonly string[],
  remove: readonly string[],
): TagChanges {
  const both = add.filter((tag) => remove.includes(tag));
  if (both.length) throw badInput(`"${both[0]}" is both added and removed.`, 'add');
  const added = add.filter((tag) => !current.includes(tag));
  const removed = remove.filter((tag) => current.includes(tag));
  const next = [...current.filter((tag) => !removed.includes(tag)), ...added].sort();
  if (added.length && next.length > MAX_TAGS_PER_TICKET)
    throw badInput(`A ticket carries at most ${MAX_TAGS_PER_TICKET} tags.`, 'add');
  return { next, added, removed };
}

/** A prefix for SQL `like … escape '\'`: the characters LIKE treats specially, escaped. */
export const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
