import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { bulkUpdateTickets } from '../bulk.service.ts';

export const Mutation: MutationResolvers = {
  bulkUpdateTickets: (_parent, { input }, context) => bulkUpdateTickets(context, input),
};
