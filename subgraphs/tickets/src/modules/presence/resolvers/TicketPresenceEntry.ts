import type { TicketPresenceEntryResolvers } from '../../../generated/resolvers.ts';

/** The user is a reference: the gateway asks identity for the rest. */
export const TicketPresenceEntry: TicketPresenceEntryResolvers = {
  user: (entry) => ({ __typename: 'User', id: entry.userId }),
};
