import { DateTime } from '@lotse/kernel/graphql/date-time';
import type { Resolvers } from './generated/resolvers.ts';
import { ticketMutations } from './modules/tickets/resolvers/mutation.ts';
import { ticketQueries } from './modules/tickets/resolvers/query.ts';
import { ticketSubscriptions } from './modules/tickets/resolvers/subscription.ts';
import { Ticket } from './modules/tickets/resolvers/ticket.ts';

/** The tickets subgraph's resolver map, assembled from its feature modules. */
export const resolvers: Resolvers = {
  DateTime,
  Query: ticketQueries,
  Mutation: ticketMutations,
  Subscription: ticketSubscriptions,
  Ticket,
  TicketStatus: { NEW: 'new', ASSIGNED: 'assigned', IN_PROGRESS: 'in_progress', WAITING: 'waiting', RESOLVED: 'resolved', CLOSED: 'closed' },
  TicketPriority: { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', URGENT: 'urgent' },
  TicketEventType: { CREATED: 'created', UPDATED: 'updated' },
};
