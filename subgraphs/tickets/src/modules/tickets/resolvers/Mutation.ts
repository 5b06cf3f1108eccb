import type { MutationResolvers } from '../../../generated/resolvers.ts';
import {
  assignTicket,
  changeTicketStatus,
  createTicket,
  deleteTicket,
  restoreTicket,
  updateTicket,
} from '../ticket.service.ts';

export const Mutation: MutationResolvers = {
  createTicket: async (_parent, { input }, context) => ({ ticket: await createTicket(context, input) }),
  updateTicket: (_parent, { id, input }, context) => updateTicket(context, id, input),
  assignTicket: (_parent, { id, assigneeId }, context) => assignTicket(context, id, assigneeId),
  changeTicketStatus: (_parent, { id, status, resolutionNotes }, context) =>
    changeTicketStatus(context, id, status, resolutionNotes),
  deleteTicket: (_parent, { id }, context) => deleteTicket(context, id),
  restoreTicket: (_parent, { id }, context) => restoreTicket(context, id),
};
