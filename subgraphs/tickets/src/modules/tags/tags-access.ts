import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';
import type { EntityScope } from '@lotse/kernel/policy/scope';

/**
 * Who sees and changes tags. Tags are staff's triage words ("angry", "refund-requested"), so only
 * staff read them: a ticket's tags and the autocomplete, in the entities where they read tickets.
 * Customers get an empty list without a query. Tagging a ticket is changing it: `assertCan(context,
 * 'update', ticket)` from the tickets module, against the ticket locked through its scope.
 */
export function tagReaders(context: SubgraphContext): EntityScope {
  const { principal, ability } = context;
  if (principal.kind !== 'user' || principal.userType !== 'staff') return { kind: 'none' };
  return entityScope(ability, 'read', 'Ticket');
}
