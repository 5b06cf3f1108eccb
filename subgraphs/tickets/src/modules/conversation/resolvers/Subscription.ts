import type { SubscriptionResolvers } from '../../../generated/resolvers.ts';
import { ticketMessagesAdded } from '../message-subscription.ts';

export const Subscription: SubscriptionResolvers = {
  ticketMessageAdded: {
    subscribe: (_parent, { ticketId }, context) => ticketMessagesAdded(context.events, context, ticketId),
  },
};
