import { defineEvent } from '@lotse/kernel/events/contract';

/** A ticket's tags before and after a change, sorted; recorded on the ticket (aggregate `Ticket`). */
export interface TicketTagsPayload {
  tags: string[];
}

export const ticketTagsChanged = defineEvent<TicketTagsPayload>('ticket.tags_changed');
