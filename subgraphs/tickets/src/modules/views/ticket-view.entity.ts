import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { TicketFilter, TicketOrder } from '../tickets/ticket.service.ts';

/**
 * A saved ticket view: a named `TicketFilter` and `TicketOrder` of one owner, personal
 * (`sharedEntity` null) or shared with the staff of one entity. `filter` and `orderBy` hold what
 * view-input.ts parsed (database enum values, ISO instants), never raw client input.
 */
export const TicketViewSchema = defineEntity({
  name: 'TicketView',
  tableName: 'ticket_view',
  properties: {
    id: p.uuid().primary(),
    ownerId: p.uuid(),
    sharedEntity: p.string().nullable(),
    name: p.string(),
    filter: p.json<TicketFilter>(),
    orderBy: p.json<TicketOrder>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type TicketViewEntity = InferEntity<typeof TicketViewSchema>;

/** A view's filter as stored and shown (schema: TicketViewFilter). */
export type SavedTicketFilter = TicketFilter;
