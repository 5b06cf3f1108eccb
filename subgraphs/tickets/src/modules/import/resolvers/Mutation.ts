import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { importTickets } from '../import.service.ts';

export const Mutation: MutationResolvers = {
  importTickets: (_parent, { ndjson }, context) => importTickets(context, ndjson),
};
