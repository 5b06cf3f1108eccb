import { LockMode, raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import {
  afterPosition,
  decodeSortCursor,
  encodeSortCursor,
  isUuid,
  pageSize,
  sortOrderBy,
  timestampText,
  toConnection,
  type Connection,
  type SortOrder,
} from '@lotse/kernel/graphql/pagination';
import type { InternalContext } from '@lotse/kernel/context/principal';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { RowScope } from '@lotse/kernel/policy/scope';
import { categoryFilterWhere } from '../categories/category-filter.ts';
import { canOwnTickets } from '../staff/staff.service.ts';
import { tagFilterWhere } from '../tags/tag-filter.ts';
import { assertCan, deletableOrDeleted, deletedTickets, liveTickets } from './ticket-access.ts';
import { cleanClientMutationId, cleanDescription, cleanTitle } from './ticket-input.ts';
import { nextTicketNumber } from './ticket-number.ts';
import {
  ticketCreated,
  ticketDeleted,
  ticketRestored,
  ticketStatusChanged,
  ticketUpdated,
  type TicketSnapshot,
} from './ticket-event.ts';
import { actionFor, assertCanMove, resolutionNotesFor, timestampsFor } from './ticket-workflow.ts';
import { TicketSchema, type TicketEntity } from './ticket.entity.ts';

type Priority = TicketEntity['priority'];
export type TicketPage = Connection<TicketEntity>;
type Status = TicketEntity['status'];

export interface TicketFilter {
  entity?: string | null;
  status?: Status[] | null;
  priority?: Priority[] | null;
  assigneeId?: string | null;
  createdById?: string | null;
  unassigned?: boolean | null;
  assignedToMe?: boolean | null;
  createdAfter?: Date | string | null;
  createdBefore?: Date | string | null;
  updatedAfter?: Date | string | null;
  updatedBefore?: Date | string | null;
  awaitingReply?: boolean | null;
  categoryId?: string | null;
  tag?: string | null;
  deleted?: boolean | null;
}

export type TicketOrderField = 'CREATED_AT' | 'UPDATED_AT' | 'PRIORITY' | 'STATUS';
export interface TicketOrder {
  field: TicketOrderField;
  direction?: 'ASC' | 'DESC' | null;
}

/** What the audit trail records of a ticket (before/after of each change). */
/** A ticket's main fields, as `ticket.created` and `ticket.updated` record them. */
export const ticketSnapshot = (ticket: TicketEntity): TicketSnapshot => ({
  number: ticket.number,
  title: ticket.title,
  status: ticket.status,
  priority: ticket.priority,
  assigneeId: ticket.assigneeId ?? null,
});

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

const statusSnapshot = (ticket: TicketEntity) => ({
  ...ticketSnapshot(ticket),
  resolutionNotes: ticket.resolutionNotes ?? null,
  resolvedAt: iso(ticket.resolvedAt),
  closedAt: iso(ticket.closedAt),
});

const deletionSnapshot = (ticket: TicketEntity) => ({
  ...ticketSnapshot(ticket),
  deletedAt: iso(ticket.deletedAt),
});

/** A live ticket by id within what the caller may read; null otherwise (same answer as a missing id). */
export async function findTicket(context: SubgraphContext, id: string): Promise<TicketEntity | null> {
  const scope = liveTickets(context);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return context.em.findOne(TicketSchema, { $and: [{ id }, scope.where] });
}

export async function findTicketByNumber(
  context: SubgraphContext,
  number: string,
): Promise<TicketEntity | null> {
  const scope = liveTickets(context);
  if (scope.kind === 'none' || number.length > 40) return null;
  return context.em.findOne(TicketSchema, { $and: [{ number: number.trim().toUpperCase() }, scope.where] });
}

const instant = (value: Date | string, field: string) => {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`${field} is not a valid DateTime.`, `filter.${field}`);
  return date;
};

function range(
  after: Date | string | null | undefined,
  before: Date | string | null | undefined,
  name: string,
) {
  const condition: Record<string, Date> = {};
  if (after != null) condition.$gte = instant(after, `${name}After`);
  if (before != null) condition.$lt = instant(before, `${name}Before`);
  return Object.keys(condition).length ? condition : null;
}

/** The filter as a MikroORM condition (everything but `deleted`, which picks the scope). */
function filterWhere(context: SubgraphContext, filter: TicketFilter | null | undefined) {
  const where: Record<string, unknown>[] = [];
  if (!filter) return { $and: where };
  if (filter.entity) where.push({ entity: filter.entity });
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.priority?.length) where.push({ priority: { $in: filter.priority } });
  if (filter.assigneeId) {
    if (!isUuid(filter.assigneeId)) throw badInput('assigneeId is not a valid id.', 'filter.assigneeId');
    where.push({ assigneeId: filter.assigneeId });
  }
  if (filter.createdById) {
    if (!isUuid(filter.createdById)) throw badInput('createdById is not a valid id.', 'filter.createdById');
    where.push({ createdById: filter.createdById });
  }
  if (filter.unassigned != null) where.push({ assigneeId: filter.unassigned ? null : { $ne: null } });
  if (filter.assignedToMe != null) {
    const me = context.principal.kind === 'user' ? context.principal.userId : null;
    if (filter.assignedToMe) where.push(me ? { assigneeId: me } : { id: null });
    else if (me) where.push({ $or: [{ assigneeId: null }, { assigneeId: { $ne: me } }] });
  }
  const created = range(filter.createdAfter, filter.createdBefore, 'created');
  if (created) where.push({ createdAt: created });
  const updated = range(filter.updatedAfter, filter.updatedBefore, 'updated');
  if (updated) where.push({ updatedAt: updated });
  if (filter.awaitingReply != null) where.push({ awaitingReply: filter.awaitingReply });
  if (filter.categoryId) where.push(categoryFilterWhere(context.em, filter.categoryId));
  if (filter.tag) where.push(tagFilterWhere(context.em, filter.tag));
  return { $and: where };
}

/**
 * The orders a list offers, as keysets: each key, then the id, in one direction. Priority and status
 * sort by their generated ranks (urgency, workflow order), then newest or oldest first.
 */
const orderKeys = {
  CREATED_AT: [{ property: 'createdAt', type: 'timestamp' }],
  UPDATED_AT: [{ property: 'updatedAt', type: 'timestamp' }],
  PRIORITY: [
    { property: 'priorityRank', type: 'integer' },
    { property: 'createdAt', type: 'timestamp' },
  ],
  STATUS: [
    { property: 'statusRank', type: 'integer' },
    { property: 'createdAt', type: 'timestamp' },
  ],
} as const satisfies Record<TicketOrderField, SortOrder['keys']>;

function sortOrder(order: TicketOrder | null | undefined): SortOrder {
  const field = order?.field ?? 'CREATED_AT';
  const keys = orderKeys[field];
  if (!keys) throw badInput('orderBy.field is not a sort this list offers.', 'orderBy');
  return {
    name: field.toLowerCase(),
    direction: order?.direction === 'ASC' ? 'asc' : 'desc',
    keys,
  };
}

/** A listed row with its timestamps as the database holds them (microseconds), for the cursor. */
type ListedRow = TicketEntity & { cursorCreatedAt: string; cursorUpdatedAt: string };

const cursorValue = (row: ListedRow, property: string) =>
  property === 'createdAt'
    ? row.cursorCreatedAt
    : property === 'updatedAt'
      ? row.cursorUpdatedAt
      : Number(row[property as 'priorityRank' | 'statusRank']);

/**
 * A page of tickets in the order asked for (newest first by default), keyset-paginated; the access
 * filter is part of the query, never applied afterwards. A list is only read, so its rows come back
 * as plain objects instead of managed entities: skipping the identity map and entity hydration saves
 * about a third of the subgraph's CPU per page (docs/benchmarks.md).
 */
export async function listTickets(
  context: SubgraphContext,
  args: {
    filter?: TicketFilter | null;
    orderBy?: TicketOrder | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<TicketPage> {
  const size = pageSize(args.first);
  const order = sortOrder(args.orderBy);
  const after = decodeSortCursor(order, args.after);
  const scope: RowScope = args.filter?.deleted ? deletedTickets(context) : liveTickets(context);
  const filter = filterWhere(context, args.filter);
  if (scope.kind === 'none')
    return toConnection<TicketEntity>(
      [],
      size,
      async () => 0,
      () => '',
    );
  const where = { $and: [filter, scope.where] };
  const rows = (await context.em
    .createQueryBuilder(TicketSchema)
    .select([
      '*',
      raw(`${timestampText('created_at')} as "cursorCreatedAt"`),
      raw(`${timestampText('updated_at')} as "cursorUpdatedAt"`),
    ])
    .where(after ? { $and: [where, afterPosition(order, after)] } : where)
    .orderBy(sortOrderBy(order))
    .limit(size + 1)
    .execute('all')) as unknown as ListedRow[];
  const cursors = new Map(
    rows.map((row) => [
      row.id,
      encodeSortCursor(order, {
        values: order.keys.map((key) => cursorValue(row, key.property)),
        id: row.id,
      }),
    ]),
  );
  const nodes = rows.map(({ cursorCreatedAt: _c, cursorUpdatedAt: _u, ...ticket }) => ticket as TicketEntity);
  return toConnection(
    nodes,
    size,
    () => context.em.count(TicketSchema, where),
    (node) => cursors.get(node.id)!,
  );
}

export interface CreateTicketInput {
  entity: string;
  title: string;
  description: string;
  priority?: Priority | null;
  clientMutationId?: string | null;
}

export async function createTicket(
  context: SubgraphContext,
  input: CreateTicketInput,
): Promise<TicketEntity> {
  const { principal, internal } = context;
  const entity = internal.entities.find((candidate) => candidate.code === input.entity);
  // Anonymous callers hold no rules, so this check refuses them before anything else happens.
  const createdById = principal.kind === 'user' ? principal.userId : '';
  assertCan(context, 'create', { entity: input.entity, createdById });
  if (!entity) throw badInput(`Unknown entity "${input.entity}".`, 'entity');
  const title = cleanTitle(input.title);
  const description = cleanDescription(input.description);
  const clientMutationId = cleanClientMutationId(input.clientMutationId);

  const repeated = () =>
    clientMutationId ? earlierTicket(context, createdById, clientMutationId, entity.code) : null;
  const earlier = await repeated();
  if (earlier) return earlier;
  const insert = () =>
    context.em.transactional(async (tx) => {
      const ticket = tx.create(TicketSchema, {
        id: crypto.randomUUID(),
        number: await nextTicketNumber(tx, entity.code, entity.prefix),
        entity: entity.code,
        title,
        description,
        status: 'new',
        priority: input.priority ?? 'medium',
        createdById,
        assigneeId: null,
        clientMutationId,
        // A customer's new ticket is their first message: it waits for an answer from staff.
        awaitingReply: principal.kind === 'user' && principal.userType === 'customer',
      });
      await tx.flush();
      await ticketCreated.record(tx, internal, {
        aggregateType: 'Ticket',
        aggregateId: ticket.id,
        entity: ticket.entity,
        after: ticketSnapshot(ticket),
      });
      return ticket;
    });
  try {
    return await insert();
  } catch (error) {
    // Two retries raced: the loser returns the winner's ticket, as a later retry would.
    const winner = error instanceof UniqueConstraintViolationException ? await repeated() : null;
    if (winner) return winner;
    throw error;
  }
}

/**
 * The ticket an earlier call with the same idempotency key created. The key belongs to one caller;
 * reusing it for a different entity is a mistake worth telling, not a silent mix-up.
 */
async function earlierTicket(
  context: SubgraphContext,
  createdById: string,
  clientMutationId: string,
  entity: string,
) {
  const earlier = await context.em.fork().findOne(TicketSchema, { createdById, clientMutationId });
  if (!earlier) return null;
  if (earlier.entity !== entity)
    throw conflict('This clientMutationId was already used for a ticket of another entity.');
  assertCan(context, 'read', earlier);
  return earlier;
}

/**
 * Loads and locks a ticket for a change, the scope inside the locking query: tickets out of the
 * scope are NOT_FOUND, visible ones the caller may not change FORBIDDEN (`assertCan`).
 */
export async function lockTicket(tx: EntityManager, scope: RowScope, id: string): Promise<TicketEntity> {
  const ticket =
    scope.kind === 'rows' && isUuid(id)
      ? await tx.findOne(
          TicketSchema,
          { $and: [{ id }, scope.where] },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/** Changes a live ticket's fields and records `ticket.updated` in the same transaction. */
async function changeTicket(
  context: SubgraphContext,
  id: string,
  action: 'update' | 'assign',
  apply: (ticket: TicketEntity, tx: EntityManager) => void | Promise<void>,
): Promise<TicketEntity> {
  return context.em.transactional(async (tx) => {
    const ticket = await lockTicket(tx, liveTickets(context), id);
    assertCan(context, action, ticket);
    const before = ticketSnapshot(ticket);
    await apply(ticket, tx);
    await tx.flush();
    await ticketUpdated.record(tx, context.internal, {
      aggregateType: 'Ticket',
      aggregateId: ticket.id,
      entity: ticket.entity,
      before,
      after: ticketSnapshot(ticket),
    });
    return ticket;
  });
}

export interface UpdateTicketInput {
  title?: string | null;
  description?: string | null;
  priority?: Priority | null;
}

export function updateTicket(context: SubgraphContext, id: string, input: UpdateTicketInput) {
  const title = input.title == null ? null : cleanTitle(input.title);
  const description = input.description == null ? null : cleanDescription(input.description);
  return changeTicket(context, id, 'update', (ticket) => {
    if (title !== null) ticket.title = title;
    if (description !== null) ticket.description = description;
    if (input.priority) ticket.priority = input.priority;
  });
}

export async function assignTicket(
  context: SubgraphContext,
  id: string,
  assigneeId: string | null | undefined,
) {
  if (assigneeId != null && !isUuid(assigneeId))
    throw badInput('assigneeId is not a valid id.', 'assigneeId');
  return changeTicket(context, id, 'assign', async (ticket, tx) => {
    if (assigneeId && !(await canOwnTickets(tx, assigneeId, ticket.entity))) {
      throw badInput('The assignee is not a staff member who works tickets of this entity.', 'assigneeId');
    }
    ticket.assigneeId = assigneeId ?? null;
    if (assigneeId && ticket.status === 'new') ticket.status = 'assigned';
    if (!assigneeId && ticket.status === 'assigned') ticket.status = 'new';
  });
}

/**
 * Moves a ticket through the workflow (ticket-workflow.ts): the permission the target status needs,
 * an allowed move, resolution notes where required, the timestamps the move sets, and
 * `ticket.status_changed` with the status before and after, all in one transaction. Setting the
 * current status changes nothing and records nothing.
 */
export function changeTicketStatus(
  context: SubgraphContext,
  id: string,
  status: Status,
  resolutionNotes: string | null | undefined,
): Promise<TicketEntity> {
  return context.em.transactional(async (tx) => {
    const ticket = await lockTicket(tx, liveTickets(context), id);
    assertCan(context, actionFor(status), ticket);
    assertCanMove(ticket.status, status);
    const notes = resolutionNotesFor(ticket, status, resolutionNotes);
    if (ticket.status === status) return ticket;
    const before = statusSnapshot(ticket);
    Object.assign(ticket, timestampsFor(ticket, status, new Date()), {
      resolutionNotes: notes ?? null,
      status,
    });
    await tx.flush();
    await ticketStatusChanged.record(tx, context.internal, {
      aggregateType: 'Ticket',
      aggregateId: ticket.id,
      entity: ticket.entity,
      before,
      after: statusSnapshot(ticket),
    });
    return ticket;
  });
}

/**
 * A status change the workflow makes on its own (a customer's reply puts a resolved ticket back to
 * work), inside the caller's transaction on a ticket it has locked, recorded exactly like an agent's
 * change. The caller decides the status from the workflow's rules (ticket-workflow.ts).
 */
export async function applyWorkflowStatus(
  tx: EntityManager,
  internal: InternalContext,
  ticket: TicketEntity,
  status: Status,
): Promise<void> {
  if (ticket.status === status) return;
  const before = statusSnapshot(ticket);
  Object.assign(ticket, timestampsFor(ticket, status, new Date()), { status });
  await tx.flush();
  await ticketStatusChanged.record(tx, internal, {
    aggregateType: 'Ticket',
    aggregateId: ticket.id,
    entity: ticket.entity,
    before,
    after: statusSnapshot(ticket),
  });
}

/**
 * Deletes a ticket softly (`support.tickets.delete`): it leaves every query, count and subscription
 * but stays in the database, restorable. Deleting a deleted ticket changes nothing.
 */
export const deleteTicket = (context: SubgraphContext, id: string) => setDeleted(context, id, true);

/** Brings a deleted ticket back (`support.tickets.delete`). Restoring a live ticket changes nothing. */
export const restoreTicket = (context: SubgraphContext, id: string) => setDeleted(context, id, false);

function setDeleted(context: SubgraphContext, id: string, deleted: boolean): Promise<TicketEntity> {
  return context.em.transactional(async (tx) => {
    const ticket = await lockTicket(tx, deletableOrDeleted(context), id);
    assertCan(context, 'delete', ticket);
    if (Boolean(ticket.deletedAt) === deleted) return ticket;
    const before = deletionSnapshot(ticket);
    ticket.deletedAt = deleted ? new Date() : null;
    await tx.flush();
    await (deleted ? ticketDeleted : ticketRestored).record(tx, context.internal, {
      aggregateType: 'Ticket',
      aggregateId: ticket.id,
      entity: ticket.entity,
      before,
      after: deletionSnapshot(ticket),
    });
    return ticket;
  });
}
