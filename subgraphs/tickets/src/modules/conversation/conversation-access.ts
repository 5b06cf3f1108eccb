import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { noRows, rowsWhere, type EntityScope, type RowScope } from '@lotse/kernel/policy/scope';
import { assertCan, readableTickets } from '../tickets/ticket-access.ts';
import type { TicketEntity } from '../tickets/ticket.entity.ts';
import type { MessageEntity, MessageVisibility } from './message.entity.ts';

/**
 * Every authorization rule of the conversation.
 *
 * Reading: a message is visible when its ticket is (the tickets module's scope, and never a deleted
 * ticket) and, for an internal note, when the caller is staff who read every ticket of its entity.
 * Customers read only their own tickets (an ownership rule), so for them the scope is
 * `visibility = 'public_reply'` inside the query: an internal note is never loaded for a customer,
 * by any path (thread, count, lookup, reference, subscription).
 *
 * Writing, asserted against the ticket loaded (and locked) through `conversationTickets`:
 * - a public reply: staff who may update the ticket (`support.tickets.update`), or the customer who
 *   opened it;
 * - an internal note: staff who may update the ticket;
 * - an edit: the message's author only, who must still be allowed to write it (staff: still allowed
 *   to update the ticket; a customer: still the ticket's creator).
 */
const PUBLIC: MessageVisibility = 'public_reply';

/** The tickets whose conversation the caller may see, for queries and row locks alike. */
export function conversationTickets(context: SubgraphContext): RowScope {
  const tickets = readableTickets(context);
  if (tickets.kind === 'none') return noRows;
  // Deleted tickets are invisible, and so is their conversation, whatever the tickets scope says today.
  return rowsWhere({ $and: [tickets.where, { deletedAt: null }] });
}

/**
 * Entities in which the caller reads internal notes: those where a staff member may read every
 * ticket. A rule limited to the caller's own tickets (`createdById`, the customer role) never counts.
 */
export function noteReaders(context: SubgraphContext): EntityScope {
  const { principal, ability } = context;
  if (principal.kind !== 'user' || principal.userType !== 'staff') return { kind: 'none' };
  const rules = ability
    .rulesFor('read', 'Ticket')
    .filter((rule) => !rule.inverted && !(rule.conditions && 'createdById' in rule.conditions));
  if (!rules.length) return { kind: 'none' };
  if (rules.some((rule) => !rule.conditions || !('entity' in rule.conditions))) return { kind: 'every' };
  return {
    kind: 'some',
    entities: [...new Set(rules.map((rule) => String((rule.conditions as { entity: string }).entity)))],
  };
}

/** The messages the caller may read, as a condition on Message (it joins the ticket). */
export function readableMessages(context: SubgraphContext): RowScope {
  const tickets = conversationTickets(context);
  if (tickets.kind === 'none') return noRows;
  const notes = noteReaders(context);
  const ticket = { ticket: tickets.where };
  if (notes.kind === 'every') return rowsWhere(ticket);
  const visibility =
    notes.kind === 'none'
      ? { visibility: PUBLIC }
      : { $or: [{ visibility: PUBLIC }, { ticket: { entity: { $in: [...notes.entities] } } }] };
  return rowsWhere({ $and: [ticket, visibility] });
}

type TicketRef = Pick<TicketEntity, 'entity' | 'createdById'>;

/** Whether the caller is the customer who opened the ticket. */
const isCustomerCreator = (context: SubgraphContext, ticket: TicketRef) =>
  context.principal.kind === 'user' &&
  context.principal.userType === 'customer' &&
  context.principal.userId === ticket.createdById;

/** Whether the caller writes as a customer (the ticket's own customer) or as staff. */
export const authorTypeOf = (context: SubgraphContext): 'customer' | 'staff' =>
  context.principal.kind === 'user' && context.principal.userType === 'customer' ? 'customer' : 'staff';

export function assertCanWrite(context: SubgraphContext, visibility: MessageVisibility, ticket: TicketRef) {
  if (visibility === PUBLIC && isCustomerCreator(context, ticket)) return;
  if (authorTypeOf(context) === 'customer')
    throw forbidden('Customers write public replies on their own tickets only.');
  assertCan(context, 'update', ticket);
}

export function assertCanEdit(
  context: SubgraphContext,
  message: Pick<MessageEntity, 'authorId' | 'visibility'>,
  ticket: TicketRef,
) {
  const self = context.principal.kind === 'user' ? context.principal.userId : null;
  if (message.authorId !== self) throw forbidden('Only its author may edit a message.');
  assertCanWrite(context, message.visibility, ticket);
}
