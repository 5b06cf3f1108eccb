import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { findNotification, listNotifications, unreadNotificationCount } from '../notification.service.ts';

export const Query: QueryResolvers = {
  notifications: (_parent, args, context) => listNotifications(context, args),
  unreadNotificationCount: (_parent, _args, context) => unreadNotificationCount(context),
  notification: (_parent, { id }, context) => findNotification(context, id),
};
