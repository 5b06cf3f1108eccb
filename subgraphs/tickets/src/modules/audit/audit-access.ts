import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';
import { entityRows, type RowScope } from '@lotse/kernel/policy/scope';

/**
 * Who reads the audit trail.
 *
 * - A ticket's history: staff who may read the ticket (the ticket's own scope decides that). Customers
 *   never see it — it records internal notes, assignments and who did what.
 * - The audit log: `audit.read`, within the entities it is granted in; events that belong to no
 *   entity only for those who hold it in every entity.
 */
export function assertReadsHistory(context: SubgraphContext) {
  if (context.principal.kind !== 'user' || context.principal.userType !== 'staff')
    throw forbidden("A ticket's history is for staff.");
}

export const readableAuditEvents = (context: SubgraphContext): RowScope =>
  entityRows(entityScope(context.ability, 'read', 'AuditEvent'));
