import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import {
  listTickets,
  type TicketFilter,
  type TicketOrder,
  type TicketPage,
} from '../tickets/ticket.service.ts';
import { TicketViewSchema, type TicketViewEntity } from './ticket-view.entity.ts';
import {
  cleanViewName,
  effectiveFilter,
  parseViewFilter,
  parseViewOrder,
  VIEWS_PER_OWNER_MAX,
} from './view-input.ts';
import {
  ticketViewCreated,
  ticketViewDeleted,
  ticketViewUpdated,
  type TicketViewSnapshot,
} from './view-events.ts';
import {
  assertMayChangeView,
  assertMaySaveViews,
  assertMayShareWith,
  assertOwnsView,
  readableViews,
} from './views-access.ts';

export interface CreateTicketViewInput {
  name: string;
  filter?: unknown;
  orderBy?: unknown;
  sharedWithEntity?: string | null;
}

export interface UpdateTicketViewInput {
  name?: string | null;
  filter?: unknown;
  orderBy?: unknown;
  sharedWithEntity?: string | null;
}

const snapshot = (view: TicketViewEntity): TicketViewSnapshot => ({
  ownerId: view.ownerId,
  name: view.name,
  sharedEntity: view.sharedEntity ?? null,
  filter: view.filter,
  orderBy: view.orderBy,
});

const eventOf = (view: TicketViewEntity) => ({
  aggregateType: 'TicketView',
  aggregateId: view.id,
  entity: view.sharedEntity ?? null,
});

/** The views the caller sees: shared ones first (by entity), then their own, each by name. */
export async function listTicketViews(context: SubgraphContext): Promise<TicketViewEntity[]> {
  const scope = readableViews(context);
  if (scope.kind === 'none') return [];
  const views = await context.em.find(TicketViewSchema, scope.where, { orderBy: { name: 'asc', id: 'asc' } });
  return views.sort(
    (a, b) =>
      Number(a.sharedEntity === null) - Number(b.sharedEntity === null) ||
      (a.sharedEntity ?? '').localeCompare(b.sharedEntity ?? '') ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  );
}

/** A view the caller may see, or null (same answer as a missing id). */
export async function findTicketView(
  context: SubgraphContext,
  id: string,
  em: EntityManager = context.em,
): Promise<TicketViewEntity | null> {
  const scope = readableViews(context);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return em.findOne(TicketViewSchema, { $and: [{ id }, scope.where] });
}

/** What a view lists, for its reader: the stored filter through the tickets' own list and scope. */
export function viewTickets(
  context: SubgraphContext,
  view: TicketViewEntity,
  args: { first?: number | null; after?: string | null },
): Promise<TicketPage> {
  return listTickets(context, {
    filter: effectiveFilter(parseViewFilter(view.filter), view.sharedEntity ?? null),
    orderBy: parseViewOrder(view.orderBy),
    first: args.first,
    after: args.after,
  });
}

/** The sharing target: a known entity the caller works in, or null (personal). */
function sharingTarget(context: SubgraphContext, entity: string | null | undefined): string | null {
  if (entity == null) return null;
  if (!context.internal.entities.some((known) => known.code === entity))
    throw badInput(`Unknown entity "${entity}".`, 'sharedWithEntity');
  assertMayShareWith(context, entity);
  return entity;
}

/**
 * Parses filter and order and proves them with a one-row dry run of the tickets' list, so a view
 * holds only what `Query.tickets` accepts (unknown categories, bad tags, … are BAD_USER_INPUT now,
 * not when someone opens the view).
 */
async function checkedQuery(
  context: SubgraphContext,
  rawFilter: unknown,
  rawOrder: unknown,
  sharedEntity: string | null,
): Promise<{ filter: TicketFilter; orderBy: TicketOrder }> {
  const filter = parseViewFilter(rawFilter);
  const orderBy = parseViewOrder(rawOrder);
  if (sharedEntity && filter.entity && filter.entity !== sharedEntity)
    throw badInput('A shared view lists tickets of the entity it is shared with only.', 'filter.entity');
  await listTickets(context, { filter: effectiveFilter(filter, sharedEntity), orderBy, first: 1 });
  return { filter, orderBy };
}

export async function createTicketView(
  context: SubgraphContext,
  input: CreateTicketViewInput,
): Promise<TicketViewEntity> {
  const ownerId = assertMaySaveViews(context);
  const name = cleanViewName(input.name);
  const sharedEntity = sharingTarget(context, input.sharedWithEntity);
  const { filter, orderBy } = await checkedQuery(context, input.filter, input.orderBy, sharedEntity);
  return context.em.transactional(async (tx) => {
    if ((await tx.count(TicketViewSchema, { ownerId })) >= VIEWS_PER_OWNER_MAX)
      throw conflict(`You have ${VIEWS_PER_OWNER_MAX} views already; delete one first.`);
    const view = tx.create(TicketViewSchema, {
      id: crypto.randomUUID(),
      ownerId,
      sharedEntity,
      name,
      filter,
      orderBy,
    });
    await tx.flush();
    await ticketViewCreated.record(tx, context.internal, { ...eventOf(view), after: snapshot(view) });
    return view;
  });
}

async function loadChangeable(tx: EntityManager, context: SubgraphContext, id: string) {
  const view = await findTicketView(context, id, tx);
  if (!view) throw notFound('TicketView');
  assertMayChangeView(context, view);
  return view;
}

export async function updateTicketView(
  context: SubgraphContext,
  id: string,
  input: UpdateTicketViewInput,
): Promise<TicketViewEntity> {
  const name = input.name != null ? cleanViewName(input.name) : null;
  return context.em.transactional(async (tx) => {
    const view = await loadChangeable(tx, context, id);
    const before = snapshot(view);
    let sharedEntity = view.sharedEntity ?? null;
    if (input.sharedWithEntity !== undefined && input.sharedWithEntity !== sharedEntity) {
      assertOwnsView(context, view);
      sharedEntity = sharingTarget(context, input.sharedWithEntity);
    }
    const query = await checkedQuery(
      context,
      input.filter !== undefined ? input.filter : view.filter,
      input.orderBy !== undefined ? input.orderBy : view.orderBy,
      sharedEntity,
    );
    if (name !== null) view.name = name;
    view.sharedEntity = sharedEntity;
    view.filter = query.filter;
    view.orderBy = query.orderBy;
    await tx.flush();
    await ticketViewUpdated.record(tx, context.internal, { ...eventOf(view), before, after: snapshot(view) });
    return view;
  });
}

export const renameTicketView = (context: SubgraphContext, id: string, name: string) =>
  updateTicketView(context, id, { name });

export function deleteTicketView(context: SubgraphContext, id: string): Promise<string> {
  return context.em.transactional(async (tx) => {
    const view = await loadChangeable(tx, context, id);
    const before = snapshot(view);
    tx.remove(view);
    await tx.flush();
    await ticketViewDeleted.record(tx, context.internal, { ...eventOf(view), before, after: before });
    return view.id;
  });
}
