import { badInput } from '@lotse/kernel/errors';
import { MAX_CATEGORY_DEPTH, type CategoryEntity } from './category.entity.ts';

/**
 * The rules of the category tree, as pure functions: names, paths, where a category may sit (same
 * entity or under a shared parent, no cycles, at most MAX_CATEGORY_DEPTH levels) and the order a tree
 * is listed in.
 */
export const NAME_MAX = 80;
export const PATH_SEPARATOR = '/';

type TreeRow = Pick<CategoryEntity, 'id' | 'entity' | 'pathIds' | 'name'>;

/** A category name as stored: trimmed, inner whitespace collapsed, 1–80 characters, no `/`, no control characters. */
export function cleanCategoryName(raw: string, field = 'name'): string {
  if (raw.length > 1000) throw badInput(`${field} must be at most ${NAME_MAX} characters.`, field);
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!name) throw badInput(`${field} must not be empty.`, field);
  if ([...name].length > NAME_MAX) throw badInput(`${field} must be at most ${NAME_MAX} characters.`, field);
  if (name.includes(PATH_SEPARATOR)) throw badInput(`${field} must not contain "/".`, field);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw badInput(`${field} must not contain control characters.`, field);
  return name;
}

/** The names of a path such as `Billing/Invoices`, root first; 1 to MAX_CATEGORY_DEPTH of them. */
export function splitCategoryPath(path: string, field = 'path'): string[] {
  if (path.length > (NAME_MAX + 1) * MAX_CATEGORY_DEPTH) throw badInput(`${field} is too long.`, field);
  const names = path.split(PATH_SEPARATOR).map((segment) => cleanCategoryName(segment, field));
  if (names.length > MAX_CATEGORY_DEPTH)
    throw badInput(`${field} may have at most ${MAX_CATEGORY_DEPTH} levels.`, field);
  return names;
}

/** `Billing/Invoices`: the names of the category's path, root first; rows must hold every ancestor. */
export function categoryPath(
  category: Pick<CategoryEntity, 'pathIds'>,
  byId: ReadonlyMap<string, TreeRow>,
): string {
  return category.pathIds.map((id) => byId.get(id)?.name ?? '…').join(PATH_SEPARATOR);
}

/** Whether a category of `childEntity` may sit in `parent`: the same entity, or a shared parent. */
export const mayNestIn = (childEntity: string | null | undefined, parent: Pick<CategoryEntity, 'entity'>) =>
  parent.entity == null || parent.entity === childEntity;

/** How many levels a subtree spans (1 for a leaf), from the depths of the category's descendants. */
export function subtreeHeight(category: TreeRow, subtree: readonly TreeRow[]): number {
  const deepest = Math.max(category.pathIds.length, ...subtree.map((row) => row.pathIds.length));
  return deepest - category.pathIds.length + 1;
}

/**
 * Checks a move of `category` (whose subtree spans `height` levels) into `parent` (null: to the root).
 * BAD_USER_INPUT on `parentId` for a cycle, another entity's parent, or too deep a result.
 */
export function assertCanMoveInto(
  category: TreeRow,
  height: number,
  parent: (TreeRow & Pick<CategoryEntity, 'archivedAt'>) | null,
) {
  if (!parent) return;
  if (parent.pathIds.includes(category.id))
    throw badInput('A category cannot move into itself or one of its own subcategories.', 'parentId');
  if (parent.archivedAt) throw badInput('The parent category is archived.', 'parentId');
  if (!mayNestIn(category.entity, parent))
    throw badInput("The parent category belongs to another entity than the category's.", 'parentId');
  if (parent.pathIds.length + height > MAX_CATEGORY_DEPTH)
    throw badInput(`Categories nest at most ${MAX_CATEGORY_DEPTH} levels deep.`, 'parentId');
}

/** The path ids of a category placed in `parent` (null: at the root). */
export const pathInto = (id: string, parent: Pick<CategoryEntity, 'pathIds'> | null) => [
  ...(parent?.pathIds ?? []),
  id,
];

/**
 * Who a ticket of this category is routed to: the default assignee of the category, or else of its
 * nearest ancestor that has one. `ancestry` is the category's path, root first.
 */
export function nearestDefaultAssignee(
  ancestry: readonly Pick<CategoryEntity, 'defaultAssigneeId'>[],
): string | null {
  for (let index = ancestry.length - 1; index >= 0; index--) {
    const assignee = ancestry[index]!.defaultAssigneeId;
    if (assignee) return assignee;
  }
  return null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The rows in tree order: each category followed by its subcategories, siblings by name. */
export function depthFirst<Row extends TreeRow>(rows: readonly Row[]): Row[] {
  const byId = new Map<string, TreeRow>(rows.map((row) => [row.id, row]));
  const keys = new Map(rows.map((row) => [row.id, row.pathIds.map((id) => byId.get(id)?.name ?? '')]));
  const compare = (a: Row, b: Row) => {
    const [left, right] = [keys.get(a.id)!, keys.get(b.id)!];
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      const order = collator.compare(left[index]!, right[index]!);
      if (order) return order;
      // Two categories whose names compare equal on one level (`Billing`, `billing`): by id, so the order is total.
      const [idA, idB] = [a.pathIds[index]!, b.pathIds[index]!];
      if (idA !== idB) return idA < idB ? -1 : 1;
    }
    return left.length - right.length;
  };
  return [...rows].sort(compare);
}
