import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';
import { reaches, type EntityScope } from '@lotse/kernel/policy/scope';

/**
 * Every authorization rule of importing: `support.tickets.import` (admins and super admins) in the
 * entity of each imported ticket. A caller who may import nowhere is refused as a whole; a line of an
 * entity out of the caller's reach fails on its own, like any other bad line.
 */
export const importers = (context: SubgraphContext): EntityScope =>
  entityScope(context.ability, 'import', 'Ticket');

export function assertImportsSomewhere(context: SubgraphContext) {
  if (importers(context).kind === 'none') throw forbidden('You may not import tickets.');
}

export function assertImportsInto(scope: EntityScope, entity: string) {
  if (!reaches(scope, entity)) throw forbidden(`You may not import tickets into ${entity}.`);
}
