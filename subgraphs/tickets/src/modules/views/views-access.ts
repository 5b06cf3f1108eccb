import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';
import { noRows, reaches, rowsWhere, type EntityScope, type RowScope } from '@lotse/kernel/policy/scope';
import type { TicketViewEntity } from './ticket-view.entity.ts';

/**
 * Every authorization rule of saved ticket views.
 *
 * - Views are for staff who work tickets: `support.tickets.update` in at least one entity. Customers
 *   and API callers without it see none and may create none.
 * - Reading: one's own views, and the views shared with an entity in which one works tickets. A
 *   scope on `owner_id`/`shared_entity`, part of every query. What a view *lists* is decided at read
 *   time by the tickets' own scope (`listTickets`), never by the view.
 * - Sharing with an entity takes working its tickets there.
 * - Changing (rename, update, delete): the owner; a shared view also an admin of its entity
 *   (`identity.users.manage` there). Changing whom a view is shared with: the owner only. Asserted
 *   against the view loaded through the reading scope: out of reach is NOT_FOUND.
 */
export const viewUsers = (context: SubgraphContext): EntityScope =>
  entityScope(context.ability, 'update', 'Ticket');

const viewAdmins = (context: SubgraphContext): EntityScope => entityScope(context.ability, 'manage', 'User');

const callerId = (context: SubgraphContext) =>
  context.principal.kind === 'user' ? context.principal.userId : null;

/** The views the caller may see: their own and those shared with an entity they work in. */
export function readableViews(context: SubgraphContext): RowScope {
  const me = callerId(context);
  const scope = viewUsers(context);
  if (!me || scope.kind === 'none') return noRows;
  const shared =
    scope.kind === 'every' ? { sharedEntity: { $ne: null } } : { sharedEntity: { $in: [...scope.entities] } };
  return rowsWhere({ $or: [{ ownerId: me }, shared] });
}

/** The caller may save views at all (staff working tickets); returns their id. */
export function assertMaySaveViews(context: SubgraphContext): string {
  const me = callerId(context);
  if (!me || viewUsers(context).kind === 'none') throw forbidden('Only staff who work tickets save views.');
  return me;
}

export function assertMayShareWith(context: SubgraphContext, entity: string) {
  if (!reaches(viewUsers(context), entity))
    throw forbidden(`You may not share views with ${entity}: you do not work its tickets.`);
}

export const mayChangeView = (context: SubgraphContext, view: TicketViewEntity): boolean =>
  view.ownerId === callerId(context) ||
  (view.sharedEntity !== null && reaches(viewAdmins(context), view.sharedEntity ?? null));

export function assertMayChangeView(context: SubgraphContext, view: TicketViewEntity) {
  if (!mayChangeView(context, view))
    throw forbidden('Only its owner or an admin of its entity may change this view.');
}

export function assertOwnsView(context: SubgraphContext, view: TicketViewEntity) {
  if (view.ownerId !== callerId(context))
    throw forbidden('Only its owner may change whom a view is shared with.');
}
