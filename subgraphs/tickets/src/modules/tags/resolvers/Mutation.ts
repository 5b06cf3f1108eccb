import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { tagTicket } from '../tag.service.ts';

export const Mutation: MutationResolvers = {
  tagTicket: (_parent, { ticketId, add, remove }, context) => tagTicket(context, ticketId, add, remove),
};
