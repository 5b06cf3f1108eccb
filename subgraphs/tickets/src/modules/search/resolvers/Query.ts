import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { searchTickets } from '../search.service.ts';

export const Query: QueryResolvers = {
  searchTickets: (_parent, args, context) => searchTickets(context, args),
};
