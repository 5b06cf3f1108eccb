import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A tag of one entity: its normalized name and how many tickets carry it (for autocomplete). */
export const TagSchema = defineEntity({
  name: 'Tag',
  tableName: 'tag',
  properties: {
    id: p.uuid().primary(),
    entity: p.string(),
    name: p.string(),
    useCount: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type TagEntity = InferEntity<typeof TagSchema>;

/** A tag on a ticket. */
export const TicketTagSchema = defineEntity({
  name: 'TicketTag',
  tableName: 'ticket_tag',
  properties: {
    ticketId: p.uuid().primary(),
    tagId: p.uuid().primary(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type TicketTagEntity = InferEntity<typeof TicketTagSchema>;
