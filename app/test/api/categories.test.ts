import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { categoryFilterWhere } from '@lotse/tickets/modules/categories/category-filter';
import { findOrCreateCategoryPath } from '@lotse/tickets/modules/categories/category.service';
import { TicketSchema } from '@lotse/tickets/modules/tickets/ticket.entity';
import { subgraphOrms } from '../../src/runtime/subgraphs.ts';
import { KA, OL, startTestLotse, type GraphQLResponse, type TestLotse } from '../harness.ts';

/**
 * Ticket categories through the gateway: the tree per entity and shared, who reads and who manages
 * it, names, moves (cycles, depth), archiving, a ticket's category with routing and its event, and
 * the exports other modules use (`categoryFilterWhere`, `findOrCreateCategoryPath`) on the real schema.
 */
const FIELDS = `id name path depth archived entity { code } parent { id name } children { id name } defaultAssignee { id }`;
const CREATE = `mutation($input: CreateTicketCategoryInput!) { createTicketCategory(input: $input) { ${FIELDS} } }`;
const LIST = `query($entity: String!, $archived: Boolean) { ticketCategories(entity: $entity, includeArchived: $archived) { ${FIELDS} } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameTicketCategory(id: $id, name: $name) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $parentId: ID) { moveTicketCategory(id: $id, parentId: $parentId) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveTicketCategory(id: $id) { ${FIELDS} } }`;
const SET_ASSIGNEE = `mutation($id: ID!, $a: ID) { setTicketCategoryDefaultAssignee(id: $id, defaultAssigneeId: $a) { defaultAssignee { id } } }`;
const SET = `mutation($t: ID!, $c: ID) { setTicketCategory(ticketId: $t, categoryId: $c) { id status assignee { id } category { id path } } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { category { id path archived } } }`;
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;

interface Category {
  id: string;
  name: string;
  path: string;
  depth: number;
  archived: boolean;
  entity: { code: string } | null;
  parent: { id: string; name: string } | null;
  children: { id: string; name: string }[];
  defaultAssignee: { id: string } | null;
}

let lotse: TestLotse;
let db: pg.Client;
let orm: MikroORM;
beforeAll(async () => {
  lotse = await startTestLotse();
  db = new pg.Client({ connectionString: lotse.databaseUrl });
  await db.connect();
  orm = await subgraphOrms.tickets.open(lotse.databaseUrl, 1);
});
afterAll(async () => {
  await orm?.close();
  await db?.end();
  await lotse?.stop();
});

const unique = (name: string) => `${name} ${crypto.randomUUID().slice(0, 8)}`;

function codeOf(result: GraphQLResponse) {
  return result.errors?.[0]?.extensions as { code?: string; field?: string } | undefined;
}

async function create(token: string, input: Record<string, unknown>): Promise<Category> {
  const result = await lotse.graphql<{ createTicketCategory: Category }>(CREATE, { input }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createTicketCategory;
}

async function list(token: string, entity: string, archived = false): Promise<Category[]> {
  const result = await lotse.graphql<{ ticketCategories: Category[] }>(LIST, { entity, archived }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.ticketCategories;
}

async function ticket(token: string, entity = KA): Promise<string> {
  const result = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
    CREATE_TICKET,
    { input: { entity, title: 'Invoice missing', description: 'Where is my invoice?' } },
    token,
  );
  return result.data!.createTicket.ticket.id;
}

describe('ticket categories', () => {
  it('lists an entity tree with paths, parents and children; shared ones for every entity, nothing across entities', async () => {
    const admin = await lotse.signedIn('super_admin', null);
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const billing = await create(admin.token, { entity: KA, name: unique('Billing') });
    const invoices = await create(admin.token, { entity: KA, name: 'Invoices', parentId: billing.id });
    const shared = await create(admin.token, { name: unique('General') });
    const kaUnderShared = await create(admin.token, { entity: KA, name: 'KA only', parentId: shared.id });
    const olUnderShared = await create(admin.token, { entity: OL, name: 'OL only', parentId: shared.id });
    expect(invoices).toMatchObject({
      path: `${billing.name}/Invoices`,
      depth: 2,
      parent: { id: billing.id },
    });
    expect(shared.entity).toBeNull();

    const ka = await list(kaAgent.token, KA);
    const ids = ka.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([billing.id, invoices.id, shared.id, kaUnderShared.id]));
    expect(ids).not.toContain(olUnderShared.id);
    expect(ids.indexOf(invoices.id)).toBe(ids.indexOf(billing.id) + 1); // tree order
    expect(ka.find((c) => c.id === billing.id)!.children).toEqual([{ id: invoices.id, name: 'Invoices' }]);
    expect(ka.find((c) => c.id === shared.id)!.children.map((c) => c.id)).toEqual([kaUnderShared.id]);
    expect(ka.find((c) => c.id === kaUnderShared.id)!.path).toBe(`${shared.name}/KA only`);

    const ol = (await list(olAgent.token, OL)).map((c) => c.id);
    expect(ol).toEqual(expect.arrayContaining([shared.id, olUnderShared.id]));
    expect(ol).not.toContain(billing.id);
    expect(ol).not.toContain(kaUnderShared.id);
    // Asking for another entity's tree answers empty; so does an unknown entity.
    expect(await list(olAgent.token, KA)).toEqual([]);
    expect(await list(admin.token, 'no_such_entity')).toEqual([]);
    // A super admin reading KA's tree sees KA's children of a shared category only.
    const adminKa = await list(admin.token, KA);
    expect(adminKa.find((c) => c.id === shared.id)!.children.map((c) => c.id)).toEqual([kaUnderShared.id]);
  });

  it('lets customers read their entity tree but not default assignees', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.createUser({ role: 'support_agent', entity: KA });
    const customer = await lotse.signedIn('customer', KA);
    const category = await create(admin.token, {
      entity: KA,
      name: unique('Shipping'),
      defaultAssigneeId: agent.id,
    });
    expect(category.defaultAssignee).toEqual({ id: agent.id });
    const seen = (await list(customer.token, KA)).find((c) => c.id === category.id);
    expect(seen).toMatchObject({ name: category.name, defaultAssignee: null });
  });

  it('lets only category managers of the entity manage, and only global ones manage shared categories', async () => {
    const kaAdmin = await lotse.signedIn('admin', KA);
    const olAdmin = await lotse.signedIn('admin', OL);
    const agent = await lotse.signedIn('support_agent', KA);
    const global = await lotse.signedIn('admin', null);
    expect(codeOf(await lotse.graphql(CREATE, { input: { entity: KA, name: 'x' } }, agent.token))?.code).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await lotse.graphql(CREATE, { input: { name: 'shared' } }, kaAdmin.token))?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await lotse.graphql(CREATE, { input: { entity: OL, name: 'x' } }, kaAdmin.token))?.code,
    ).toBe('FORBIDDEN');
    const kaCategory = await create(kaAdmin.token, { entity: KA, name: unique('Mine') });
    const shared = await create(global.token, { name: unique('Shared') });
    // Another tenant's category is not found; a visible one the caller may not manage is forbidden.
    expect(codeOf(await lotse.graphql(RENAME, { id: kaCategory.id, name: 'x' }, olAdmin.token))?.code).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await lotse.graphql(RENAME, { id: shared.id, name: 'x' }, kaAdmin.token))?.code).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await lotse.graphql(ARCHIVE, { id: kaCategory.id }, agent.token))?.code).toBe('FORBIDDEN');
    expect(
      codeOf(
        await lotse.graphql(
          CREATE,
          { input: { entity: OL, name: 'x', parentId: kaCategory.id } },
          olAdmin.token,
        ),
      )?.code,
    ).toBe('NOT_FOUND');
    const { rows } = await db.query(
      `select type, entity from tickets.outbox_event where aggregate_type = 'Category' and aggregate_id = any($1) order by id`,
      [[kaCategory.id, shared.id]],
    );
    expect(rows).toEqual([
      { type: 'category.created', entity: KA },
      { type: 'category.created', entity: null },
    ]);
  });

  it('validates names, unique among siblings regardless of case, also against shared siblings', async () => {
    const admin = await lotse.signedIn('super_admin', null);
    const root = await create(admin.token, { entity: KA, name: unique('Root') });
    await create(admin.token, { entity: KA, name: 'Refunds', parentId: root.id });
    for (const name of ['', 'a/b', 'x'.repeat(81)]) {
      const result = await lotse.graphql(
        CREATE,
        { input: { entity: KA, name, parentId: root.id } },
        admin.token,
      );
      expect(codeOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    }
    const duplicate = await lotse.graphql(
      CREATE,
      { input: { entity: KA, name: ' REFUNDS ', parentId: root.id } },
      admin.token,
    );
    expect(codeOf(duplicate)?.code).toBe('CONFLICT');
    // The same name in another place is fine; a shared root clashes with every entity's roots.
    await create(admin.token, {
      entity: KA,
      name: 'Refunds',
      parentId: (await create(admin.token, { entity: KA, name: unique('Elsewhere') })).id,
    });
    const sharedName = unique('Common');
    await create(admin.token, { entity: OL, name: sharedName });
    expect(codeOf(await lotse.graphql(CREATE, { input: { name: sharedName } }, admin.token))?.code).toBe(
      'CONFLICT',
    );
    const bad = await lotse.graphql(
      CREATE,
      { input: { entity: KA, name: 'x', parentId: 'not-a-uuid' } },
      admin.token,
    );
    expect(codeOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const unknown = await lotse.graphql(CREATE, { input: { entity: 'nowhere', name: 'x' } }, admin.token);
    expect(codeOf(unknown)).toEqual({ code: 'BAD_USER_INPUT', field: 'entity' });
  });

  it('renames and moves with the subtree, refusing cycles and more than five levels', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const a = await create(admin.token, { entity: KA, name: unique('A') });
    const b = await create(admin.token, { entity: KA, name: 'B', parentId: a.id });
    const c = await create(admin.token, { entity: KA, name: 'C', parentId: b.id });
    const renamed = await lotse.graphql<{ renameTicketCategory: Category }>(
      RENAME,
      { id: b.id, name: 'Bee' },
      admin.token,
    );
    expect(renamed.data!.renameTicketCategory.path).toBe(`${a.name}/Bee`);

    const cycle = await lotse.graphql(MOVE, { id: a.id, parentId: c.id }, admin.token);
    expect(codeOf(cycle)).toEqual({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect(codeOf(await lotse.graphql(MOVE, { id: a.id, parentId: a.id }, admin.token))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });

    const other = await create(admin.token, { entity: KA, name: unique('Other') });
    const moved = await lotse.graphql<{ moveTicketCategory: Category }>(
      MOVE,
      { id: b.id, parentId: other.id },
      admin.token,
    );
    expect(moved.data!.moveTicketCategory).toMatchObject({
      path: `${other.name}/Bee`,
      parent: { id: other.id },
    });
    const tree = await list(admin.token, KA);
    expect(tree.find((x) => x.id === c.id)).toMatchObject({ path: `${other.name}/Bee/C`, depth: 3 });
    const toRoot = await lotse.graphql<{ moveTicketCategory: Category }>(
      MOVE,
      { id: c.id, parentId: null },
      admin.token,
    );
    expect(toRoot.data!.moveTicketCategory).toMatchObject({ depth: 1, parent: null, path: 'C' });

    // Five levels deep at most: a chain of five, then a two-level subtree into level four is refused.
    let parent = await create(admin.token, { entity: KA, name: unique('L1') });
    const chain = [parent];
    for (const name of ['L2', 'L3', 'L4', 'L5'])
      chain.push((parent = await create(admin.token, { entity: KA, name, parentId: parent.id })));
    expect(chain.at(-1)!.depth).toBe(5);
    const tooDeep = await lotse.graphql(
      CREATE,
      { input: { entity: KA, name: 'L6', parentId: parent.id } },
      admin.token,
    );
    expect(codeOf(tooDeep)).toEqual({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const pair = await create(admin.token, { entity: KA, name: unique('P') });
    await create(admin.token, { entity: KA, name: 'Q', parentId: pair.id });
    expect(codeOf(await lotse.graphql(MOVE, { id: pair.id, parentId: chain[3]!.id }, admin.token))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
    expect(
      (await lotse.graphql(MOVE, { id: pair.id, parentId: chain[2]!.id }, admin.token)).errors,
    ).toBeUndefined();

    const { rows } = await db.query(
      `select type, before->>'path' as before, after->>'path' as after from tickets.outbox_event
       where aggregate_id = $1 order by id`,
      [b.id],
    );
    expect(rows).toEqual([
      { type: 'category.created', before: null, after: `${a.name}/B` },
      { type: 'category.renamed', before: `${a.name}/B`, after: `${a.name}/Bee` },
      { type: 'category.moved', before: `${a.name}/Bee`, after: `${other.name}/Bee` },
    ]);
  });

  it('archives a subtree: gone from the list and from choice, still on the tickets that have it', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const parent = await create(admin.token, { entity: KA, name: unique('Old') });
    const child = await create(admin.token, { entity: KA, name: 'Older', parentId: parent.id });
    const id = await ticket(agent.token);
    expect((await lotse.graphql(SET, { t: id, c: child.id }, agent.token)).errors).toBeUndefined();

    const archived = await lotse.graphql<{ archiveTicketCategory: Category }>(
      ARCHIVE,
      { id: parent.id },
      admin.token,
    );
    expect(archived.data!.archiveTicketCategory.archived).toBe(true);
    expect((await list(agent.token, KA)).map((c) => c.id)).not.toContain(child.id);
    const all = await list(agent.token, KA, true);
    expect(all.find((c) => c.id === child.id)).toMatchObject({
      archived: true,
      path: `${parent.name}/Older`,
    });

    const onTicket = await lotse.graphql<{ ticket: { category: { id: string; archived: boolean } } }>(
      TICKET,
      { id },
      agent.token,
    );
    expect(onTicket.data!.ticket.category).toMatchObject({ id: child.id, archived: true });
    const other = await ticket(agent.token);
    expect(codeOf(await lotse.graphql(SET, { t: other, c: child.id }, agent.token))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'categoryId',
    });
    expect(codeOf(await lotse.graphql(RENAME, { id: child.id, name: 'New' }, admin.token))?.code).toBe(
      'CONFLICT',
    );
    // A new live sibling may take the archived one's name.
    await create(admin.token, { entity: KA, name: parent.name });
  });

  it("sets a ticket's category within its entity, records the change and routes to the default assignee", async () => {
    const admin = await lotse.signedIn('super_admin', null);
    const agent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const router = await lotse.createUser({ role: 'support_agent', entity: KA });
    const billing = await create(admin.token, {
      entity: KA,
      name: unique('Billing'),
      defaultAssigneeId: router.id,
    });
    const invoices = await create(admin.token, { entity: KA, name: 'Invoices', parentId: billing.id });
    const olCategory = await create(admin.token, { entity: OL, name: unique('OL') });
    const id = await ticket(agent.token);

    const set = await lotse.graphql<{
      setTicketCategory: { status: string; assignee: { id: string }; category: { id: string; path: string } };
    }>(SET, { t: id, c: invoices.id }, agent.token);
    expect(set.data!.setTicketCategory).toEqual({
      id,
      status: 'ASSIGNED',
      assignee: { id: router.id },
      category: { id: invoices.id, path: `${billing.name}/Invoices` },
    });
    // Another tenant's category is not found for the agent; a super admin gets a bad choice.
    expect(codeOf(await lotse.graphql(SET, { t: id, c: olCategory.id }, agent.token))?.code).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await lotse.graphql(SET, { t: id, c: olCategory.id }, admin.token))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'categoryId',
    });
    expect(codeOf(await lotse.graphql(SET, { t: id, c: billing.id }, olAgent.token))?.code).toBe('NOT_FOUND');
    expect(codeOf(await lotse.graphql(SET, { t: id, c: 'nope' }, agent.token))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'categoryId',
    });
    // Setting the same category again changes nothing; clearing it does.
    await lotse.graphql(SET, { t: id, c: invoices.id }, agent.token);
    const cleared = await lotse.graphql<{ setTicketCategory: { category: null; assignee: { id: string } } }>(
      SET,
      { t: id, c: null },
      agent.token,
    );
    expect(cleared.data!.setTicketCategory).toMatchObject({ category: null, assignee: { id: router.id } });

    const { rows } = await db.query(
      `select type, actor_id, before, after from tickets.outbox_event where aggregate_id = $1 and type <> 'ticket.created' order by id`,
      [id],
    );
    expect(rows.map((r) => r.type)).toEqual([
      'ticket.category_changed',
      'ticket.updated',
      'ticket.category_changed',
    ]);
    expect(rows[0]).toMatchObject({
      actor_id: agent.id,
      before: { categoryId: null, categoryPath: null },
      after: { categoryId: invoices.id, categoryPath: `${billing.name}/Invoices` },
    });
    expect(rows[1]).toMatchObject({
      before: { assigneeId: null, status: 'new' },
      after: { assigneeId: router.id, status: 'assigned' },
    });
    expect(rows[2]).toMatchObject({ after: { categoryId: null, categoryPath: null } });

    // Customers may not set categories.
    const customer = await lotse.signedIn('customer', KA);
    const own = await ticket(customer.token);
    expect(codeOf(await lotse.graphql(SET, { t: own, c: billing.id }, customer.token))?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('routes a shared category only to an assignee who works tickets of the ticket entity', async () => {
    const admin = await lotse.signedIn('super_admin', null);
    const agent = await lotse.signedIn('support_agent', KA);
    const olRouter = await lotse.createUser({ role: 'support_agent', entity: OL });
    const customer = await lotse.createUser({ role: 'customer', entity: KA });
    const bad = await lotse.graphql(
      CREATE,
      { input: { entity: KA, name: unique('X'), defaultAssigneeId: olRouter.id } },
      admin.token,
    );
    expect(codeOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'defaultAssigneeId' });
    const shared = await create(admin.token, { name: unique('Anything') });
    expect(codeOf(await lotse.graphql(SET_ASSIGNEE, { id: shared.id, a: customer.id }, admin.token))).toEqual(
      {
        code: 'BAD_USER_INPUT',
        field: 'defaultAssigneeId',
      },
    );
    const set = await lotse.graphql<{
      setTicketCategoryDefaultAssignee: { defaultAssignee: { id: string } };
    }>(SET_ASSIGNEE, { id: shared.id, a: olRouter.id }, admin.token);
    expect(set.data!.setTicketCategoryDefaultAssignee.defaultAssignee).toEqual({ id: olRouter.id });
    const id = await ticket(agent.token);
    const result = await lotse.graphql<{ setTicketCategory: { status: string; assignee: null } }>(
      SET,
      { t: id, c: shared.id },
      agent.token,
    );
    expect(result.data!.setTicketCategory).toMatchObject({ status: 'NEW', assignee: null });
  });

  it('exports a ticket filter over a category and its descendants, and a path finder for importers', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const top = await create(admin.token, { entity: KA, name: unique('Top') });
    const below = await create(admin.token, { entity: KA, name: 'Below', parentId: top.id });
    const beside = await create(admin.token, { entity: KA, name: unique('Beside') });
    const [t1, t2, t3] = [await ticket(agent.token), await ticket(agent.token), await ticket(agent.token)];
    await lotse.graphql(SET, { t: t1, c: top.id }, agent.token);
    await lotse.graphql(SET, { t: t2, c: below.id }, agent.token);
    await lotse.graphql(SET, { t: t3, c: beside.id }, agent.token);

    // Ticket.category resolves on list rows too, one batch for the whole page.
    const listed = await lotse.graphql<{
      tickets: { edges: { node: { id: string; category: { path: string } } }[] };
    }>(
      `query($by: ID) { tickets(filter: { createdById: $by }) { edges { node { id category { path } } } } }`,
      { by: agent.id },
      agent.token,
    );
    expect(
      Object.fromEntries(listed.data!.tickets.edges.map((e) => [e.node.id, e.node.category.path])),
    ).toEqual({
      [t1]: top.name,
      [t2]: `${top.name}/Below`,
      [t3]: beside.name,
    });

    const em = orm.em.fork();
    const where = categoryFilterWhere(em, top.id);
    const found = await em.find(TicketSchema, where);
    expect(found.map((t) => t.id).sort()).toEqual([t1, t2].sort());
    // The same condition serves the count and the query builder (list and totalCount).
    expect(await em.count(TicketSchema, where)).toBe(2);
    const viaBuilder = await em
      .createQueryBuilder(TicketSchema)
      .select('id')
      .where({ $and: [where, { entity: KA }] })
      .execute('all');
    expect(viaBuilder).toHaveLength(2);
    expect(await em.count(TicketSchema, categoryFilterWhere(em, below.id))).toBe(1);
    expect(() => categoryFilterWhere(em, 'x')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.categoryId' } }),
    );

    const path = `${top.name}/Below/Deeper`;
    const made = await orm.em.fork().transactional((tx) => findOrCreateCategoryPath(tx, KA, path));
    expect(made.pathIds.slice(0, 2)).toEqual([top.id, below.id]);
    const again = await orm.em
      .fork()
      .transactional((tx) => findOrCreateCategoryPath(tx, KA, path.toUpperCase()));
    expect(again.id).toBe(made.id);
    const tree = await list(agent.token, KA);
    expect(tree.find((c) => c.id === made.id)?.path).toBe(path);
  });
});
