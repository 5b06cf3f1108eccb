import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KA, OL, startTestLotse, type GraphQLResponse, type TestLotse } from '../harness.ts';

/**
 * Canned responses through the gateway: managing them (sanitized bodies, placeholders, shortcuts,
 * categories), who uses them, listing and searching per entity, suggestions for a ticket, and
 * rendering one into a reply with its usage count and event.
 */
const FIELDS = `id title bodyHtml bodyText placeholders shortcut usageCount entity { code } category { id path } createdBy { id }`;
const CREATE = `mutation($input: CreateCannedResponseInput!) { createCannedResponse(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCannedResponseInput!) { updateCannedResponse(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteCannedResponse(id: $id) }`;
const LIST = `query($entity: String!, $search: String, $categoryId: ID, $first: Int, $after: String) {
  cannedResponses(entity: $entity, search: $search, categoryId: $categoryId, first: $first, after: $after) {
    totalCount edges { node { id title } } pageInfo { hasNextPage endCursor }
  }
}`;
const SUGGEST = `query($t: ID!, $first: Int) { suggestedCannedResponses(ticketId: $t, first: $first) { id title } }`;
const RENDER = `mutation($id: ID!, $t: ID!) {
  renderCannedResponse(id: $id, ticketId: $t) {
    bodyHtml bodyText unfilledPlaceholders cannedResponse { id usageCount } ticket { id number createdBy { name } }
  }
}`;
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id number } } }`;
const CREATE_CATEGORY = `mutation($input: CreateTicketCategoryInput!) { createTicketCategory(input: $input) { id } }`;
const SET_CATEGORY = `mutation($t: ID!, $c: ID) { setTicketCategory(ticketId: $t, categoryId: $c) { id } }`;

interface Canned {
  id: string;
  title: string;
  bodyHtml: string;
  bodyText: string;
  placeholders: string[];
  shortcut: string | null;
  usageCount: number;
  entity: { code: string };
  category: { id: string; path: string } | null;
  createdBy: { id: string };
}
type Page = {
  cannedResponses: {
    totalCount: number;
    edges: { node: { id: string; title: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

let lotse: TestLotse;
let db: pg.Client;
beforeAll(async () => {
  lotse = await startTestLotse();
  db = new pg.Client({ connectionString: lotse.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await lotse?.stop();
});

const errorOf = (result: GraphQLResponse) =>
  result.errors?.[0]?.extensions as { code?: string; field?: string } | undefined;
const token8 = () => crypto.randomUUID().slice(0, 8);

async function create(token: string, input: Record<string, unknown>): Promise<Canned> {
  const result = await lotse.graphql<{ createCannedResponse: Canned }>(CREATE, { input }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createCannedResponse;
}

async function ticket(token: string, title: string, description: string, entity = KA) {
  const result = await lotse.graphql<{ createTicket: { ticket: { id: string; number: string } } }>(
    CREATE_TICKET,
    { input: { entity, title, description } },
    token,
  );
  return result.data!.createTicket.ticket;
}

const list = (token: string, variables: Record<string, unknown>) =>
  lotse.graphql<Page>(LIST, variables, token);

describe('canned responses', () => {
  it('creates a sanitized response with placeholders and a normalized shortcut, unique per entity', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const olAdmin = await lotse.signedIn('admin', OL);
    const shortcut = `/thanks-${token8()}`;
    const created = await create(admin.token, {
      entity: KA,
      title: '  Thanks ',
      body: '<p onclick="x()">Hi {{customer.name}}, thanks for {{ ticket.number }}.<script>alert(1)</script></p><p>{{agent.name}}</p>',
      shortcut: shortcut.slice(1).toUpperCase(),
    });
    expect(created).toMatchObject({
      title: 'Thanks',
      bodyHtml: '<p>Hi {{customer.name}}, thanks for {{ ticket.number }}.</p><p>{{agent.name}}</p>',
      bodyText: 'Hi {{customer.name}}, thanks for {{ ticket.number }}.\n\n{{agent.name}}',
      placeholders: ['customer.name', 'ticket.number', 'agent.name'],
      shortcut,
      usageCount: 0,
      entity: { code: KA },
      category: null,
      createdBy: { id: admin.id },
    });
    const again = await lotse.graphql(
      CREATE,
      { input: { entity: KA, title: 'x', body: 'x', shortcut } },
      admin.token,
    );
    expect(errorOf(again)?.code).toBe('CONFLICT');
    // The same shortcut in another entity is fine.
    await create(olAdmin.token, { entity: OL, title: 'x', body: 'x', shortcut });

    for (const [input, field] of [
      [{ title: '', body: 'x' }, 'title'],
      [{ title: 'x', body: '<script>x</script>' }, 'body'],
      [{ title: 'x', body: 'Dear {{customer.email}}' }, 'body'],
      [{ title: 'x', body: 'x'.repeat(20_001) }, 'body'],
      [{ title: 'x', body: 'x', shortcut: '/not valid' }, 'shortcut'],
      [{ title: 'x', body: 'x', categoryId: 'nope' }, 'categoryId'],
      [{ title: 'x', body: 'x', entity: 'nowhere' }, 'entity'],
    ] as const) {
      const result = await lotse.graphql(
        CREATE,
        { input: { entity: KA, ...input } },
        (await lotse.signedIn('super_admin', null)).token,
      );
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const { rows } = await db.query(
      `select type, entity, after->>'title' as title from tickets.outbox_event where aggregate_id = $1`,
      [created.id],
    );
    expect(rows).toEqual([{ type: 'canned_response.created', entity: KA, title: 'Thanks' }]);
  });

  it('lets only canned-response managers of the entity manage; other tenants get NOT_FOUND', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const olAdmin = await lotse.signedIn('admin', OL);
    expect(
      errorOf(await lotse.graphql(CREATE, { input: { entity: KA, title: 'x', body: 'x' } }, agent.token))
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(await lotse.graphql(CREATE, { input: { entity: KA, title: 'x', body: 'x' } }, olAdmin.token))
        ?.code,
    ).toBe('FORBIDDEN');
    const response = await create(admin.token, { entity: KA, title: `Mine ${token8()}`, body: 'x' });
    expect(
      errorOf(await lotse.graphql(UPDATE, { id: response.id, input: { title: 'y' } }, agent.token))?.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(await lotse.graphql(UPDATE, { id: response.id, input: { title: 'y' } }, olAdmin.token))?.code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await lotse.graphql(DELETE, { id: response.id }, olAdmin.token))?.code).toBe('NOT_FOUND');
    expect(errorOf(await lotse.graphql(DELETE, { id: 'nope' }, admin.token))?.code).toBe('NOT_FOUND');

    const category = await lotse.graphql<{ createTicketCategory: { id: string } }>(
      CREATE_CATEGORY,
      { input: { entity: KA, name: `Returns ${token8()}` } },
      admin.token,
    );
    const categoryId = category.data!.createTicketCategory.id;
    const updated = await lotse.graphql<{ updateCannedResponse: Canned }>(
      UPDATE,
      { id: response.id, input: { title: 'Renamed', shortcut: `/r-${token8()}`, categoryId } },
      admin.token,
    );
    expect(updated.data!.updateCannedResponse).toMatchObject({
      title: 'Renamed',
      category: { id: categoryId },
    });
    const cleared = await lotse.graphql<{ updateCannedResponse: Canned }>(
      UPDATE,
      { id: response.id, input: { shortcut: null, categoryId: null } },
      admin.token,
    );
    expect(cleared.data!.updateCannedResponse).toMatchObject({
      title: 'Renamed',
      shortcut: null,
      category: null,
    });
    const olCategory = await lotse.graphql<{ createTicketCategory: { id: string } }>(
      CREATE_CATEGORY,
      { input: { entity: OL, name: `OL ${token8()}` } },
      olAdmin.token,
    );
    const foreign = await lotse.graphql(
      UPDATE,
      { id: response.id, input: { categoryId: olCategory.data!.createTicketCategory.id } },
      admin.token,
    );
    expect(errorOf(foreign)?.code).toBe('NOT_FOUND');

    expect((await lotse.graphql(DELETE, { id: response.id }, admin.token)).data).toEqual({
      deleteCannedResponse: response.id,
    });
    const { rows } = await db.query(
      `select type from tickets.outbox_event where aggregate_id = $1 order by id`,
      [response.id],
    );
    expect(rows.map((r) => r.type)).toEqual([
      'canned_response.created',
      'canned_response.updated',
      'canned_response.updated',
      'canned_response.deleted',
    ]);
  });

  it('lists and searches per entity for those who update its tickets, newest first with pages', async () => {
    const admin = await lotse.signedIn('super_admin', null);
    const agent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const analyst = await lotse.signedIn('analyst', KA);
    const customer = await lotse.signedIn('customer', KA);
    const stem = `zebra${token8()}`;
    const first = await create(admin.token, {
      entity: KA,
      title: `Refund policy ${stem}`,
      body: '<p>Refunds take 14 days.</p>',
      shortcut: `/${stem}-refund`,
    });
    const second = await create(admin.token, {
      entity: KA,
      title: `Password reset ${stem}`,
      body: '<p>Use the reset link.</p>',
    });
    const third = await create(admin.token, {
      entity: KA,
      title: `Shipping ${stem}`,
      body: '<p>Parcels travel for days.</p>',
    });
    await create(admin.token, { entity: OL, title: `Refund OL ${stem}`, body: 'OL only' });

    const page1 = await list(agent.token, { entity: KA, search: stem, first: 2 });
    expect(page1.data!.cannedResponses.totalCount).toBe(3);
    expect(page1.data!.cannedResponses.edges.map((e) => e.node.id)).toEqual([third.id, second.id]);
    const page2 = await list(agent.token, {
      entity: KA,
      search: stem,
      first: 2,
      after: page1.data!.cannedResponses.pageInfo.endCursor,
    });
    expect(page2.data!.cannedResponses.edges.map((e) => e.node.id)).toEqual([first.id]);
    expect(page2.data!.cannedResponses.pageInfo.hasNextPage).toBe(false);

    const ids = async (token: string, variables: Record<string, unknown>) =>
      (await list(token, variables)).data!.cannedResponses.edges.map((e) => e.node.id);
    expect(await ids(agent.token, { entity: KA, search: `${stem} refunds` })).toEqual([first.id]); // stemmed words
    expect(await ids(agent.token, { entity: KA, search: `/${stem}-ref` })).toEqual([first.id]); // shortcut prefix
    expect(await ids(agent.token, { entity: KA, search: `sheep reset ${stem}` })).toEqual([]); // every word must match
    expect(await ids(olAgent.token, { entity: KA, search: stem })).toEqual([]);
    expect(await ids(analyst.token, { entity: KA, search: stem })).toEqual([]);
    expect(await ids(customer.token, { entity: KA, search: stem })).toEqual([]);
    expect(errorOf(await list(agent.token, { entity: KA, search: 'x'.repeat(101) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
  });

  it('filters by a category and its subcategories', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const parent = await lotse.graphql<{ createTicketCategory: { id: string } }>(
      CREATE_CATEGORY,
      { input: { entity: KA, name: `Orders ${token8()}` } },
      admin.token,
    );
    const parentId = parent.data!.createTicketCategory.id;
    const child = await lotse.graphql<{ createTicketCategory: { id: string } }>(
      CREATE_CATEGORY,
      { input: { entity: KA, name: 'Late', parentId } },
      admin.token,
    );
    const inParent = await create(admin.token, {
      entity: KA,
      title: 'Order',
      body: 'x',
      categoryId: parentId,
    });
    const inChild = await create(admin.token, {
      entity: KA,
      title: 'Late order',
      body: 'x',
      categoryId: child.data!.createTicketCategory.id,
    });
    await create(admin.token, { entity: KA, title: 'Elsewhere', body: 'x' });
    const found = (
      await list(agent.token, { entity: KA, categoryId: parentId })
    ).data!.cannedResponses.edges.map((e) => e.node.id);
    expect(found).toEqual([inChild.id, inParent.id]);
  });

  it("suggests the responses closest to the ticket's text, its category's first", async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const stem = `quokka${token8()}`;
    const password = await create(admin.token, {
      entity: KA,
      title: `Resetting your password ${stem}`,
      body: '<p>Click forgot password on the login page.</p>',
    });
    const billing = await create(admin.token, {
      entity: KA,
      title: 'Invoice copies',
      body: '<p>Invoices are in your account under billing.</p>',
    });
    await create(admin.token, { entity: KA, title: 'Unrelated', body: '<p>Opening hours of our shop.</p>' });
    const t = await ticket(
      agent.token,
      'I forgot my password',
      `Cannot login since the password reset ${stem}`,
    );

    const suggest = (token: string, id: string) =>
      lotse.graphql<{ suggestedCannedResponses: { id: string }[] }>(SUGGEST, { t: id, first: 5 }, token);
    const suggested = (await suggest(agent.token, t.id)).data!.suggestedCannedResponses.map((r) => r.id);
    expect(suggested[0]).toBe(password.id);
    expect(suggested).not.toContain(billing.id);
    expect((await suggest(olAgent.token, t.id)).data!.suggestedCannedResponses).toEqual([]);
    expect(errorOf(await lotse.graphql(SUGGEST, { t: t.id, first: 21 }, agent.token))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });

    // A weaker match of the ticket's category ranks before a stronger one without.
    const category = await lotse.graphql<{ createTicketCategory: { id: string } }>(
      CREATE_CATEGORY,
      { input: { entity: KA, name: `Access ${token8()}` } },
      admin.token,
    );
    const categoryId = category.data!.createTicketCategory.id;
    const weak = await create(admin.token, {
      entity: KA,
      title: 'Account locked',
      body: '<p>We unlock the login for you.</p>',
      categoryId,
    });
    await lotse.graphql(SET_CATEGORY, { t: t.id, c: categoryId }, agent.token);
    const ranked = (await suggest(agent.token, t.id)).data!.suggestedCannedResponses.map((r) => r.id);
    expect(ranked.slice(0, 2)).toEqual([weak.id, password.id]);
  });

  it('renders for a ticket of its entity: fills ticket placeholders, leaves names to the caller, counts the use', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const customer = await lotse.signedIn('customer', KA);
    const response = await create(admin.token, {
      entity: KA,
      title: 'Ack',
      body: '<p>Hello {{customer.name}}, about {{ticket.number}} "{{ticket.title}}": on it. {{agent.name}}</p>',
    });
    const t = await ticket(customer.token, 'Fish & <chips>', 'x');
    const rendered = await lotse.graphql<{
      renderCannedResponse: {
        bodyHtml: string;
        bodyText: string;
        unfilledPlaceholders: string[];
        cannedResponse: { id: string; usageCount: number };
        ticket: { id: string; number: string; createdBy: { name: string } };
      };
    }>(RENDER, { id: response.id, t: t.id }, agent.token);
    expect(rendered.errors).toBeUndefined();
    expect(rendered.data!.renderCannedResponse).toEqual({
      bodyHtml: `<p>Hello {{customer.name}}, about ${t.number} "Fish &amp; &lt;chips&gt;": on it. {{agent.name}}</p>`,
      bodyText: `Hello {{customer.name}}, about ${t.number} "Fish & <chips>": on it. {{agent.name}}`,
      unfilledPlaceholders: ['customer.name', 'agent.name'],
      cannedResponse: { id: response.id, usageCount: 1 },
      ticket: { id: t.id, number: t.number, createdBy: { name: 'Test customer' } },
    });
    await lotse.graphql(RENDER, { id: response.id, t: t.id }, agent.token);

    expect(errorOf(await lotse.graphql(RENDER, { id: response.id, t: t.id }, customer.token))?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await lotse.graphql(RENDER, { id: response.id, t: t.id }, olAgent.token))?.code).toBe(
      'NOT_FOUND',
    );
    const olTicket = await ticket(olAgent.token, 'OL', 'x', OL);
    expect(
      errorOf(await lotse.graphql(RENDER, { id: response.id, t: olTicket.id }, olAgent.token))?.code,
    ).toBe('NOT_FOUND');
    const globalAdmin = await lotse.signedIn('super_admin', null);
    expect(
      errorOf(await lotse.graphql(RENDER, { id: response.id, t: olTicket.id }, globalAdmin.token)),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });

    const { rows } = await db.query(
      `select type, actor_id, after from tickets.outbox_event where aggregate_id = $1 and type = 'canned_response.used' order by id`,
      [response.id],
    );
    expect(rows).toEqual([
      { type: 'canned_response.used', actor_id: agent.id, after: { ticketId: t.id, usageCount: 1 } },
      { type: 'canned_response.used', actor_id: agent.id, after: { ticketId: t.id, usageCount: 2 } },
    ]);
  });
});
