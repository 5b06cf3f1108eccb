import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import {
  afterKeyset,
  decodeCursor,
  isUuid,
  pageSize,
  toConnection,
  type Connection,
} from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { canOwnTickets } from '../staff/staff.service.ts';
import { assertCan, readableTickets } from './ticket-access.ts';
import { cleanClientMutationId, cleanDescription, cleanTitle } from './ticket-input.ts';
import { nextTicketNumber } from './ticket-number.ts';
import { ticketEventTypes } from './ticket-event.ts';
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
}

/** What the audit trail records of a ticket (before/after of each change). */
const snapshot = (ticket: TicketEntity) => ({
  number: ticket.number,
  title: ticket.title,
  status: ticket.status,
  priority: ticket.priority,
  assigneeId: ticket.assigneeId ?? null,
});

/** A ticket by id within what the caller may read; null otherwise (same answer as a missing id). */
export async function findTicket(context: SubgraphContext, id: string): Promise<TicketEntity | null> {
  const scope = readableTickets(context);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return context.em.findOne(TicketSchema, { $and: [{ id }, scope.where] });
}

export async function findTicketByNumber(
  context: SubgraphContext,
  number: string,
): Promise<TicketEntity | null> {
  const scope = readableTickets(context);
  if (scope.kind === 'none' || number.length > 40) return null;
  return context.em.findOne(TicketSchema, { $and: [{ number: number.trim().toUpperCase() }, scope.where] });
}

function filterWhere(filter: TicketFilter | null | undefined) {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.entity) where.entity = filter.entity;
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.priority?.length) where.priority = { $in: filter.priority };
  if (filter.assigneeId) {
    if (!isUuid(filter.assigneeId)) throw badInput('assigneeId is not a valid id.', 'filter.assigneeId');
    where.assigneeId = filter.assigneeId;
  }
  if (filter.createdById) {
    if (!isUuid(filter.createdById)) throw badInput('createdById is not a valid id.', 'filter.createdById');
    where.createdById = filter.createdById;
  }
  return where;
}

/**
 * Newest first, keyset-paginated; the access filter is part of the query, never applied afterwards.
 * A list is only read, so its rows come back as plain objects instead of managed entities: skipping
 * the identity map and entity hydration saves about a third of the subgraph's CPU per page
 * (docs/benchmarks.md).
 */
export async function listTickets(
  context: SubgraphContext,
  args: { filter?: TicketFilter | null; first?: number | null; after?: string | null },
): Promise<TicketPage> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const scope = readableTickets(context);
  if (scope.kind === 'none') return toConnection<TicketEntity>([], size, async () => 0);
  const where = { $and: [filterWhere(args.filter), scope.where] };
  const rows = await context.em
    .createQueryBuilder(TicketSchema)
    .select('*')
    .where(after ? { $and: [where, afterKeyset(after)] } : where)
    .orderBy({ createdAt: 'desc', id: 'desc' })
    .limit(size + 1)
    .execute('all');
  return toConnection(rows, size, () => context.em.count(TicketSchema, where));
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
      });
      await tx.flush();
      await recordEvent(tx, internal, {
        type: ticketEventTypes.created,
        aggregateType: 'Ticket',
        aggregateId: ticket.id,
        entity: ticket.entity,
        after: snapshot(ticket),
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

/** Loads a ticket for a change: invisible tickets are NOT_FOUND, visible but forbidden ones FORBIDDEN. */
async function changeTicket(
  context: SubgraphContext,
  id: string,
  action: 'update' | 'assign',
  apply: (ticket: TicketEntity, tx: EntityManager) => void | Promise<void>,
): Promise<TicketEntity> {
  return context.em.transactional(async (tx) => {
    const scope = readableTickets(context);
    const ticket =
      scope.kind === 'rows' && isUuid(id)
        ? await tx.findOne(
            TicketSchema,
            { $and: [{ id }, scope.where] },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
    if (!ticket) throw notFound('Ticket');
    assertCan(context, action, ticket);
    const before = snapshot(ticket);
    await apply(ticket, tx);
    await tx.flush();
    await recordEvent(tx, context.internal, {
      type: ticketEventTypes.updated,
      aggregateType: 'Ticket',
      aggregateId: ticket.id,
      entity: ticket.entity,
      before,
      after: snapshot(ticket),
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
