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
