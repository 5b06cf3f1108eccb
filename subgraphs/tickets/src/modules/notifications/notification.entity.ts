import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { TicketSchema } from '../tickets/ticket.entity.ts';

export const notificationKinds = ['mentioned', 'assigned', 'customer_replied'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * An in-app notification of one staff member about one ticket. `ticket` maps to the ticket's id but
 * stays a relation, so the reader's ticket scope joins into every notification query. Written only
 * by the notifications consumer (notification-consumer.ts); the reader changes `readAt` only.
 */
export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.uuid().primary(),
    recipientId: p.uuid(),
    kind: p.enum(notificationKinds),
    ticket: () => p.manyToOne(TicketSchema).mapToPk(),
    entity: p.string(),
    actorId: p.uuid().nullable(),
    messageId: p.uuid().nullable(),
    sourceEventId: p.bigint(),
    readAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type NotificationEntity = InferEntity<typeof NotificationSchema>;
