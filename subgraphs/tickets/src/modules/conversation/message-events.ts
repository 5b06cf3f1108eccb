import { defineEvent } from '@lotse/kernel/events/contract';
import type { MessageEntity } from './message.entity.ts';

/**
 * The conversation's domain events. Both are recorded on the ticket (aggregate `Ticket`, id = the
 * ticket's id), so a ticket's audit trail holds its messages in order; the payload names the message.
 *
 * `internal` marks internal notes, so consumers can leave them out of anything a customer sees.
 * The payload (`after`) is what the relay copies to the bus: it carries a body only for public
 * replies. An internal note's text stays in the tickets subgraph — in the message row, and in the
 * `before` of each edit (the outbox alone keeps `before`; it is never published) — and a consumer
 * that needs it loads the message with its own rights.
 */
export interface MessagePayload {
  ticketId: string;
  messageId: string;
  visibility: MessageEntity['visibility'];
  internal: boolean;
  authorId: string;
  authorType: MessageEntity['authorType'];
  isFirstResponse: boolean;
  /** Staff of the ticket's entity mentioned in the body (mentions of anyone else are dropped). */
  mentionedUserIds: string[];
  /** Null for internal notes. */
  bodyHtml: string | null;
  /** Null for internal notes. */
  bodyText: string | null;
  editedAt: string | null;
}

export const messageAdded = defineEvent<MessagePayload>('ticket.message_added');
export const messageEdited = defineEvent<MessagePayload>('ticket.message_edited');

/** The published payload of a message: bodies of public replies only. */
export function messagePayload(message: MessageEntity): MessagePayload {
  const internal = message.visibility === 'internal_note';
  return {
    ticketId: message.ticket,
    messageId: message.id,
    visibility: message.visibility,
    internal,
    authorId: message.authorId,
    authorType: message.authorType,
    isFirstResponse: message.isFirstResponse,
    mentionedUserIds: [...message.mentionedUserIds],
    bodyHtml: internal ? null : message.bodyHtml,
    bodyText: internal ? null : message.bodyText,
    editedAt: message.editedAt?.toISOString() ?? null,
  };
}

/** A message as an edit's `before` records it: with its body whatever its visibility (outbox only). */
export const messageBefore = (message: MessageEntity): MessagePayload => ({
  ...messagePayload(message),
  bodyHtml: message.bodyHtml,
  bodyText: message.bodyText,
});
