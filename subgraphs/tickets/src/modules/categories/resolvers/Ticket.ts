import type { TicketResolvers } from '../../../generated/resolvers.ts';
import { ticketCategory } from '../category.service.ts';

/** The categories module adds `Ticket.category`. */
export const Ticket: TicketResolvers = {
  category: (ticket, _args, context) => ticketCategory(context, ticket),
};
