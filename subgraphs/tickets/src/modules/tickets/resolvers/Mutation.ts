import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { assignTicket, createTicket, updateTicket } from '../ticket.service.ts';

export const Mutation: MutationResolvers = {
  createTicket: async (_parent, { input }, context) => ({ ticket: await createTicket(context, input) }),
  updateTicket: (_parent, { id, input }, context) => updateTicket(context, id, input),
  assignTicket: (_parent, { id, assigneeId }, context) => assignTicket(context, id, assigneeId),
};
