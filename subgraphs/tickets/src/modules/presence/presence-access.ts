import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { bothScopes, entityRows, noRows, rowsWhere, type RowScope } from '@lotse/kernel/policy/scope';
import { entityScope } from '@lotse/kernel/policy/ability';
import { liveTickets } from '../tickets/ticket-access.ts';

/**
 * Every authorization rule of presence (collision detection).
 *
 * - Announcing and watching: staff who may update the ticket (`support.tickets.update` in its
 *   entity) and read it. Customers neither appear nor watch. Asserted against the ticket loaded
 *   through the live tickets scope (presence.service.ts): out of reach is NOT_FOUND, readable but
 *   not workable (the tickets module's `assertCan(…, 'update', …)`) is FORBIDDEN.
 * - What a watcher sees is read through the same scope on every look, so losing access to the
 *   ticket stops the updates.
 */
export function presenceTickets(context: SubgraphContext): RowScope {
  const workers = entityRows(entityScope(context.ability, 'update', 'Ticket'));
  return bothScopes(liveTickets(context), workers);
}

export function presenceRows(context: SubgraphContext, ticketId: string): RowScope {
  const tickets = presenceTickets(context);
  if (tickets.kind === 'none') return noRows;
  return rowsWhere({ $and: [{ ticket: ticketId }, { ticket: tickets.where }] });
}

export const callerId = (context: SubgraphContext) =>
  context.principal.kind === 'user' ? context.principal.userId : null;
