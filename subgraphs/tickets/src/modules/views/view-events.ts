import { defineEvent } from '@lotse/kernel/events/contract';
import type { TicketFilter, TicketOrder } from '../tickets/ticket.service.ts';

/** The views module's domain events, recorded on the view (aggregate `TicketView`). */
export interface TicketViewSnapshot {
  ownerId: string;
  name: string;
  /** The entity it is shared with; null for a personal view. */
  sharedEntity: string | null;
  filter: TicketFilter;
  orderBy: TicketOrder;
}

export const ticketViewCreated = defineEvent<TicketViewSnapshot>('ticket_view.created');
export const ticketViewUpdated = defineEvent<TicketViewSnapshot>('ticket_view.updated');
export const ticketViewDeleted = defineEvent<TicketViewSnapshot>('ticket_view.deleted');
