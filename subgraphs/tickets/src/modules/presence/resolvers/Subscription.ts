import type { SubscriptionResolvers } from '../../../generated/resolvers.ts';
import { ticketPresenceUpdates } from '../presence-subscription.ts';

export const Subscription: SubscriptionResolvers = {
  ticketPresence: {
    subscribe: (_parent, { ticketId }, context) => ticketPresenceUpdates(context, ticketId),
  },
};
