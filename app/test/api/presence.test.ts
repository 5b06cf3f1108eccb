import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { waitUntil } from '@lotse/kernel/testing/wait-until';
import { KA, OL, startTestLotse, type GraphQLResponse, type TestLotse } from '../harness.ts';

/**
 * Collision detection through the gateway: heartbeats, the live `ticketPresence` subscription with
 * federated user names, departures when a watcher's subscription ends, and expiry without heartbeats.
 */
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const ANNOUNCE = `mutation($t: ID!, $a: TicketPresenceActivity!) {
  announceTicketPresence(ticketId: $t, activity: $a) { ticketId others { user { id } activity } }
}`;
const WATCH = `subscription($t: ID!) { ticketPresence(ticketId: $t) { ticketId others { user { id name } activity } } }`;

type Others = { user: { id: string; name?: string }; activity: string }[];

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

const errorOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

interface Watching {
  client: Client;
  states: Others[];
  failure: unknown;
}

function watch(token: string, ticketId: string): Watching {
  const watching: Watching = {
    client: createClient({
      url: `${lotse.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    }),
    states: [],
    failure: undefined,
  };
  watching.client.subscribe(
    { query: WATCH, variables: { t: ticketId } },
    {
      next: (event) => {
        const data = event.data as { ticketPresence: { others: Others } } | null | undefined;
        if (data) watching.states.push(data.ticketPresence.others);
        else watching.failure = event.errors;
      },
      error: (error) => (watching.failure = error),
      complete: () => {},
    },
  );
  return watching;
}

/** Waits until the watcher's latest state is `expected` (or it failed). */
async function sees(watching: Watching, what: string, expected: Others) {
  const key = JSON.stringify(expected);
  await waitUntil(
    what,
    () => watching.failure !== undefined || JSON.stringify(watching.states.at(-1)) === key,
  );
  expect(watching.failure).toBeUndefined();
}

describe('ticket presence', () => {
  it('tells watchers who else views or replies, until they leave or stop sending heartbeats', async () => {
    const alice = await lotse.signedIn('support_agent', KA);
    const bob = await lotse.signedIn('support_agent', KA);
    const customer = await lotse.signedIn('customer', KA);
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      CREATE_TICKET,
      { input: { entity: KA, title: 'who is here', description: 'x' } },
      customer.token,
    );
    const t = created.data!.createTicket.ticket.id;

    const aliceWatch = watch(alice.token, t);
    try {
      await sees(aliceWatch, 'the empty start', []);
      await lotse.graphql(ANNOUNCE, { t, a: 'VIEWING' }, alice.token);
      const bobSees = await lotse.graphql<{ announceTicketPresence: { others: Others } }>(
        ANNOUNCE,
        { t, a: 'VIEWING' },
        bob.token,
      );
      expect(bobSees.data!.announceTicketPresence.others).toEqual([
        { user: { id: alice.id }, activity: 'VIEWING' },
      ]);
      await sees(aliceWatch, 'bob viewing', [
        { user: { id: bob.id, name: 'Test support_agent' }, activity: 'VIEWING' },
      ]);
      await lotse.graphql(ANNOUNCE, { t, a: 'REPLYING' }, bob.token);
      await sees(aliceWatch, 'bob replying', [
        { user: { id: bob.id, name: 'Test support_agent' }, activity: 'REPLYING' },
      ]);

      // Bob's watcher ends: he is gone at once.
      const bobWatch = watch(bob.token, t);
      await waitUntil('bob watching', () => bobWatch.states.length > 0 || bobWatch.failure !== undefined);
      expect(bobWatch.states[0]).toEqual([
        { user: { id: alice.id, name: 'Test support_agent' }, activity: 'VIEWING' },
      ]);
      await bobWatch.client.dispose();
      await sees(aliceWatch, 'bob gone with his subscription', []);

      // Heartbeats stop: the presence expires (here: made 30 seconds old in the table).
      await lotse.graphql(ANNOUNCE, { t, a: 'VIEWING' }, bob.token);
      await sees(aliceWatch, 'bob back', [
        { user: { id: bob.id, name: 'Test support_agent' }, activity: 'VIEWING' },
      ]);
      await db.query(
        `update tickets.ticket_presence set expires_at = now() - interval '1 second' where user_id = $1`,
        [bob.id],
      );
      await sees(aliceWatch, 'bob expired', []);
    } finally {
      await aliceWatch.client.dispose();
    }
  });

  it('is for staff who work the ticket', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      CREATE_TICKET,
      { input: { entity: KA, title: 'private', description: 'x' } },
      customer.token,
    );
    const t = created.data!.createTicket.ticket.id;
    expect(errorOf(await lotse.graphql(ANNOUNCE, { t, a: 'VIEWING' }, customer.token))).toBe('FORBIDDEN');
    expect(errorOf(await lotse.graphql(ANNOUNCE, { t, a: 'VIEWING' }, olAgent.token))).toBe('NOT_FOUND');
    const olWatch = watch(olAgent.token, t);
    try {
      await waitUntil('the refusal', () => olWatch.failure !== undefined);
    } finally {
      await olWatch.client.dispose();
    }
  });
});
