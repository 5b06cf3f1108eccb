import type { TicketEntity } from './ticket.entity.ts';

/** What a `ticketEvents` subscriber receives: the change and the ticket as it is now. */
export interface TicketEventMessage {
  type: 'created' | 'updated';
  occurredAt: string;
  ticket: TicketEntity;
}

/** Domain event names the tickets subgraph writes to its outbox. */
export const ticketEventTypes = { created: 'ticket.created', updated: 'ticket.updated' } as const;
