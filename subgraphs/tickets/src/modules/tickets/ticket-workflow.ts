import { badInput } from '@lotse/kernel/errors';
import type { TicketEntity } from './ticket.entity.ts';

type Status = TicketEntity['status'];

/**
 * The ticket workflow as pure rules. Where a ticket may go from each status by an agent's explicit
 * change; `assigned` and `new` follow from assigning and unassigning (see assignTicket), and a closed
 * ticket is finished for good (a customer who writes again gets a follow-up ticket).
 */
const transitions: Record<Status, readonly Status[]> = {
  new: ['in_progress', 'waiting', 'resolved', 'closed'],
  assigned: ['in_progress', 'waiting', 'resolved', 'closed'],
  in_progress: ['waiting', 'resolved', 'closed'],
  waiting: ['in_progress', 'resolved', 'closed'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

export const canMove = (from: Status, to: Status) => transitions[from].includes(to);

/** Resolving and closing need `support.tickets.close`; every other change `support.tickets.update`. */
export const actionFor = (to: Status) => (to === 'resolved' || to === 'closed' ? 'close' : 'update');

/** Finishing a ticket (resolved or closed) needs resolution notes, written now or when it was resolved. */
export const needsResolutionNotes = (to: Status) => to === 'resolved' || to === 'closed';

export function assertCanMove(from: Status, to: Status) {
  if (from === to) return;
  if (!canMove(from, to)) throw badInput(`A ${from} ticket cannot become ${to}.`, 'status');
}

/**
 * A customer's public reply puts a ticket that waited on them, or was resolved, back to work: with the
 * agent who owns it, or back in the queue when nobody does. Other statuses stay.
 */
export function statusAfterCustomerReply(ticket: Pick<TicketEntity, 'status' | 'assigneeId'>): Status {
  if (ticket.status !== 'waiting' && ticket.status !== 'resolved') return ticket.status;
  return ticket.assigneeId ? 'in_progress' : 'new';
}

/** Whether new messages may be added at all. */
export const acceptsMessages = (status: Status) => status !== 'closed';

/** Resolution notes are plain text (never rendered as HTML) of at most this many characters. */
export const RESOLUTION_NOTES_MAX = 10_000;

/**
 * The resolution notes a move to `to` records, or BAD_USER_INPUT on `resolutionNotes`: notes are given
 * only when resolving or closing, and are required then — except when closing a resolved ticket that
 * already has them (they are kept). Reopening keeps the old notes, but resolving again needs new ones.
 */
export function resolutionNotesFor(
  ticket: Pick<TicketEntity, 'status' | 'resolutionNotes'>,
  to: Status,
  given: string | null | undefined,
): string | null | undefined {
  if (given != null) {
    if (!needsResolutionNotes(to))
      throw badInput('resolutionNotes are given only when resolving or closing a ticket.', 'resolutionNotes');
    const notes = given.trim();
    if (notes.length < 1 || notes.length > RESOLUTION_NOTES_MAX)
      throw badInput(`resolutionNotes must be 1–${RESOLUTION_NOTES_MAX} characters.`, 'resolutionNotes');
    return notes;
  }
  if (!needsResolutionNotes(to) || ticket.status === to) return ticket.resolutionNotes;
  if (to === 'closed' && ticket.status === 'resolved' && ticket.resolutionNotes)
    return ticket.resolutionNotes;
  throw badInput(`A ticket becomes ${to} only with resolution notes.`, 'resolutionNotes');
}

/**
 * The timestamps a move sets: resolving stamps resolvedAt, closing stamps closedAt (and resolvedAt
 * when the ticket was never resolved), reopening clears resolvedAt.
 */
export function timestampsFor(
  ticket: Pick<TicketEntity, 'status' | 'resolvedAt' | 'closedAt'>,
  to: Status,
  now: Date,
): { resolvedAt: Date | null; closedAt: Date | null } {
  if (ticket.status === to)
    return { resolvedAt: ticket.resolvedAt ?? null, closedAt: ticket.closedAt ?? null };
  if (to === 'resolved') return { resolvedAt: now, closedAt: null };
  if (to === 'closed') return { resolvedAt: ticket.resolvedAt ?? now, closedAt: now };
  return { resolvedAt: null, closedAt: null };
}
