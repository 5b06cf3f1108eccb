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

/** A status change's before and after: the status and what the workflow records with it. */
export interface TicketStatusSnapshot extends TicketSnapshot {
  resolutionNotes: string | null;
  /** ISO 8601 instants, or null. */
  resolvedAt: string | null;
  closedAt: string | null;
}

/** A deletion's or restoration's before and after: the ticket and when it was deleted (null: live). */
export interface TicketDeletionSnapshot extends TicketSnapshot {
  deletedAt: string | null;
}

export const ticketCreated = defineEvent<TicketSnapshot>('ticket.created');
export const ticketUpdated = defineEvent<TicketSnapshot>('ticket.updated');
export const ticketStatusChanged = defineEvent<TicketStatusSnapshot>('ticket.status_changed');
export const ticketDeleted = defineEvent<TicketDeletionSnapshot>('ticket.deleted');
export const ticketRestored = defineEvent<TicketDeletionSnapshot>('ticket.restored');

/** The names by kind, for the service that records them and the subscription that maps them back. */
export const ticketEventTypes = {
  created: ticketCreated.type,
  updated: ticketUpdated.type,
  statusChanged: ticketStatusChanged.type,
  deleted: ticketDeleted.type,
  restored: ticketRestored.type,
};
