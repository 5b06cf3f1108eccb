import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';
import { entityRows, narrowTo, reaches, type EntityScope, type RowScope } from '@lotse/kernel/policy/scope';

/**
 * Every authorization rule of canned responses.
 *
 * - Using them (listing, suggestions, rendering into a reply): staff who may update tickets of the
 *   entity (`support.tickets.update`), and those who manage them. Customers never see them. A scope
 *   on the `entity` column, part of every query.
 * - Rendering one for a ticket also takes `support.tickets.update` on that ticket (the tickets
 *   module's `assertCan`), and the response must be of the ticket's entity.
 * - Managing them (create, update, delete): `support.canned.manage` in the response's entity.
 *   Asserted against the response loaded through the using scope: out of reach is NOT_FOUND.
 */
function union(a: EntityScope, b: EntityScope): EntityScope {
  if (a.kind === 'every' || b.kind === 'every') return { kind: 'every' };
  const entities = [
    ...new Set([...(a.kind === 'some' ? a.entities : []), ...(b.kind === 'some' ? b.entities : [])]),
  ];
  return entities.length ? { kind: 'some', entities } : { kind: 'none' };
}

export const cannedManagers = (context: SubgraphContext): EntityScope =>
  entityScope(context.ability, 'manage', 'CannedResponse');

export const cannedUsers = (context: SubgraphContext): EntityScope =>
  union(entityScope(context.ability, 'update', 'Ticket'), cannedManagers(context));

/** The canned responses the caller may use, optionally of one entity only. */
export const usableCannedResponses = (context: SubgraphContext, entity?: string | null): RowScope =>
  entityRows(narrowTo(cannedUsers(context), entity));

export function assertManagesCanned(context: SubgraphContext, entity: string) {
  if (!reaches(cannedManagers(context), entity))
    throw forbidden(`You may not manage the canned responses of ${entity}.`);
}
