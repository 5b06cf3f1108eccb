import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { systemContext } from '@lotse/kernel/context/principal';
import type { EventContract } from '@lotse/kernel/events/contract';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { RowScope } from '@lotse/kernel/policy/scope';
import { canOwnTickets } from '../staff/staff.service.ts';
import { assertCan } from '../tickets/ticket-access.ts';
import { ticketUpdated } from '../tickets/ticket-event.ts';
import type { TicketEntity } from '../tickets/ticket.entity.ts';
import {
  assertManagesCategories,
  entityTreeCategories,
  readableCategories,
  treeCategories,
} from './categories-access.ts';
import {
  categoryArchived,
  categoryCreated,
  categoryDefaultAssigneeChanged,
  categoryMoved,
  categoryRenamed,
  ticketCategoryChanged,
  type CategorySnapshot,
} from './category-events.ts';
import {
  assertCanMoveInto,
  categoryPath,
  cleanCategoryName,
  depthFirst,
  nearestDefaultAssignee,
  pathInto,
  splitCategoryPath,
  subtreeHeight,
} from './category-tree.ts';
import { CategorySchema, type CategoryEntity } from './category.entity.ts';
import { loadBatched } from './request-batch.ts';
import { lockLiveTicket, ticketSnapshot } from './ticket-change.ts';

/** At most this many categories per entity (and as many shared ones), archived ones included. */
export const MAX_CATEGORIES = 500;

/**
 * A category as the API resolves it: the row, and the tree it was read in — the entity whose tree
 * the caller asked for (a list, a ticket's category), or null for every category the caller reads.
 * A shared category's children are those of that tree only: KA's tree never shows OL's subcategories.
 */
export type CategoryNode = CategoryEntity & { readonly tree: string | null };

const nodeOf = (row: CategoryEntity, tree: string | null): CategoryNode => ({ ...row, tree });

// ---------------------------------------------------------------- reading

/** One entity's tree (its own categories and the shared ones), in tree order. */
export async function listCategories(
  context: SubgraphContext,
  entity: string,
  includeArchived: boolean | null | undefined,
): Promise<CategoryNode[]> {
  const scope = entityTreeCategories(context, entity);
  if (scope.kind === 'none' || !context.internal.entities.some((known) => known.code === entity)) return [];
  const rows = await context.em.find(CategorySchema, {
    $and: [scope.where, includeArchived ? {} : { archivedAt: null }],
  });
  return depthFirst(rows).map((row) => nodeOf(row, entity));
}

async function byIds(context: SubgraphContext, scope: RowScope, ids: string[]) {
  if (scope.kind === 'none') return new Map<string, CategoryEntity>();
  const rows = await context.em.find(CategorySchema, { $and: [{ id: { $in: ids } }, scope.where] });
  return new Map(rows.map((row) => [row.id, row]));
}

/** A category of the tree by id (batched per request), or null when out of the caller's reach. */
export async function loadCategory(
  context: SubgraphContext,
  id: string,
  tree: string | null,
): Promise<CategoryNode | null> {
  const row = await loadBatched(context, `category:${tree ?? '*'}`, id, (ids) =>
    byIds(context, treeCategories(context, tree), ids),
  );
  return row ? nodeOf(row, tree) : null;
}

/** The ticket's category, read in the ticket's entity's tree. */
export const ticketCategory = (
  context: SubgraphContext,
  ticket: Pick<TicketEntity, 'categoryId' | 'entity'>,
) => (ticket.categoryId ? loadCategory(context, ticket.categoryId, ticket.entity) : Promise.resolve(null));

export const parentOf = (context: SubgraphContext, node: CategoryNode) =>
  node.parentId ? loadCategory(context, node.parentId, node.tree) : Promise.resolve(null);

/** `Billing/Invoices`: the ancestors' names, read in one batch with every other path of the request. */
export async function pathOf(context: SubgraphContext, node: CategoryNode): Promise<string> {
  const ancestors = await Promise.all(node.pathIds.map((id) => loadCategory(context, id, node.tree)));
  const byId = new Map(ancestors.filter((row) => row !== null).map((row) => [row.id, row]));
  return categoryPath(node, byId);
}

/** The subcategories within the node's tree, in name order. */
export async function childrenOf(
  context: SubgraphContext,
  node: CategoryNode,
  includeArchived: boolean | null | undefined,
): Promise<CategoryNode[]> {
  const scope = treeCategories(context, node.tree);
  const live = includeArchived ? {} : { archivedAt: null };
  const rows = await loadBatched(
    context,
    `children:${node.tree ?? '*'}:${Boolean(includeArchived)}`,
    node.id,
    async (ids) => {
      const found =
        scope.kind === 'none'
          ? []
          : await context.em.find(CategorySchema, { $and: [{ parentId: { $in: ids } }, live, scope.where] });
      const byParent = new Map<string, CategoryEntity[]>();
      for (const row of found) byParent.set(row.parentId!, [...(byParent.get(row.parentId!) ?? []), row]);
      return byParent;
    },
  );
  return depthFirst(rows ?? []).map((row) => nodeOf(row, node.tree));
}

// ---------------------------------------------------------------- changing

/**
 * Every change to the tree holds one transaction-scoped advisory lock, so sibling names, depths and
 * cycles are checked against a tree nobody changes meanwhile. Category changes are rare admin work.
 */
async function lockTree(tx: EntityManager) {
  await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`${tx.config.get('schema')}.category`]);
}

/** The rows of the category's path, root first. */
async function ancestry(
  em: EntityManager,
  category: Pick<CategoryEntity, 'pathIds'>,
): Promise<CategoryEntity[]> {
  const rows = await em.find(CategorySchema, { id: { $in: category.pathIds } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return category.pathIds.map((id) => byId.get(id)).filter((row) => row !== undefined);
}

async function snapshotOf(em: EntityManager, category: CategoryEntity): Promise<CategorySnapshot> {
  const path = categoryPath(category, new Map((await ancestry(em, category)).map((row) => [row.id, row])));
  return {
    entity: category.entity ?? null,
    parentId: category.parentId ?? null,
    name: category.name,
    path,
    defaultAssigneeId: category.defaultAssigneeId ?? null,
    archivedAt: category.archivedAt?.toISOString() ?? null,
  };
}

const eventOf = (category: CategoryEntity) => ({
  aggregateType: 'Category',
  aggregateId: category.id,
  entity: category.entity ?? null,
});

function validId(id: string | null | undefined, field: string): string | null {
  if (id == null) return null;
  if (!isUuid(id)) throw badInput(`${field} is not a valid id.`, field);
  return id.toLowerCase();
}

/** A category the caller reads, locked for a change; NOT_FOUND when out of reach. */
async function loadForChange(
  tx: EntityManager,
  context: SubgraphContext,
  id: string,
): Promise<CategoryEntity> {
  const scope = readableCategories(context);
  const category =
    scope.kind === 'rows' && isUuid(id)
      ? await tx.findOne(CategorySchema, { $and: [{ id }, scope.where] })
      : null;
  if (!category) throw notFound('Category');
  return category;
}

/** A category the caller manages and that is live, loaded for a change. */
async function loadManagedLive(tx: EntityManager, context: SubgraphContext, id: string) {
  const category = await loadForChange(tx, context, id);
  assertManagesCategories(context, category.entity ?? null);
  if (category.archivedAt) throw conflict('This category is archived and cannot change.');
  return category;
}

/**
 * Names are unique among the siblings shown together, regardless of case: a shared category's
 * siblings are all categories of its parent (every entity sees it); an entity's category's siblings
 * are that entity's and the shared ones.
 */
async function assertNameFree(
  tx: EntityManager,
  place: { entity: string | null; parentId: string | null; name: string; exceptId?: string },
) {
  const clash = await tx.count(CategorySchema, {
    $and: [
      { parentId: place.parentId, archivedAt: null },
      place.entity === null ? {} : { $or: [{ entity: place.entity }, { entity: null }] },
      place.exceptId ? { id: { $ne: place.exceptId } } : {},
      { [raw((alias) => `lower(${alias}.name)`)]: place.name.toLowerCase() },
    ],
  });
  if (clash) throw conflict(`A category named "${place.name}" already exists there.`);
}

async function worksTicketsAnywhere(em: EntityManager, userId: string): Promise<boolean> {
  const rows = await em.execute<{ found: number }[]>(
    `select 1 as found from tickets.staff_member where user_id = ? limit 1`,
    [userId],
  );
  return rows.length > 0;
}

/** A default assignee must work tickets of the category's entity (shared: of some entity). */
async function assertRoutable(em: EntityManager, assigneeId: string, entity: string | null) {
  const ok =
    entity === null
      ? await worksTicketsAnywhere(em, assigneeId)
      : await canOwnTickets(em, assigneeId, entity);
  if (!ok)
    throw badInput(
      entity === null
        ? 'The default assignee is not a staff member who works tickets.'
        : 'The default assignee is not a staff member who works tickets of this entity.',
      'defaultAssigneeId',
    );
}

async function assertRoomFor(tx: EntityManager, entity: string | null) {
  if ((await tx.count(CategorySchema, { entity })) >= MAX_CATEGORIES)
    throw conflict(`An entity has at most ${MAX_CATEGORIES} categories (archived ones included).`);
}

/** Creates a category row in `parent` and records `category.created` (checks done by the caller). */
async function insertCategory(
  tx: EntityManager,
  internal: InternalContext,
  values: {
    entity: string | null;
    name: string;
    parent: CategoryEntity | null;
    defaultAssigneeId: string | null;
  },
): Promise<CategoryEntity> {
  const id = crypto.randomUUID();
  const category = tx.create(CategorySchema, {
    id,
    entity: values.entity,
    parentId: values.parent?.id ?? null,
    name: values.name,
    pathIds: pathInto(id, values.parent),
    defaultAssigneeId: values.defaultAssigneeId,
    archivedAt: null,
  });
  await tx.flush();
  await categoryCreated.record(tx, internal, { ...eventOf(category), after: await snapshotOf(tx, category) });
  return category;
}

export interface CreateCategoryInput {
  entity?: string | null;
  name: string;
  parentId?: string | null;
  defaultAssigneeId?: string | null;
}

export async function createCategory(
  context: SubgraphContext,
  input: CreateCategoryInput,
): Promise<CategoryNode> {
  const entity = input.entity ?? null;
  assertManagesCategories(context, entity);
  if (entity !== null && !context.internal.entities.some((known) => known.code === entity))
    throw badInput(`Unknown entity "${entity}".`, 'entity');
  const name = cleanCategoryName(input.name);
  const parentId = validId(input.parentId, 'parentId');
  const defaultAssigneeId = validId(input.defaultAssigneeId, 'defaultAssigneeId');
  return changeTree(context, async (tx) => {
    const parent = parentId ? await loadForChange(tx, context, parentId) : null;
    assertCanMoveInto({ id: '', entity, name, pathIds: [] }, 1, parent);
    await assertRoomFor(tx, entity);
    await assertNameFree(tx, { entity, parentId, name });
    if (defaultAssigneeId) await assertRoutable(tx, defaultAssigneeId, entity);
    return insertCategory(tx, context.internal, { entity, name, parent, defaultAssigneeId });
  });
}

/** A change of the tree in one transaction under the tree lock; the category it returns, as a node of its own tree. */
async function changeTree(
  context: SubgraphContext,
  work: (tx: EntityManager) => Promise<CategoryEntity>,
): Promise<CategoryNode> {
  const category = await context.em.transactional(async (tx) => {
    await lockTree(tx);
    return work(tx);
  });
  return nodeOf(category, category.entity ?? null);
}

/** Applies `change` to the category and records `event` with its snapshots before and after. */
async function recordChange(
  tx: EntityManager,
  context: SubgraphContext,
  event: EventContract<CategorySnapshot>,
  category: CategoryEntity,
  change: () => void,
): Promise<CategoryEntity> {
  const before = await snapshotOf(tx, category);
  change();
  await tx.flush();
  await event.record(tx, context.internal, {
    ...eventOf(category),
    before,
    after: await snapshotOf(tx, category),
  });
  return category;
}

export function renameCategory(context: SubgraphContext, id: string, rawName: string): Promise<CategoryNode> {
  const name = cleanCategoryName(rawName);
  return changeTree(context, async (tx) => {
    const category = await loadManagedLive(tx, context, id);
    if (category.name === name) return category;
    const [entity, parentId] = [category.entity ?? null, category.parentId ?? null];
    await assertNameFree(tx, { entity, parentId, name, exceptId: category.id });
    return recordChange(tx, context, categoryRenamed, category, () => (category.name = name));
  });
}

/** The category and everything below it, whatever their entity (a shared category's subtree spans entities). */
const subtreeOf = (tx: EntityManager, category: CategoryEntity) =>
  tx.find(CategorySchema, {
    [raw((alias) => `${alias}.path_ids @> array[?]::uuid[]`, [category.id])]: [],
  });

export function moveCategory(
  context: SubgraphContext,
  id: string,
  newParentId: string | null | undefined,
): Promise<CategoryNode> {
  const parentId = validId(newParentId, 'parentId');
  return changeTree(context, async (tx) => {
    const category = await loadManagedLive(tx, context, id);
    if ((category.parentId ?? null) === parentId) return category;
    const parent = parentId ? await loadForChange(tx, context, parentId) : null;
    const subtree = await subtreeOf(tx, category);
    assertCanMoveInto(category, subtreeHeight(category, subtree), parent);
    const { entity = null, name } = category;
    await assertNameFree(tx, { entity, parentId, name, exceptId: category.id });
    const newPath = pathInto(category.id, parent);
    const oldDepth = category.pathIds.length;
    return recordChange(tx, context, categoryMoved, category, () => {
      for (const row of subtree) row.pathIds = [...newPath, ...row.pathIds.slice(oldDepth)];
      category.parentId = parentId;
    });
  });
}

export function archiveCategory(context: SubgraphContext, id: string): Promise<CategoryNode> {
  return changeTree(context, async (tx) => {
    const category = await loadForChange(tx, context, id);
    assertManagesCategories(context, category.entity ?? null);
    if (category.archivedAt) return category;
    const now = new Date();
    // One event per category archived: the category and each live one below it.
    const live = (await subtreeOf(tx, category)).filter((row) => !row.archivedAt);
    for (const row of live)
      await recordChange(tx, context, categoryArchived, row, () => (row.archivedAt = now));
    return category;
  });
}

export function setDefaultAssignee(
  context: SubgraphContext,
  id: string,
  assignee: string | null | undefined,
): Promise<CategoryNode> {
  const defaultAssigneeId = validId(assignee, 'defaultAssigneeId');
  return changeTree(context, async (tx) => {
    const category = await loadManagedLive(tx, context, id);
    if ((category.defaultAssigneeId ?? null) === defaultAssigneeId) return category;
    if (defaultAssigneeId) await assertRoutable(tx, defaultAssigneeId, category.entity ?? null);
    return recordChange(tx, context, categoryDefaultAssigneeChanged, category, () => {
      category.defaultAssigneeId = defaultAssigneeId;
    });
  });
}

/**
 * A category chosen for something of `entity` (a ticket, a canned response): within the caller's
 * reach (NOT_FOUND otherwise), of that entity or shared, and live (BAD_USER_INPUT on `field` otherwise).
 */
export async function chosenCategory(
  tx: EntityManager,
  context: SubgraphContext,
  id: string,
  entity: string,
  field = 'categoryId',
): Promise<CategoryEntity> {
  if (!isUuid(id)) throw badInput(`${field} is not a valid id.`, field);
  const category = await loadForChange(tx, context, id);
  if (category.entity != null && category.entity !== entity)
    throw badInput(`The category belongs to another entity than ${entity}.`, field);
  if (category.archivedAt) throw badInput('The category is archived and can no longer be chosen.', field);
  return category;
}

/**
 * Sets or clears a ticket's category (`support.tickets.update`) and records `ticket.category_changed`.
 * An unassigned ticket is routed to the nearest default assignee of the category's path when that
 * person works tickets of the ticket's entity (checked now, from the staff replica), recorded as the
 * tickets module records an assignment (`ticket.updated`), in the same transaction.
 */
export function setTicketCategory(
  context: SubgraphContext,
  ticketId: string,
  categoryId: string | null | undefined,
): Promise<TicketEntity> {
  const wanted = validId(categoryId, 'categoryId');
  return context.em.transactional(async (tx) => {
    const ticket = await lockLiveTicket(tx, context, ticketId);
    assertCan(context, 'update', ticket);
    const category = wanted ? await chosenCategory(tx, context, wanted, ticket.entity) : null;
    if ((ticket.categoryId ?? null) === (category?.id ?? null)) return ticket;
    const previous = ticket.categoryId ? await tx.findOne(CategorySchema, { id: ticket.categoryId }) : null;
    const path = category ? await ancestry(tx, category) : [];
    const before = {
      categoryId: previous?.id ?? null,
      categoryPath: previous ? (await snapshotOf(tx, previous)).path : null,
    };
    const assignmentBefore = ticketSnapshot(ticket);
    ticket.categoryId = category?.id ?? null;
    const assignee = ticket.assigneeId ? null : nearestDefaultAssignee(path);
    const routed = assignee !== null && (await canOwnTickets(tx, assignee, ticket.entity));
    if (routed) {
      ticket.assigneeId = assignee;
      if (ticket.status === 'new') ticket.status = 'assigned';
    }
    await tx.flush();
    const event = { aggregateType: 'Ticket', aggregateId: ticket.id, entity: ticket.entity };
    await ticketCategoryChanged.record(tx, context.internal, {
      ...event,
      before,
      after: {
        categoryId: category?.id ?? null,
        categoryPath: category ? categoryPath(category, new Map(path.map((row) => [row.id, row]))) : null,
      },
    });
    if (routed)
      await ticketUpdated.record(tx, context.internal, {
        ...event,
        before: assignmentBefore,
        after: ticketSnapshot(ticket),
      });
    return ticket;
  });
}

/**
 * The category at `path` (`Billing/Invoices`) in an entity's tree (null: the shared tree), created
 * with every missing level — for importers, which run on Lotse's own behalf (no authorization here;
 * the events carry `internal`). Existing levels are matched regardless of case among the entity's own
 * and the shared live categories; an archived match does not count. Must run inside `tx`'s transaction.
 */
export async function findOrCreateCategoryPath(
  tx: EntityManager,
  entity: string | null,
  path: string,
  internal: InternalContext = systemContext('category-import'),
): Promise<CategoryEntity> {
  const names = splitCategoryPath(path);
  await lockTree(tx);
  let parent = null as CategoryEntity | null;
  for (const name of names) {
    const existing: CategoryEntity | null = await tx.findOne(CategorySchema, {
      $and: [
        { parentId: parent?.id ?? null, archivedAt: null },
        entity === null ? { entity: null } : { $or: [{ entity }, { entity: null }] },
        { [raw((alias) => `lower(${alias}.name)`)]: name.toLowerCase() },
      ],
    });
    if (existing) {
      parent = existing;
      continue;
    }
    await assertRoomFor(tx, entity);
    await assertNameFree(tx, { entity, parentId: parent?.id ?? null, name });
    parent = await insertCategory(tx, internal, { entity, name, parent, defaultAssigneeId: null });
  }
  return parent!;
}
