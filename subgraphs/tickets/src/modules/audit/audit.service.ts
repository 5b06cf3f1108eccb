import { badInput } from '@lotse/kernel/errors';
import { isUuid, pageSize } from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { TicketEntity } from '../tickets/ticket.entity.ts';
import { assertReadsHistory, readableAuditEvents } from './audit-access.ts';
import { AuditEventSchema, type AuditEventEntity } from './audit-event.entity.ts';
import { BusAuditEventSchema, type BusAuditEventEntity } from './bus-audit-event.entity.ts';

/** One recorded change, from a ticket's own outbox or from the bus; `source` names the subgraph that recorded it. */
export type AuditRecord = (AuditEventEntity | BusAuditEventEntity) & { source: string };

/** A page of the audit trail, ordered by sequence (the order changes committed in). */
export interface AuditPage {
  edges: { cursor: string; node: AuditRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const encode = (id: string) => Buffer.from(`audit:${id}`).toString('base64url');

function decode(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const match = /^audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after is not a cursor from this list.', 'after');
  return match[1]!;
}

/** Where a page is read: the tickets subgraph's own outbox (a ticket's history) or the bus (the whole log). */
type Trail = 'outbox' | 'bus';

async function page(
  context: SubgraphContext,
  trail: Trail,
  where: Record<string, unknown>,
  args: { first?: number | null; after?: string | null },
  order: 'asc' | 'desc',
): Promise<AuditPage> {
  const size = pageSize(args.first);
  const after = decode(args.after);
  const keyset = after ? { id: order === 'asc' ? { $gt: after } : { $lt: after } } : {};
  const query = { $and: [where, keyset] };
  const options = { orderBy: { id: order }, limit: size + 1 } as const;
  const rows: (AuditEventEntity | BusAuditEventEntity)[] =
    trail === 'bus'
      ? await context.em.find(BusAuditEventSchema, query, options)
      : await context.em.find(AuditEventSchema, query, options);
  // A ticket's own outbox has no source column: its rows are the tickets subgraph's.
  const edges = rows
    .slice(0, size)
    .map((row) => ({ cursor: encode(row.id), node: { source: 'tickets', ...row } }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Everything that happened to a ticket, oldest first: changes, messages and notes, with who and when. */
export function ticketHistory(
  context: SubgraphContext,
  ticket: TicketEntity,
  args: { first?: number | null; after?: string | null },
): Promise<AuditPage> {
  assertReadsHistory(context);
  return page(context, 'outbox', { aggregateType: 'Ticket', aggregateId: ticket.id }, args, 'asc');
}

export interface AuditFilter {
  entity?: string | null;
  actorId?: string | null;
  type?: string | null;
  occurredAfter?: Date | string | null;
  occurredBefore?: Date | string | null;
}

function filterWhere(filter: AuditFilter | null | undefined) {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.entity) where.entity = filter.entity;
  if (filter.actorId) {
    if (!isUuid(filter.actorId)) throw badInput('actorId is not a valid id.', 'filter.actorId');
    where.actorId = filter.actorId;
  }
  if (filter.type) {
    if (filter.type.length > 100) throw badInput('type must be at most 100 characters.', 'filter.type');
    where.type = filter.type;
  }
  const occurredAt: Record<string, Date> = {};
  if (filter.occurredAfter) occurredAt.$gte = new Date(filter.occurredAfter);
  if (filter.occurredBefore) occurredAt.$lt = new Date(filter.occurredBefore);
  if (Object.keys(occurredAt).length) where.occurredAt = occurredAt;
  return where;
}

/**
 * The platform's audit log for `audit.read`, newest first, within the caller's entities: read from the
 * bus, which holds every subgraph's committed changes (a change shows up once its relay has copied it,
 * normally within milliseconds).
 */
export async function auditLog(
  context: SubgraphContext,
  args: { filter?: AuditFilter | null; first?: number | null; after?: string | null },
): Promise<AuditPage> {
  const scope = readableAuditEvents(context);
  const where = filterWhere(args.filter);
  if (scope.kind === 'none') return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  return page(context, 'bus', { $and: [where, scope.where] }, args, 'desc');
}
