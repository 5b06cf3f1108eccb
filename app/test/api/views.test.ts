import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KA, OL, startTestLotse, type GraphQLResponse, type TestLotse } from '../harness.ts';

/**
 * Saved ticket views through the gateway: personal and entity-shared views, who sees and changes
 * them, the stored filter validated like `Query.tickets` takes it, and what a view lists decided by
 * the reader's own ticket scope at read time.
 */
const FIELDS = `id name owner { id } sharedWith { code } viewerCanChange
  filter { entity status priority createdById assignedToMe tag } orderBy { field direction }`;
const CREATE = `mutation($input: CreateTicketViewInput!) { createTicketView(input: $input) { ${FIELDS} } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameTicketView(id: $id, name: $name) { id name } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTicketViewInput!) { updateTicketView(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteTicketView(id: $id) }`;
const LIST = `query { ticketViews { id name sharedWith { code } } }`;
const TICKETS = `query($id: ID!, $first: Int, $after: String) {
  ticketView(id: $id) {
    tickets(first: $first, after: $after) {
      totalCount edges { node { id priority entity { code } } } pageInfo { hasNextPage endCursor }
    }
  }
}`;
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;

interface View {
  id: string;
  name: string;
  owner: { id: string };
  sharedWith: { code: string } | null;
  viewerCanChange: boolean;
  filter: Record<string, unknown>;
  orderBy: { field: string; direction: string };
}
interface TicketsPage {
  totalCount: number;
  edges: { node: { id: string; priority: string; entity: { code: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

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

async function create(token: string, input: Record<string, unknown>): Promise<View> {
  const result = await lotse.graphql<{ createTicketView: View }>(CREATE, { input }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createTicketView;
}

async function ticketsOf(token: string, id: string, first = 50, after?: string) {
  const result = await lotse.graphql<{ ticketView: { tickets: TicketsPage } | null }>(
    TICKETS,
    { id, first, after },
    token,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.ticketView?.tickets ?? null;
}

const names = async (token: string) =>
  (await lotse.graphql<{ ticketViews: { name: string }[] }>(LIST, {}, token)).data!.ticketViews.map(
    (view) => view.name,
  );

/** A customer of the entity with tickets of the given priorities; returns the customer and ticket ids. */
async function customerWithTickets(entity: string, priorities: string[]) {
  const customer = await lotse.signedIn('customer', entity);
  const ids: string[] = [];
  for (const priority of priorities) {
    const result = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      CREATE_TICKET,
      { input: { entity, title: `view ${priority}`, description: 'for views', priority } },
      customer.token,
    );
    ids.push(result.data!.createTicket.ticket.id);
  }
  return { customer, ids };
}

describe('saved ticket views', () => {
  it('saves a personal view and lists its tickets through the ticket list, paginated', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const other = await lotse.signedIn('support_agent', KA);
    const { customer, ids } = await customerWithTickets(KA, ['LOW', 'URGENT', 'HIGH', 'MEDIUM']);
    const view = await create(agent.token, {
      name: '  Urgent first ',
      filter: { createdById: customer.id, priority: ['URGENT', 'HIGH', 'LOW'], status: null },
      orderBy: { field: 'PRIORITY' },
    });
    expect(view).toMatchObject({
      name: 'Urgent first',
      owner: { id: agent.id },
      sharedWith: null,
      viewerCanChange: true,
      filter: { createdById: customer.id, priority: ['URGENT', 'HIGH', 'LOW'], status: null, entity: null },
      orderBy: { field: 'PRIORITY', direction: 'DESC' },
    });
    const first = (await ticketsOf(agent.token, view.id, 2))!;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge) => edge.node.priority)).toEqual(['URGENT', 'HIGH']);
    const rest = (await ticketsOf(agent.token, view.id, 2, first.pageInfo.endCursor!))!;
    expect(rest.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // Personal: nobody else sees it, and nobody else may change it.
    expect(await names(agent.token)).toContain('Urgent first');
    expect(await names(other.token)).not.toContain('Urgent first');
    expect(await ticketsOf(other.token, view.id)).toBeNull();
    const renamed = await lotse.graphql(RENAME, { id: view.id, name: 'x' }, other.token);
    expect(errorOf(renamed)?.code).toBe('NOT_FOUND');

    const { rows } = await db.query(
      `select type, entity, after->'filter'->'priority' as priority from tickets.outbox_event where aggregate_id = $1`,
      [view.id],
    );
    expect(rows).toEqual([
      { type: 'ticket_view.created', entity: null, priority: ['urgent', 'high', 'low'] },
    ]);
  });

  it('shares a view with the staff of an entity; the owner and entity admins change it', async () => {
    const owner = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.signedIn('support_agent', KA);
    const admin = await lotse.signedIn('admin', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const customer = await lotse.signedIn('customer', KA);
    const shared = await create(owner.token, {
      name: `Team queue ${crypto.randomUUID().slice(0, 6)}`,
      filter: { status: ['NEW'], unassigned: true },
      sharedWithEntity: KA,
    });
    expect(shared.sharedWith).toEqual({ code: KA });
    expect(await names(colleague.token)).toContain(shared.name);
    expect(await names(olAgent.token)).not.toContain(shared.name);
    expect(await names(customer.token)).toEqual([]);

    // A colleague sees it but may not change it; an admin of the entity may; sharing is the owner's.
    const view = await lotse.graphql<{ ticketView: { viewerCanChange: boolean } }>(
      `query($id: ID!) { ticketView(id: $id) { viewerCanChange } }`,
      { id: shared.id },
      colleague.token,
    );
    expect(view.data!.ticketView.viewerCanChange).toBe(false);
    expect(
      errorOf(await lotse.graphql(RENAME, { id: shared.id, name: 'Mine now' }, colleague.token))?.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await lotse.graphql(DELETE, { id: shared.id }, colleague.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await lotse.graphql(DELETE, { id: shared.id }, olAgent.token))?.code).toBe('NOT_FOUND');
    const renamed = await lotse.graphql<{ renameTicketView: { name: string } }>(
      RENAME,
      { id: shared.id, name: `${shared.name} (admin)` },
      admin.token,
    );
    expect(renamed.data!.renameTicketView.name).toBe(`${shared.name} (admin)`);
    const unshare = await lotse.graphql(
      UPDATE,
      { id: shared.id, input: { sharedWithEntity: null } },
      admin.token,
    );
    expect(errorOf(unshare)?.code).toBe('FORBIDDEN');

    // The owner makes it personal again: the colleague loses it.
    const personal = await lotse.graphql<{ updateTicketView: View }>(
      UPDATE,
      {
        id: shared.id,
        input: { sharedWithEntity: null, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } },
      },
      owner.token,
    );
    expect(personal.data!.updateTicketView).toMatchObject({
      sharedWith: null,
      orderBy: { field: 'UPDATED_AT', direction: 'ASC' },
      filter: { status: ['NEW'] },
    });
    expect(await names(colleague.token)).not.toContain(`${shared.name} (admin)`);

    // Sharing takes working the entity's tickets; customers save no views.
    const elsewhere = await lotse.graphql(
      CREATE,
      { input: { name: 'x', sharedWithEntity: OL } },
      owner.token,
    );
    expect(errorOf(elsewhere)?.code).toBe('FORBIDDEN');
    const byCustomer = await lotse.graphql(CREATE, { input: { name: 'x' } }, customer.token);
    expect(errorOf(byCustomer)?.code).toBe('FORBIDDEN');

    expect((await lotse.graphql(DELETE, { id: shared.id }, owner.token)).data).toEqual({
      deleteTicketView: shared.id,
    });
    expect(await names(owner.token)).not.toContain(`${shared.name} (admin)`);
    const { rows } = await db.query(
      `select type from tickets.outbox_event where aggregate_id = $1 order by id`,
      [shared.id],
    );
    expect(rows.map((row) => row.type)).toEqual([
      'ticket_view.created',
      'ticket_view.updated',
      'ticket_view.updated',
      'ticket_view.deleted',
    ]);
  });

  it('lists what the reader may read, decided at read time', async () => {
    const superAdmin = await lotse.signedIn('super_admin', null);
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const ka = await customerWithTickets(KA, ['HIGH']);
    const ol = await customerWithTickets(OL, ['HIGH']);
    // A shared KA view lists KA tickets only, even for a super admin who reads both entities.
    const shared = await create(superAdmin.token, {
      name: 'All high',
      filter: { priority: ['HIGH'] },
      sharedWithEntity: KA,
    });
    const bySuper = (await ticketsOf(superAdmin.token, shared.id, 100))!;
    expect(bySuper.edges.every((edge) => edge.node.entity.code === KA)).toBe(true);
    expect(bySuper.edges.map((edge) => edge.node.id)).toContain(ka.ids[0]);
    // A personal view naming another entity lists nothing for someone who cannot read it.
    const olView = await create(kaAgent.token, {
      name: 'OL',
      filter: { entity: OL, createdById: ol.customer.id },
    });
    expect((await ticketsOf(kaAgent.token, olView.id))!.totalCount).toBe(0);
    // assignedToMe means whoever reads the view.
    const mine = await create(superAdmin.token, {
      name: 'Mine',
      filter: { assignedToMe: true },
      sharedWithEntity: KA,
    });
    expect((await ticketsOf(kaAgent.token, mine.id))!.totalCount).toBe(0);
  });

  it('validates the stored filter like the ticket list does, naming the field', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    for (const [input, field] of [
      [{ name: ' ' }, 'name'],
      [{ name: 'x', filter: { tag: '!!' } }, 'filter.tag'],
      [{ name: 'x', filter: { assigneeId: 'nope' } }, 'filter.assigneeId'],
      [{ name: 'x', filter: { entity: OL }, sharedWithEntity: KA }, 'filter.entity'],
      [{ name: 'x', sharedWithEntity: 'nowhere' }, 'sharedWithEntity'],
    ] as const) {
      const result = await lotse.graphql(CREATE, { input }, agent.token);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });
});
