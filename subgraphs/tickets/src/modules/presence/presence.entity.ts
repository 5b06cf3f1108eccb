import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { TicketSchema } from '../tickets/ticket.entity.ts';

export const presenceActivities = ['viewing', 'replying'] as const;
export type PresenceActivity = (typeof presenceActivities)[number];

/**
 * A staff member's presence on a ticket, alive until `expiresAt`. `ticket` maps to the ticket's id
 * but stays a relation, so the reader's ticket scope joins into every presence query. Written with
 * SQL upserts by presence.service.ts.
 */
export const TicketPresenceSchema = defineEntity({
  name: 'TicketPresenceRow',
  tableName: 'ticket_presence',
  properties: {
    ticket: () => p.manyToOne(TicketSchema).mapToPk().primary(),
    userId: p.uuid().primary(),
    activity: p.enum(presenceActivities),
    expiresAt: p.datetime(),
  },
});
export type TicketPresenceEntity = InferEntity<typeof TicketPresenceSchema>;
