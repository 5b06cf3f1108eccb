import { defineEvent } from '@lotse/kernel/events/contract';

/** A ticket came from another desk: which external ticket it was (recorded on the ticket, `Ticket`). */
export interface TicketImportedPayload {
  externalId: string;
  /** Where the other desk said the ticket came in (`email`, `chat`, …), when it said. */
  channel: string | null;
}

/** A customer's rating of how their ticket was handled. */
export interface TicketRatedPayload {
  ratingId: string;
  score: number;
  comment: string | null;
}

export const ticketImported = defineEvent<TicketImportedPayload>('ticket.imported');
export const ticketRated = defineEvent<TicketRatedPayload>('ticket.rated');
