import { badInput } from '@lotse/kernel/errors';
import type { TicketEntity } from '../tickets/ticket.entity.ts';

type Related = Pick<TicketEntity, 'id' | 'entity' | 'status' | 'mergedIntoId'>;

/** Relations stay within one entity (brand): a KA ticket never points at an OL one. */
export function assertRelatable(a: Related, b: Related, field: string) {
  if (a.id === b.id) throw badInput('A ticket cannot relate to itself.', field);
  if (a.entity !== b.entity) throw badInput('Tickets of different entities cannot be related.', field);
}

/** A merge moves a live duplicate into a ticket that is still open. */
export function assertMergeable(source: Related, target: Related) {
  assertRelatable(source, target, 'targetId');
  if (source.mergedIntoId) throw badInput('This ticket was merged already.', 'sourceId');
  if (source.status === 'closed') throw badInput('A closed ticket cannot be merged.', 'sourceId');
  if (target.mergedIntoId || target.status === 'closed')
    throw badInput('A ticket cannot be merged into a closed one.', 'targetId');
}

/** A parent may not be the ticket itself or any of its descendants: `ancestors` is the new parent's chain up. */
export function assertNoCycle(ticketId: string, ancestors: readonly string[]) {
  if (ancestors.includes(ticketId))
    throw badInput('A ticket cannot become part of its own child.', 'parentId');
}
