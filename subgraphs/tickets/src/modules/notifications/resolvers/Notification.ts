import type { NotificationResolvers } from '../../../generated/resolvers.ts';
import { findMessage } from '../../conversation/message.service.ts';
import { findTicket } from '../../tickets/ticket.service.ts';

/** The ticket and message are read with the caller's rights; the actor is a reference. */
export const Notification: NotificationResolvers = {
  ticket: async (notification, _args, context) => (await findTicket(context, notification.ticket))!,
  actor: (notification) => (notification.actorId ? { __typename: 'User', id: notification.actorId } : null),
  message: (notification, _args, context) =>
    notification.messageId ? findMessage(context, notification.messageId) : null,
  read: (notification) => notification.readAt != null,
};
