import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { noRows, rowsWhere, type RowScope } from '@lotse/kernel/policy/scope';
import { liveTickets } from '../tickets/ticket-access.ts';

/**
 * Every authorization rule of notifications.
 *
 * - Reading (list, count, lookup, live): one's own notifications about live tickets one may read
 *   now. The tickets' scope joins into every query, so after losing access to a ticket (a role
 *   removed, the ticket deleted) its notifications are neither shown nor counted.
 * - Marking read: one's own notifications; the recipient condition is part of the update.
 * - Writing: the notifications consumer only, never a request.
 */
export const recipientOf = (context: SubgraphContext): string | null =>
  context.principal.kind === 'user' ? context.principal.userId : null;

export function readableNotifications(context: SubgraphContext): RowScope {
  const me = recipientOf(context);
  const tickets = liveTickets(context);
  if (!me || tickets.kind === 'none') return noRows;
  return rowsWhere({ recipientId: me, ticket: tickets.where });
}
