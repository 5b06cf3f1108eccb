import type { SubscriptionResolvers } from '../../../generated/resolvers.ts';
import { notificationsAdded } from '../notification-subscription.ts';

export const Subscription: SubscriptionResolvers = {
  notificationAdded: {
    subscribe: (_parent, _args, context) => notificationsAdded(context.events, context),
  },
};
