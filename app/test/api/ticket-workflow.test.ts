import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { waitUntil } from '@lotse/kernel/testing/wait-until';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/**
 * The ticket workflow through the gateway: status changes and who may make them, resolution notes,
 * soft deletion and restoration, and that a refused change leaves neither a change nor an event.
 */
const FIELDS = 'id number status resolutionNotes resolvedAt closedAt awaitingReply deletedAt firstResponseAt';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ${FIELDS} } } }`;
const CHANGE = `mutation($id: ID!, $status: TicketStatus!, $notes: String) {
  changeTicketStatus(id: $id, status: $status, resolutionNotes: $notes) { ${FIELDS} }
}`;
const DELETE = `mutation($id: ID!) { deleteTicket(id: $id) { ${FIELDS} } }`;
const RESTORE = `mutation($id: ID!) { restoreTicket(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!) { updateTicket(id: $id, input: { title: "changed" }) { id } }`;
const ASSIGN = `mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id } }`;
const GET = `query($id: ID!, $number: String!) { ticket(id: $id) { id } ticketByNumber(number: $number) { id } }`;
const LIST = `query($filter: TicketFilter) { tickets(filter: $filter, first: 100) { totalCount edges { node { id deletedAt } } } }`;

interface Ticket {
  id: string;
  number: string;
  status: string;
  resolutionNotes: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  awaitingReply: boolean;
  deletedAt: string | null;
  firstResponseAt: string | null;
}
type Errors = { message: string; extensions?: { code?: string; field?: string } }[] | undefined;

let lotse: TestLotse;
let db: pg.Client;
beforeAll(async () => {
  lotse = await startTestLotse();
  db = new pg.Client({ connectionString: lotse.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await lotse.stop();
});

async function create(token: string, entity = KA, title = 'Workflow ticket'): Promise<Ticket> {
  const result = await lotse.graphql<{ createTicket: { ticket: Ticket } }>(
    CREATE,
    { input: { entity, title, description: 'Please help.' } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket.ticket;
}

const change = (token: string, id: string, status: string, notes?: string) =>
  lotse.graphql<{ changeTicketStatus: Ticket }>(CHANGE, { id, status, notes }, token);

async function moved(token: string, id: string, status: string, notes?: string): Promise<Ticket> {
  const result = await change(token, id, status, notes);
  expect(result.errors).toBeUndefined();
  return result.data!.changeTicketStatus;
}

const errorOf = (errors: Errors) => errors?.[0]?.extensions;

/** The ticket's row and its outbox events, to show a refused change left both alone. */
async function stateOf(id: string) {
  const ticket = await db.query('select * from tickets.ticket where id = $1', [id]);
  const events = await db.query(
    'select type, before, after from tickets.outbox_event where aggregate_id = $1 order by id',
    [id],
  );
  return { ticket: ticket.rows[0] as Record<string, unknown>, events: events.rows };
}

describe('changeTicketStatus', () => {
  it('walks a ticket from new to closed, stamping resolvedAt and closedAt and recording each change', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { id } = await create(agent.token);
    expect((await moved(agent.token, id, 'IN_PROGRESS')).status).toBe('IN_PROGRESS');
    expect((await moved(agent.token, id, 'WAITING')).status).toBe('WAITING');
    expect((await moved(agent.token, id, 'IN_PROGRESS')).status).toBe('IN_PROGRESS');
    const resolved = await moved(agent.token, id, 'RESOLVED', '  Cleared the cache.  ');
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      resolutionNotes: 'Cleared the cache.',
      closedAt: null,
    });
    expect(Date.parse(resolved.resolvedAt!)).not.toBeNaN();
    // Closing a resolved ticket keeps the notes written when it was resolved.
    const closed = await moved(agent.token, id, 'CLOSED');
    expect(closed).toMatchObject({
      status: 'CLOSED',
      resolutionNotes: 'Cleared the cache.',
      resolvedAt: resolved.resolvedAt,
    });
    expect(Date.parse(closed.closedAt!)).not.toBeNaN();

    const { events } = await stateOf(id);
    const changes = events.filter((event) => event.type === 'ticket.status_changed');
    expect(changes.map((event) => [event.before.status, event.after.status])).toEqual([
      ['new', 'in_progress'],
      ['in_progress', 'waiting'],
      ['waiting', 'in_progress'],
      ['in_progress', 'resolved'],
      ['resolved', 'closed'],
    ]);
    expect(changes[3]!.after).toMatchObject({ resolutionNotes: 'Cleared the cache.', closedAt: null });
  });

  it('refuses moves the workflow does not allow, on the status field', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { id } = await create(agent.token);
    expect(errorOf((await change(agent.token, id, 'ASSIGNED')).errors)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
    await moved(agent.token, id, 'IN_PROGRESS');
    for (const status of ['ASSIGNED', 'NEW']) {
      const refused = await change(agent.token, id, status);
      expect(errorOf(refused.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    }
    await moved(agent.token, id, 'CLOSED', 'Duplicate of another ticket.');
    for (const status of ['IN_PROGRESS', 'WAITING', 'RESOLVED']) {
      const refused = await change(agent.token, id, status, status === 'RESOLVED' ? 'again' : undefined);
      expect(errorOf(refused.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    }
  });

  it('needs resolution notes to resolve or close, plain text of at most 10,000 characters, and only then', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { id } = await create(agent.token);
    for (const [status, notes] of [
      ['RESOLVED', undefined],
      ['CLOSED', undefined],
      ['RESOLVED', '   '],
      ['RESOLVED', 'x'.repeat(10_001)],
      ['IN_PROGRESS', 'not now'],
    ] as const) {
      const refused = await change(agent.token, id, status, notes);
      expect(errorOf(refused.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'resolutionNotes' });
    }
    const notes = '<b>not</b> HTML & kept as written ' + 'x'.repeat(9_000);
    expect((await moved(agent.token, id, 'RESOLVED', notes)).resolutionNotes).toBe(notes);
  });

  it('reopens a resolved ticket, clearing resolvedAt; resolving or closing it again needs new notes', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { id } = await create(agent.token);
    await moved(agent.token, id, 'RESOLVED', 'First fix.');
    const reopened = await moved(agent.token, id, 'IN_PROGRESS');
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null, closedAt: null });
    expect(errorOf((await change(agent.token, id, 'CLOSED')).errors)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'resolutionNotes',
    });
    const closed = await moved(agent.token, id, 'CLOSED', 'Second fix.');
    expect(closed.resolutionNotes).toBe('Second fix.');
    expect(closed.resolvedAt).not.toBeNull();
  });

  it('changes nothing and records nothing when the status stays', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { id } = await create(agent.token);
    await moved(agent.token, id, 'WAITING');
    const before = await stateOf(id);
    expect((await moved(agent.token, id, 'WAITING')).status).toBe('WAITING');
    expect(await stateOf(id)).toEqual(before);
  });

  it('lets customers and analysts read but not move tickets, and a refused move leaves no change and no event', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const customer = await lotse.signedIn('customer', KA);
    const analyst = await lotse.signedIn('analyst', KA);
    const own = await create(customer.token);
    expect(own.awaitingReply).toBe(true);
    await moved(agent.token, own.id, 'IN_PROGRESS');
    const before = await stateOf(own.id);
    for (const token of [customer.token, analyst.token]) {
      for (const [status, notes] of [
        ['WAITING', undefined],
        ['RESOLVED', 'I fixed it myself.'],
        ['CLOSED', 'Never mind.'],
      ] as const) {
        expect(errorOf((await change(token, own.id, status, notes)).errors)?.code).toBe('FORBIDDEN');
      }
    }
    // Refused on input after the permission check: still no trace.
    expect(errorOf((await change(agent.token, own.id, 'NEW')).errors)?.code).toBe('BAD_USER_INPUT');
    expect(errorOf((await change(agent.token, own.id, 'RESOLVED')).errors)?.code).toBe('BAD_USER_INPUT');
    expect(await stateOf(own.id)).toEqual(before);
  });

  it("marks only a customer's new ticket as awaiting a reply", async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const customer = await lotse.signedIn('customer', KA);
    expect((await create(agent.token)).awaitingReply).toBe(false);
    const mine = await create(customer.token);
    expect(mine).toMatchObject({
      awaitingReply: true,
      firstResponseAt: null,
      deletedAt: null,
      resolutionNotes: null,
    });
  });

  it('answers NOT_FOUND to a KA agent for every change of an OL ticket, and changes nothing', async () => {
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const olAdmin = await lotse.signedIn('admin', OL);
    const kaAdmin = await lotse.signedIn('admin', KA);
    const ticket = await create(olAgent.token, OL);
    const deleted = await create(olAgent.token, OL);
    expect((await lotse.graphql(DELETE, { id: deleted.id }, olAdmin.token)).errors).toBeUndefined();
    const before = [await stateOf(ticket.id), await stateOf(deleted.id)];
    for (const { id } of [ticket, deleted]) {
      const attempts = [
        change(kaAgent.token, id, 'IN_PROGRESS'),
        change(kaAgent.token, id, 'RESOLVED', 'notes'),
        lotse.graphql(UPDATE, { id }, kaAgent.token),
        lotse.graphql(ASSIGN, { id, a: kaAgent.id }, kaAgent.token),
        lotse.graphql(DELETE, { id }, kaAgent.token),
        lotse.graphql(RESTORE, { id }, kaAgent.token),
        lotse.graphql(DELETE, { id }, kaAdmin.token),
        lotse.graphql(RESTORE, { id }, kaAdmin.token),
      ];
      for (const result of await Promise.all(attempts))
        expect(errorOf(result.errors)?.code).toBe('NOT_FOUND');
    }
    expect([await stateOf(ticket.id), await stateOf(deleted.id)]).toEqual(before);
  });
});

describe('deleteTicket and restoreTicket', () => {
  it('hides a deleted ticket from lookups, lists and counts, lists it for admins under deleted: true, and restores it', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const admin = await lotse.signedIn('admin', KA);
    const ticket = await create(agent.token, KA, `to delete ${agent.id}`);
    const kept = await create(agent.token, KA, `to keep ${agent.id}`);
    const mine = { createdById: agent.id };

    const deleted = await lotse.graphql<{ deleteTicket: Ticket }>(DELETE, { id: ticket.id }, admin.token);
    expect(deleted.errors).toBeUndefined();
    expect(Date.parse(deleted.data!.deleteTicket.deletedAt!)).not.toBeNaN();

    for (const token of [agent.token, admin.token]) {
      const got = await lotse.graphql(GET, { id: ticket.id, number: ticket.number }, token);
      expect(got.data).toEqual({ ticket: null, ticketByNumber: null });
      const list = await lotse.graphql<{
        tickets: { totalCount: number; edges: { node: { id: string } }[] };
      }>(LIST, { filter: mine }, token);
      expect(list.data!.tickets.edges.map((edge) => edge.node.id)).toEqual([kept.id]);
      expect(list.data!.tickets.totalCount).toBe(1);
    }
    const asAgent = await lotse.graphql<{ tickets: { totalCount: number } }>(
      LIST,
      { filter: { ...mine, deleted: true } },
      agent.token,
    );
    expect(asAgent.data!.tickets.totalCount).toBe(0);
    const asAdmin = await lotse.graphql<{
      tickets: { totalCount: number; edges: { node: { id: string; deletedAt: string } }[] };
    }>(LIST, { filter: { ...mine, deleted: true } }, admin.token);
    expect(asAdmin.data!.tickets.edges.map((edge) => edge.node.id)).toEqual([ticket.id]);
    expect(asAdmin.data!.tickets.totalCount).toBe(1);

    // A deleted ticket cannot be worked on, and deleting it again changes nothing.
    expect(errorOf((await change(agent.token, ticket.id, 'IN_PROGRESS')).errors)?.code).toBe('NOT_FOUND');
    expect(errorOf((await lotse.graphql(RESTORE, { id: ticket.id }, agent.token)).errors)?.code).toBe(
      'NOT_FOUND',
    );
    const again = await lotse.graphql<{ deleteTicket: Ticket }>(DELETE, { id: ticket.id }, admin.token);
    expect(again.data!.deleteTicket.deletedAt).toBe(deleted.data!.deleteTicket.deletedAt);

    const restored = await lotse.graphql<{ restoreTicket: Ticket }>(RESTORE, { id: ticket.id }, admin.token);
    expect(restored.data!.restoreTicket.deletedAt).toBeNull();
    const back = await lotse.graphql(GET, { id: ticket.id, number: ticket.number }, agent.token);
    expect(back.data).toEqual({ ticket: { id: ticket.id }, ticketByNumber: { id: ticket.id } });

    const { events } = await stateOf(ticket.id);
    expect(events.map((event) => event.type)).toEqual([
      'ticket.created',
      'ticket.deleted',
      'ticket.restored',
    ]);
    expect(events[1]!.before.deletedAt).toBeNull();
    expect(events[1]!.after.deletedAt).not.toBeNull();
    expect(events[2]!.after.deletedAt).toBeNull();
  });

  it('lets only those with support.tickets.delete delete, leaving no trace of a refusal', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const customer = await lotse.signedIn('customer', KA);
    const analyst = await lotse.signedIn('analyst', KA);
    const superAdmin = await lotse.signedIn('super_admin', null);
    const ticket = await create(customer.token);
    const before = await stateOf(ticket.id);
    for (const token of [agent.token, customer.token, analyst.token]) {
      expect(errorOf((await lotse.graphql(DELETE, { id: ticket.id }, token)).errors)?.code).toBe('FORBIDDEN');
      expect(errorOf((await lotse.graphql(RESTORE, { id: ticket.id }, token)).errors)?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect(await stateOf(ticket.id)).toEqual(before);
    expect((await lotse.graphql(DELETE, { id: ticket.id }, superAdmin.token)).errors).toBeUndefined();
    const list = await lotse.graphql<{ tickets: { totalCount: number } }>(LIST, {}, customer.token);
    expect(list.data!.tickets.totalCount).toBe(0);
  });
});

describe('ticketEvents and the workflow', () => {
  it('delivers status changes and restorations as UPDATED, and no deletion', async () => {
    const admin = await lotse.signedIn('admin', KA);
    // Opened before subscribing: events carry the ticket as it is when delivered, so only changes count.
    const worked = await create(admin.token);
    const removed = await create(admin.token);
    const client = createClient({
      url: `${lotse.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${admin.token}` },
    });
    const events: { type: string; ticket: { id: string; status: string } }[] = [];
    const listeners = () => lotse.running.events!.listenerCount();
    const before = listeners();
    const unsubscribe = client.subscribe<{ ticketEvents: (typeof events)[number] }>(
      { query: `subscription { ticketEvents(entity: "${KA}") { type ticket { id status } } }` },
      {
        next: (event) => event.data && events.push(event.data.ticketEvents),
        error: () => {},
        complete: () => {},
      },
    );
    const waitFor = (condition: () => boolean, what: string) => waitUntil(what, condition);
    try {
      await waitFor(() => listeners() === before + 1, 'the upstream subscription');
      await moved(admin.token, worked.id, 'IN_PROGRESS');
      await lotse.graphql(DELETE, { id: removed.id }, admin.token);
      await lotse.graphql(RESTORE, { id: removed.id }, admin.token);
      const marker = await create(admin.token);
      await waitFor(() => events.some((event) => event.ticket.id === marker.id), 'the marker');
      // The two tickets' CREATED events may still be on their way when the subscription starts.
      const changes = events.filter((event) => event.type !== 'CREATED' || event.ticket.id === marker.id);
      expect(changes.map((event) => [event.type, event.ticket.id, event.ticket.status])).toEqual([
        ['UPDATED', worked.id, 'IN_PROGRESS'],
        ['UPDATED', removed.id, 'NEW'],
        ['CREATED', marker.id, 'NEW'],
      ]);
    } finally {
      unsubscribe();
      await client.dispose();
    }
  });
});
