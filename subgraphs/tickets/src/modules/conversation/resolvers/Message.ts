import type { MessageResolvers } from '../../../generated/resolvers.ts';
import { inertHtml } from '../message-html.ts';
import { findMessage, ticketOf } from '../message.service.ts';

/** Author and mentions are references: the gateway asks identity for them in one batch. */
export const Message: MessageResolvers = {
  __resolveReference: (reference, context) => findMessage(context, reference.id),
  ticket: (message, _args, context) => ticketOf(context, message),
  author: (message) => ({ __typename: 'User', id: message.authorId }),
  bodyHtml: (message) => inertHtml(message.bodyHtml),
  mentions: (message) => message.mentionedUserIds.map((id) => ({ __typename: 'User' as const, id })),
};
