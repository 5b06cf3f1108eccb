import type { Category } from '../../domain.ts';
import { matchesQuery } from '../OptionList/match-query.ts';

/** A category with its place in the tree, as the picker lists it. */
export interface CategoryEntry {
  id: string;
  name: string;
  /** Names from the top level down to this category, itself included. */
  path: string[];
  /** 0 for a top-level category. */
  depth: number;
}

export const pathSeparator = ' › ';

export const formatCategoryPath = (path: readonly string[]): string => path.join(pathSeparator);

/** Every category in tree order (a parent, then its children), each with its path. */
export function flattenCategories(
  tree: readonly Category[],
  parentPath: readonly string[] = [],
): CategoryEntry[] {
  return tree.flatMap((category) => {
    const path = [...parentPath, category.name];
    return [
      { id: category.id, name: category.name, path, depth: parentPath.length },
      ...flattenCategories(category.children ?? [], path),
    ];
  });
}

/**
 * The categories whose path matches the query, in tree order. Matching the whole path means "abrechnung" also
 * finds every category below Abrechnung, and "abr erst" finds Abrechnung › Erstattungen.
 */
export const searchCategories = (entries: readonly CategoryEntry[], query: string): CategoryEntry[] =>
  entries.filter((entry) => matchesQuery(formatCategoryPath(entry.path), query));
