import { subject } from '@casl/ability';
import { forbidden, notFound } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { rowScope } from '@lotse/kernel/policy/conditions';
import type { Action } from '@lotse/kernel/policy/permissions';
import { bothScopes, noRows, rowsWhere, type RowScope } from '@lotse/kernel/policy/scope';
import type { TicketEntity } from './ticket.entity.ts';

/**
 * Ticket authorization, applied twice: the scopes below become part of every query so out-of-scope
 * tickets are never loaded; `assertCan` guards each change against the loaded ticket.
 *
 * `readableTickets` is what the caller's roles let them read, deleted or not (other modules narrow it
 * themselves). `liveTickets` is what every query, count, lookup and subscription of this module
 * shows: readable and not deleted. `deletedTickets` is the deleted ones the caller may see, which
 * takes both reading and `support.tickets.delete`.
 */
export const readableTickets = (context: SubgraphContext): RowScope =>
  rowScope(context.ability, 'read', 'Ticket');

export const liveTickets = (context: SubgraphContext): RowScope =>
  bothScopes(readableTickets(context), rowsWhere({ deletedAt: null }));

export const deletedTickets = (context: SubgraphContext): RowScope =>
  bothScopes(
    bothScopes(readableTickets(context), rowScope(context.ability, 'delete', 'Ticket')),
    rowsWhere({ deletedAt: { $ne: null } }),
  );

/** The tickets a delete or restore may load: live readable ones, and deleted ones the caller may see. */
export function deletableOrDeleted(context: SubgraphContext): RowScope {
  const live = liveTickets(context);
  const deleted = deletedTickets(context);
  if (live.kind === 'none') return deleted.kind === 'none' ? noRows : deleted;
  if (deleted.kind === 'none') return live;
  return rowsWhere({ $or: [live.where, deleted.where] });
}

type TicketAction = Extract<Action, 'read' | 'create' | 'update' | 'assign' | 'close' | 'delete'>;

export function assertCan(
  context: SubgraphContext,
  action: TicketAction,
  ticket: Pick<TicketEntity, 'entity' | 'createdById'>,
) {
  const target = subject('Ticket', { entity: ticket.entity, createdById: ticket.createdById });
  if (!context.ability.can(action, target as unknown as 'Ticket')) {
    throw action === 'read' ? notFound('Ticket') : forbidden();
  }
}
