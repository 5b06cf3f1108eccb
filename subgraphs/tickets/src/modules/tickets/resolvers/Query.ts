import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { findTicket, findTicketByNumber, listTickets } from '../ticket.service.ts';

export const Query: QueryResolvers = {
  ticket: (_parent, { id }, context) => findTicket(context, id),
  ticketByNumber: (_parent, { number }, context) => findTicketByNumber(context, number),
  tickets: (_parent, args, context) => listTickets(context, args),
};
