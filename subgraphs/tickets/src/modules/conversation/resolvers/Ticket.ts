import type { TicketResolvers } from '../../../generated/resolvers.ts';
import { countMessages, listMessages } from '../message.service.ts';

/** The conversation module adds a ticket's messages to `Ticket`. */
export const Ticket: TicketResolvers = {
  messages: (ticket, args, context) => listMessages(context, ticket.id, args),
  messageCount: (ticket, _args, context) => countMessages(context, ticket.id),
};
