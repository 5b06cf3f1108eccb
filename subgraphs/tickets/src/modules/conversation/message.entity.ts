import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { TicketSchema } from '../tickets/ticket.entity.ts';

export const messageVisibilities = ['public_reply', 'internal_note'] as const;
export const messageAuthorTypes = ['staff', 'customer'] as const;
export type MessageVisibility = (typeof messageVisibilities)[number];

/**
 * One message of a ticket's conversation. `ticket` maps to the ticket's id but stays a relation, so
 * access conditions on the ticket (its entity, its creator) join into every message query.
 * `position` orders a ticket's messages (1, 2, 3 …, assigned under the ticket's row lock), so the
 * thread's order never depends on clocks. `bodyHtml` is stored sanitized (message-html.ts).
 */
export const MessageSchema = defineEntity({
  name: 'Message',
  tableName: 'message',
  properties: {
    id: p.uuid().primary(),
    ticket: () => p.manyToOne(TicketSchema).mapToPk(),
    position: p.integer(),
    authorId: p.uuid(),
    authorType: p.enum(messageAuthorTypes),
    visibility: p.enum(messageVisibilities),
    bodyHtml: p.text(),
    bodyText: p.text(),
    mentionedUserIds: p.array().columnType('uuid[]'),
    isFirstResponse: p.boolean().default(false),
    clientMutationId: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    editedAt: p.datetime().nullable(),
  },
});
export type MessageEntity = InferEntity<typeof MessageSchema>;
