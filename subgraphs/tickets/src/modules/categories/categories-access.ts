import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';
import {
  narrowTo,
  noRows,
  reaches,
  rowsWhere,
  type EntityScope,
  type RowScope,
} from '@lotse/kernel/policy/scope';

/**
 * Every authorization rule of ticket categories.
 *
 * Reading: whoever reads tickets in an entity (staff, and customers for their own tickets) reads the
 * entity's categories and the shared ones (`entity` null), as a condition in every query. A
 * category's default assignee is routing configuration: only staff see it.
 *
 * Managing (create, rename, move, archive, default assignee): `support.categories.manage` in the
 * category's entity; shared categories need it in every entity. Asserted against the category loaded
 * through the reading scope, so a category out of reach is NOT_FOUND, one in reach but not managed
 * FORBIDDEN. Setting a ticket's category is a change of the ticket: `support.tickets.update` on it.
 */
const readers = (context: SubgraphContext): EntityScope => entityScope(context.ability, 'read', 'Ticket');

/** Categories of the entities in `scope`, and the shared ones (when the scope reaches any entity). */
function categoriesIn(scope: EntityScope): RowScope {
  if (scope.kind === 'none' || (scope.kind === 'some' && !scope.entities.length)) return noRows;
  if (scope.kind === 'every') return rowsWhere({});
  return rowsWhere({ $or: [{ entity: { $in: [...scope.entities] } }, { entity: null }] });
}

/** Every category the caller may read. */
export const readableCategories = (context: SubgraphContext): RowScope => categoriesIn(readers(context));

/** The categories of one entity's tree (its own and the shared ones), if the caller reads that entity. */
export const entityTreeCategories = (context: SubgraphContext, entity: string): RowScope =>
  categoriesIn(narrowTo(readers(context), entity));

/** The categories shown in a tree read for `tree` (an entity code; null: every category the caller reads). */
export const treeCategories = (context: SubgraphContext, tree: string | null): RowScope =>
  tree === null ? readableCategories(context) : entityTreeCategories(context, tree);

export const categoryManagers = (context: SubgraphContext): EntityScope =>
  entityScope(context.ability, 'manage', 'Category');

/** Managing categories of `entity` (null: shared categories, which takes the permission in every entity). */
export function assertManagesCategories(context: SubgraphContext, entity: string | null) {
  if (!reaches(categoryManagers(context), entity)) {
    throw forbidden(
      entity === null
        ? 'Only those who manage categories in every entity may manage shared categories.'
        : `You may not manage the categories of ${entity}.`,
    );
  }
}

/** Whether the caller sees default assignees (staff only: customers read categories, not routing). */
export const seesDefaultAssignee = (context: SubgraphContext) =>
  context.principal.kind === 'user' && context.principal.userType === 'staff';
