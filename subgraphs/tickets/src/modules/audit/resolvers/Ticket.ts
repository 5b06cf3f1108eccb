import type { TicketResolvers } from '../../../generated/resolvers.ts';
import { ticketHistory } from '../audit.service.ts';

/** The audit module adds `Ticket.history`. */
export const Ticket: TicketResolvers = {
  history: (ticket, args, context) => ticketHistory(context, ticket, args),
};
