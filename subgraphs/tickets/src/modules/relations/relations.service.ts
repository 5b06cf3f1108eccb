import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { RowScope } from '@lotse/kernel/policy/scope';
import { assertCan, liveTickets } from '../tickets/ticket-access.ts';
import { applyWorkflowStatus, lockTicket } from '../tickets/ticket.service.ts';
import { TicketSchema, type TicketEntity } from '../tickets/ticket.entity.ts';
import { ticketLinked, ticketMerged, ticketParentChanged, ticketUnlinked } from './relation-events.ts';
import { assertMergeable, assertNoCycle, assertRelatable } from './relation-rules.ts';
import { linkKey, TicketLinkSchema } from './ticket-link.entity.ts';

/** Locks two tickets in id order, so two requests relating the same pair never deadlock. */
async function lockPair(tx: EntityManager, scope: RowScope, a: string, b: string) {
  const [first, second] = a < b ? [a, b] : [b, a];
  const locked = [await lockTicket(tx, scope, first), await lockTicket(tx, scope, second)];
  return a < b
    ? (locked as [TicketEntity, TicketEntity])
    : ([locked[1], locked[0]] as [TicketEntity, TicketEntity]);
}

const onTicket = (ticket: TicketEntity) => ({
  aggregateType: 'Ticket',
  aggregateId: ticket.id,
  entity: ticket.entity,
});

/** Links two related tickets of one entity (or removes the link); both histories record it. */
export function setTicketLink(context: SubgraphContext, id: string, relatedId: string, linked: boolean) {
  return context.em.transactional(async (tx) => {
    const [ticket, related] = await lockPair(tx, liveTickets(context), id, relatedId);
    assertCan(context, 'update', ticket);
    assertCan(context, 'update', related);
    assertRelatable(ticket, related, 'relatedId');
    const key = linkKey(ticket.id, related.id);
    const existing = await tx.findOne(TicketLinkSchema, key);
    if (linked === Boolean(existing)) return ticket;
    if (existing) tx.remove(existing);
    else tx.create(TicketLinkSchema, key);
    await tx.flush();
    const event = linked ? ticketLinked : ticketUnlinked;
    for (const [one, other] of [
      [ticket, related],
      [related, ticket],
    ] as const)
      await event.record(tx, context.internal, {
        ...onTicket(one),
        after: { ticketId: one.id, otherTicketId: other.id },
      });
    return ticket;
  });
}

/** The chain of parents above a ticket, itself included (`union` stops even on corrupt data). */
async function chainUp(tx: EntityManager, id: string): Promise<string[]> {
  const rows: { id: string }[] = await tx.execute(
    `with recursive up as (
       select id, parent_id from tickets.ticket where id = ?
       union
       select t.id, t.parent_id from tickets.ticket t join up on t.id = up.parent_id
     ) select id from up`,
    [id],
  );
  return rows.map((row) => row.id);
}

/** Makes a ticket part of another of its entity (or of none), never of its own descendants. */
export function setParentTicket(context: SubgraphContext, id: string, parentId: string | null | undefined) {
  return context.em.transactional(async (tx) => {
    const scope = liveTickets(context);
    const [ticket, parent] = parentId
      ? await lockPair(tx, scope, id, parentId)
      : [await lockTicket(tx, scope, id), null];
    assertCan(context, 'update', ticket);
    if (parent) {
      assertCan(context, 'update', parent);
      assertRelatable(ticket, parent, 'parentId');
      assertNoCycle(ticket.id, await chainUp(tx, parent.id));
    }
    const previous = ticket.parentId ?? null;
    if (previous === (parent?.id ?? null)) return ticket;
    ticket.parentId = parent?.id ?? null;
    await tx.flush();
    await ticketParentChanged.record(tx, context.internal, {
      ...onTicket(ticket),
      before: { ticketId: ticket.id, otherTicketId: previous },
      after: { ticketId: ticket.id, otherTicketId: ticket.parentId },
    });
    return ticket;
  });
}

export interface MergeResult {
  source: TicketEntity;
  target: TicketEntity;
  movedMessages: number;
}

/**
 * Merges a duplicate into the ticket that stays: its messages move over (after the target's, in their
 * order), its children follow, and it closes with a pointer to the target. Both histories record it.
 * Needs `update` on the target and `close` on the duplicate.
 */
export function mergeTickets(
  context: SubgraphContext,
  sourceId: string,
  targetId: string,
): Promise<MergeResult> {
  return context.em.transactional(async (tx) => {
    const [source, target] = await lockPair(tx, liveTickets(context), sourceId, targetId);
    assertCan(context, 'update', target);
    assertCan(context, 'close', source);
    assertMergeable(source, target);
    const { last } = await tx.execute<{ last: number }>(
      'select coalesce(max(position), 0)::int as last from tickets.message where ticket_id = ?',
      [target.id],
      'get',
    );
    // The target keeps its own first response; the duplicate's counts only when the target has none.
    const { affectedRows: movedMessages } = await tx.execute<{ affectedRows: number }>(
      `update tickets.message set ticket_id = ?, position = position + ?,
         is_first_response = is_first_response and ?
       where ticket_id = ?`,
      [target.id, last, !target.firstResponseAt, source.id],
      'run',
    );
    await tx.nativeUpdate(TicketSchema, { parentId: source.id }, { parentId: target.id });
    target.firstResponseAt ??= source.firstResponseAt ?? null;
    target.awaitingReply ||= source.awaitingReply;
    Object.assign(source, {
      mergedIntoId: target.id,
      resolutionNotes: `Merged into ${target.number}.`,
      awaitingReply: false,
    });
    await applyWorkflowStatus(tx, context.internal, source, 'closed');
    await tx.flush();
    const after = { sourceId: source.id, targetId: target.id, targetNumber: target.number, movedMessages };
    await ticketMerged.record(tx, context.internal, { ...onTicket(source), after });
    await ticketMerged.record(tx, context.internal, { ...onTicket(target), after });
    return { source, target, movedMessages };
  });
}

/** Readable live tickets matching a condition, oldest first (for the relation fields). */
function relatedWhere(context: SubgraphContext, where: Record<string, unknown>) {
  const scope = liveTickets(context);
  if (scope.kind === 'none') return Promise.resolve([] as TicketEntity[]);
  return context.em.find(
    TicketSchema,
    { $and: [where, scope.where] },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

export const childrenOf = (context: SubgraphContext, ticket: TicketEntity) =>
  relatedWhere(context, { parentId: ticket.id });

export async function relatedTo(context: SubgraphContext, ticket: TicketEntity) {
  const links = await context.em.find(TicketLinkSchema, {
    $or: [{ ticketId: ticket.id }, { relatedId: ticket.id }],
  });
  const ids = links.map((link) => (link.ticketId === ticket.id ? link.relatedId : link.ticketId));
  return ids.length ? relatedWhere(context, { id: { $in: ids } }) : [];
}
