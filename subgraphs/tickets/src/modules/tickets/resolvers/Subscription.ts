import type { SubscriptionResolvers } from '../../../generated/resolvers.ts';
import { ticketEvents } from '../ticket-subscription.ts';

export const Subscription: SubscriptionResolvers = {
  ticketEvents: {
    subscribe: (_parent, { entity }, context) => ticketEvents(context.events, context, entity),
  },
};
