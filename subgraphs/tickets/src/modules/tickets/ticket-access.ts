import { subject } from '@casl/ability';
import { forbidden, notFound } from '@lotse/kernel/errors';
import { accessFilter } from '@lotse/kernel/policy/conditions';
import type { Action } from '@lotse/kernel/policy/permissions';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { TicketEntity } from './ticket.entity.ts';

/**
 * Ticket authorization, applied twice: `readableWhere` becomes part of every query so out-of-scope
 * tickets are never loaded; `assertCan` guards each change against the loaded ticket.
 */
export function readableWhere(context: SubgraphContext) {
  return accessFilter(context.ability, 'read', 'Ticket');
}

export function assertCan(context: SubgraphContext, action: Action, ticket: Pick<TicketEntity, 'entity' | 'createdById'>) {
  const target = subject('Ticket', { entity: ticket.entity, createdById: ticket.createdById });
  if (!context.ability.can(action as never, target as never)) {
    throw action === 'read' ? notFound('Ticket') : forbidden();
  }
}
