import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { waitUntil } from '@lotse/kernel/testing/wait-until';
import { KA, startTestLotse, type GraphQLResponse, type TestLotse } from '../harness.ts';

/**
 * In-app notifications through the gateway: written by the tickets subgraph's notifications consumer
 * from its own events (assignment, mentions, customer replies), listed and counted only while the
 * recipient may read the ticket, marked read, and pushed live to their recipient only.
 */
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const ASSIGN = `mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id } }`;
const RETITLE = `mutation($id: ID!) { updateTicket(id: $id, input: { title: "renamed" }) { id } }`;
const REPLY = `mutation($input: ReplyToTicketInput!) { replyToTicket(input: $input) { message { id } } }`;
const NOTE = `mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { message { id } } }`;
const DELETE_TICKET = `mutation($id: ID!) { deleteTicket(id: $id) { id } }`;
const LIST = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  unreadNotificationCount
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount
    edges { node { id kind read ticket { id } actor { id name } message { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const ADDED = `subscription { notificationAdded { notification { id kind ticket { id } actor { id name } } } }`;

interface Note {
  id: string;
  kind: string;
  read: boolean;
  ticket: { id: string };
  actor: { id: string; name: string } | null;
  message: { id: string } | null;
}
interface Inbox {
  unreadNotificationCount: number;
  notifications: {
    totalCount: number;
    edges: { node: Note }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
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

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await lotse.graphql<T>(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** The inbox once the consumers have handled every event so far. */
async function inbox(token: string, variables: Record<string, unknown> = {}): Promise<Inbox> {
  await lotse.running.caughtUp();
  return ok<Inbox>(LIST, variables, token);
}

const kinds = (box: Inbox) => box.notifications.edges.map((edge) => [edge.node.kind, edge.node.ticket.id]);

async function ticket(token: string, title = 'needs help') {
  const data = await ok<{ createTicket: { ticket: { id: string } } }>(
    CREATE_TICKET,
    { input: { entity: KA, title, description: 'please' } },
    token,
  );
  return data.createTicket.ticket.id;
}

const mention = (id: string) => `<span data-type="mention" data-id="${id}">@someone</span>`;

describe('notifications', () => {
  it('tells staff they were assigned, mentioned, or that the customer replied', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.signedIn('support_agent', KA);
    const admin = await lotse.signedIn('admin', KA);
    const customer = await lotse.signedIn('customer', KA);
    const id = await ticket(customer.token);

    await ok(ASSIGN, { id, a: agent.id }, admin.token);
    // Changing something else, or assigning oneself, tells nobody.
    await ok(RETITLE, { id }, admin.token);
    const own = await ticket(customer.token, 'mine');
    await ok(ASSIGN, { id: own, a: agent.id }, agent.token);
    const reply = await ok<{ replyToTicket: { message: { id: string } } }>(
      REPLY,
      { input: { ticketId: id, body: '<p>Any news?</p>' } },
      customer.token,
    );
    const note = await ok<{ addInternalNote: { message: { id: string } } }>(
      NOTE,
      {
        input: {
          ticketId: id,
          body: `<p>${mention(agent.id)} ${mention(admin.id)} ${mention(colleague.id)} look</p>`,
        },
      },
      colleague.token,
    );

    const box = await inbox(agent.token);
    expect(kinds(box)).toEqual([
      ['MENTIONED', id],
      ['CUSTOMER_REPLIED', id],
      ['ASSIGNED', id],
    ]);
    expect(box.unreadNotificationCount).toBe(3);
    const [mentioned, replied, assigned] = box.notifications.edges.map((edge) => edge.node);
    expect(mentioned).toMatchObject({
      actor: { id: colleague.id },
      message: { id: note.addInternalNote.message.id },
      read: false,
    });
    expect(replied).toMatchObject({
      actor: { id: customer.id },
      message: { id: reply.replyToTicket.message.id },
    });
    expect(assigned).toMatchObject({ actor: { id: admin.id, name: 'Test admin' }, message: null });
    expect(kinds(await inbox(admin.token))).toEqual([['MENTIONED', id]]);
    // Nobody is told about their own mention; customers have no notifications.
    expect(kinds(await inbox(colleague.token))).toEqual([]);
    expect((await inbox(customer.token)).unreadNotificationCount).toBe(0);

    // The live wake-up of each recipient is an event on their inbox, never content.
    const { rows } = await db.query(
      `select count(*)::int as n from tickets.outbox_event where type = 'notification.added' and aggregate_id = $1`,
      [agent.id],
    );
    expect(rows[0].n).toBe(3);
  });

  it('marks read by id or all, and pages newest first', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const admin = await lotse.signedIn('admin', KA);
    const customer = await lotse.signedIn('customer', KA);
    const ids: string[] = [];
    for (const title of ['one', 'two', 'three']) {
      const id = await ticket(customer.token, title);
      ids.push(id);
      await ok(ASSIGN, { id, a: agent.id }, admin.token);
    }
    const first = await inbox(agent.token, { first: 2 });
    expect(kinds(first)).toEqual([
      ['ASSIGNED', ids[2]],
      ['ASSIGNED', ids[1]],
    ]);
    const rest = await inbox(agent.token, { first: 2, after: first.notifications.pageInfo.endCursor });
    expect(kinds(rest)).toEqual([['ASSIGNED', ids[0]]]);
    expect(rest.notifications.pageInfo.hasNextPage).toBe(false);

    const newest = first.notifications.edges[0]!.node.id;
    const otherwise = await ok<{ markNotificationsRead: number }>(MARK, { ids: [newest] }, admin.token);
    expect(otherwise.markNotificationsRead).toBe(0);
    expect((await inbox(agent.token)).unreadNotificationCount).toBe(3);
    expect(
      (await ok<{ markNotificationsRead: number }>(MARK, { ids: [newest] }, agent.token))
        .markNotificationsRead,
    ).toBe(2);
    const unread = await inbox(agent.token, { unreadOnly: true });
    expect(kinds(unread)).toEqual([
      ['ASSIGNED', ids[1]],
      ['ASSIGNED', ids[0]],
    ]);
    expect(unread.notifications.totalCount).toBe(2);
    expect(
      (await ok<{ markNotificationsRead: number }>(MARK, { all: true }, agent.token)).markNotificationsRead,
    ).toBe(0);
    expect((await inbox(agent.token)).notifications.edges.every((edge) => edge.node.read)).toBe(true);

    expect(errorOf(await lotse.graphql(MARK, {}, agent.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ids',
    });
    expect(errorOf(await lotse.graphql(MARK, { ids: [newest], all: true }, agent.token))?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await lotse.graphql(MARK, { ids: ['nope'] }, agent.token))).toMatchObject({
      field: 'ids',
    });
  });

  it('hides notifications about tickets the recipient can no longer read', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const admin = await lotse.signedIn('admin', KA);
    const customer = await lotse.signedIn('customer', KA);
    const gone = await ticket(customer.token, 'to be deleted');
    const kept = await ticket(customer.token, 'kept');
    await ok(ASSIGN, { id: gone, a: agent.id }, admin.token);
    await ok(ASSIGN, { id: kept, a: agent.id }, admin.token);
    expect((await inbox(agent.token)).unreadNotificationCount).toBe(2);
    const goneNotification = (await inbox(agent.token)).notifications.edges.find(
      (e) => e.node.ticket.id === gone,
    )!;
    await ok(DELETE_TICKET, { id: gone }, admin.token);
    const box = await inbox(agent.token);
    expect(kinds(box)).toEqual([['ASSIGNED', kept]]);
    expect(box.unreadNotificationCount).toBe(1);
    const lookup = await ok<{ notification: { id: string } | null }>(
      `query($id: ID!) { notification(id: $id) { id } }`,
      { id: goneNotification.node.id },
      agent.token,
    );
    expect(lookup.notification).toBeNull();
  });

  it('pushes new notifications to their recipient only, with federated fields', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.signedIn('support_agent', KA);
    const admin = await lotse.signedIn('admin', KA);
    const customer = await lotse.signedIn('customer', KA);
    const events: { data?: { notificationAdded: { notification: Note } } | null }[] = [];
    let failure: unknown;
    const client: Client = createClient({
      url: `${lotse.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${agent.token}` },
    });
    const listeners = () => lotse.running.events!.listenerCount();
    const base = listeners();
    client.subscribe(
      { query: ADDED },
      {
        next: (event) => void events.push(event as never),
        error: (error) => (failure = error),
        complete: () => {},
      },
    );
    try {
      // The subscription listens once the subgraph has read where the agent's inbox stands.
      await waitUntil('the upstream subscription', () => listeners() === base + 1 || failure !== undefined);
      expect(failure).toBeUndefined();
      // Someone else's notification first: had the agent been sent it, it would arrive first.
      const theirs = await ticket(customer.token, 'theirs');
      await ok(ASSIGN, { id: theirs, a: colleague.id }, admin.token);
      const mine = await ticket(customer.token, 'mine');
      await ok(ASSIGN, { id: mine, a: agent.id }, admin.token);
      await waitUntil('the agent’s notification', () => events.length >= 1 || failure !== undefined);
      expect(failure).toBeUndefined();
      expect(events.map((event) => event.data?.notificationAdded.notification)).toEqual([
        {
          id: expect.any(String),
          kind: 'ASSIGNED',
          ticket: { id: mine },
          actor: { id: admin.id, name: 'Test admin' },
        },
      ]);
    } finally {
      await client.dispose();
    }
  });
});
