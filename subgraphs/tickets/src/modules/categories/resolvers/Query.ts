import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { listCategories } from '../category.service.ts';

export const Query: QueryResolvers = {
  ticketCategories: (_parent, { entity, includeArchived }, context) =>
    listCategories(context, entity, includeArchived),
};
