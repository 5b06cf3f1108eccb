import type { TicketCategoryResolvers } from '../../../generated/resolvers.ts';
import { seesDefaultAssignee } from '../categories-access.ts';
import { childrenOf, parentOf, pathOf } from '../category.service.ts';

/** Path, parent and children are read in batches across the whole response (request-batch.ts). */
export const TicketCategory: TicketCategoryResolvers = {
  path: (category, _args, context) => pathOf(context, category),
  depth: (category) => category.pathIds.length,
  entity: (category) => (category.entity ? { __typename: 'Entity', code: category.entity } : null),
  parent: (category, _args, context) => parentOf(context, category),
  children: (category, { includeArchived }, context) => childrenOf(context, category, includeArchived),
  defaultAssignee: (category, _args, context) =>
    category.defaultAssigneeId && seesDefaultAssignee(context)
      ? { __typename: 'User', id: category.defaultAssigneeId }
      : null,
  archived: (category) => category.archivedAt != null,
};
