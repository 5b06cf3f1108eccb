import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Two related tickets, stored once per pair with the smaller id first (`linkKey`). */
export const TicketLinkSchema = defineEntity({
  name: 'TicketLink',
  tableName: 'ticket_link',
  properties: {
    ticketId: p.uuid().primary(),
    relatedId: p.uuid().primary(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type TicketLinkEntity = InferEntity<typeof TicketLinkSchema>;

export const linkKey = (a: string, b: string) =>
  a < b ? { ticketId: a, relatedId: b } : { ticketId: b, relatedId: a };
