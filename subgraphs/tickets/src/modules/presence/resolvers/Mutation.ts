import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { announceTicketPresence } from '../presence.service.ts';

export const Mutation: MutationResolvers = {
  announceTicketPresence: (_parent, { ticketId, activity }, context) =>
    announceTicketPresence(context, ticketId, activity),
};
