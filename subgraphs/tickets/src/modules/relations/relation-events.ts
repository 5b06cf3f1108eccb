import { defineEvent } from '@lotse/kernel/events/contract';

/** Recorded on each ticket a relation touches, so both histories show it. */
export interface TicketRelationPayload {
  ticketId: string;
  otherTicketId: string | null;
}
export interface TicketMergePayload {
  sourceId: string;
  targetId: string;
  targetNumber: string;
  movedMessages: number;
}

export const ticketLinked = defineEvent<TicketRelationPayload>('ticket.linked');
export const ticketUnlinked = defineEvent<TicketRelationPayload>('ticket.unlinked');
export const ticketParentChanged = defineEvent<TicketRelationPayload>('ticket.parent_changed');
export const ticketMerged = defineEvent<TicketMergePayload>('ticket.merged');
