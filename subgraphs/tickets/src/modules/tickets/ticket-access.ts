import { subject } from '@casl/ability';
import { forbidden, notFound } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { rowScope } from '@lotse/kernel/policy/conditions';
import type { Action } from '@lotse/kernel/policy/permissions';
import type { RowScope } from '@lotse/kernel/policy/scope';
import type { TicketEntity } from './ticket.entity.ts';

/**
 * Ticket authorization, applied twice: `readableTickets` becomes part of every query so out-of-scope
 * tickets are never loaded; `assertCan` guards each change against the loaded ticket.
 */
export const readableTickets = (context: SubgraphContext): RowScope =>
  rowScope(context.ability, 'read', 'Ticket');

type TicketAction = Extract<Action, 'read' | 'create' | 'update' | 'assign' | 'close'>;

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
