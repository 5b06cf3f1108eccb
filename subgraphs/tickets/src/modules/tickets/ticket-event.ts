import { defineEvent } from '@lotse/kernel/events/contract';
import type { TicketEntity } from './ticket.entity.ts';

/** What a `ticketEvents` subscriber receives: the change and the ticket as it is now. */
export interface TicketEventMessage {
  type: 'created' | 'updated';
  occurredAt: string;
  ticket: TicketEntity;
}

/** The payload of the tickets subgraph's outbox events: the ticket's main fields after the change. */
export interface TicketSnapshot {
  number: string;
  title: string;
  status: TicketEntity['status'];
  priority: TicketEntity['priority'];
  assigneeId: string | null;
}

export const ticketCreated = defineEvent<TicketSnapshot>('ticket.created');
export const ticketUpdated = defineEvent<TicketSnapshot>('ticket.updated');

/** The two names by kind, for the service that records them and the subscription that maps them back. */
export const ticketEventTypes = { created: ticketCreated.type, updated: ticketUpdated.type };
