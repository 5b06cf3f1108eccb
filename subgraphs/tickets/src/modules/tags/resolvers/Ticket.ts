import type { TicketResolvers } from '../../../generated/resolvers.ts';
import { ticketTags } from '../tag.service.ts';

/** The tags module adds `Ticket.tags`. */
export const Ticket: TicketResolvers = {
  tags: (ticket, _args, context) => ticketTags(context, ticket),
};
