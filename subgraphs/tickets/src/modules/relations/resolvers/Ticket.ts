import type { TicketResolvers } from '../../../generated/resolvers.ts';
import { findTicket } from '../../tickets/ticket.service.ts';
import { childrenOf, relatedTo } from '../relations.service.ts';

/** The relations module adds a ticket's parent, children, related tickets and merge target. */
export const Ticket: TicketResolvers = {
  parent: (ticket, _args, context) => (ticket.parentId ? findTicket(context, ticket.parentId) : null),
  children: (ticket, _args, context) => childrenOf(context, ticket),
  relatedTickets: (ticket, _args, context) => relatedTo(context, ticket),
  mergedInto: (ticket, _args, context) =>
    ticket.mergedIntoId ? findTicket(context, ticket.mergedIntoId) : null,
};
