import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { waitUntil } from '@lotse/kernel/testing/wait-until';
import { KA, OL, startTestLotse, type TestLotse } from './harness.ts';

/**
 * Federated subscriptions through the gateway's WebSocket `/graphql`, with real clients (graphql-ws
 * over ws), a real tickets subgraph behind one signed upstream connection and identity resolving
 * the federated fields of every event.
 */
const EVENTS = `subscription Events($entity: String) {
  ticketEvents(entity: $entity) {
    type
    occurredAt
    ticket { number title createdBy { name } ...Brand }
  }
}
fragment Brand on Ticket { brand: entity { code } }`;

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id number } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTicketInput!) { updateTicket(id: $id, input: $input) { id } }`;

type TicketEvent = {
  type: string;
  occurredAt: string;
  ticket: { number: string; title: string; createdBy: { name: string }; brand: { code: string } };
};

interface Recorded {
  client: Client;
  events: FormattedExecutionResult<{ ticketEvents: TicketEvent }, unknown>[];
  closes: { code: number; reason: string }[];
  error: unknown;
  completed: boolean;
  unsubscribe(): void;
}

let lotse: TestLotse;
let wsUrl: string;

beforeAll(async () => {
  lotse = await startTestLotse();
  wsUrl = `${lotse.url.replace(/^http/, 'ws')}/graphql`;
});
afterAll(() => lotse.stop());

function subscribe(token: string | null, query: string, variables: Record<string, unknown> = {}): Recorded {
  const recorded: Recorded = {
    client: createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: { closed: (event) => recorded.closes.push(event as { code: number; reason: string }) },
    }),
    events: [],
    closes: [],
    error: undefined,
    completed: false,
    unsubscribe: () => {},
  };
  recorded.unsubscribe = recorded.client.subscribe<{ ticketEvents: TicketEvent }>(
    { query, variables },
    {
      next: (event) => recorded.events.push(event),
      error: (error) => (recorded.error = error),
      complete: () => (recorded.completed = true),
    },
  );
  return recorded;
}

const listeners = () => lotse.running.events!.listenerCount();
const subscriptionsStarted = async () =>
  (await lotse.running.gateway!.metrics.subscriptions.get()).values[0]?.value ?? 0;

async function createTicket(token: string, entity: string, title: string) {
  const result = await lotse.graphql<{ createTicket: { ticket: { id: string; number: string } } }>(
    CREATE,
    { input: { entity, title, description: 'Raised while a subscription listens.' } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket.ticket;
}

const codesOf = (error: unknown) =>
  (error as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code);

describe('ticketEvents through the gateway', () => {
  it('delivers CREATED and UPDATED for KA tickets with federated fields, nothing for OL, and detaches on unsubscribe', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const before = listeners();
    const started = await subscriptionsStarted();
    const subscription = subscribe(agent.token, EVENTS);
    await waitUntil('the upstream subscription', () => listeners() === before + 1);
    expect(await subscriptionsStarted()).toBe(started + 1);

    // The OL ticket is published first: had it been delivered, it would arrive before the KA one.
    await createTicket(olAgent.token, OL, 'Not for Kids Ascension');
    const ticket = await createTicket(colleague.token, KA, 'Player stalls at 90%');
    await waitUntil('the CREATED event', () => subscription.events.length >= 1);

    const created = subscription.events[0]!;
    expect(created.errors).toBeUndefined();
    expect(created.data!.ticketEvents).toMatchObject({
      type: 'CREATED',
      ticket: {
        number: ticket.number,
        title: 'Player stalls at 90%',
        createdBy: { name: 'Test support_agent' },
        brand: { code: KA },
      },
    });
    expect(Date.parse(created.data!.ticketEvents.occurredAt)).not.toBeNaN();

    const updated = await lotse.graphql(
      UPDATE,
      { id: ticket.id, input: { title: 'Player stalls at 95%' } },
      colleague.token,
    );
    expect(updated.errors).toBeUndefined();
    await waitUntil('the UPDATED event', () => subscription.events.length >= 2);
    expect(subscription.events[1]!.data!.ticketEvents).toMatchObject({
      type: 'UPDATED',
      ticket: {
        number: ticket.number,
        title: 'Player stalls at 95%',
        createdBy: { name: 'Test support_agent' },
      },
    });
    // Events arrive in the order they were published, and the OL one was published first.
    expect(subscription.events.map((event) => event.data!.ticketEvents.ticket.brand.code)).toEqual([KA, KA]);

    subscription.unsubscribe();
    await waitUntil('the subgraph listener to be removed', () => listeners() === before);
    await subscription.client.dispose();
  });

  it('removes the subgraph listener at once when the client disconnects', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const before = listeners();
    const subscription = subscribe(agent.token, EVENTS, { entity: KA });
    await waitUntil('the upstream subscription', () => listeners() === before + 1);
    await subscription.client.dispose(); // closes the socket without completing first
    await waitUntil('the subgraph listener to be removed', () => listeners() === before, 2_000);
  });

  it('runs queries over the same connection through the gateway', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const query = subscribe(agent.token, '{ me { name } }');
    await waitUntil('the query result', () => query.completed);
    expect(query.events).toEqual([{ data: { me: { name: 'Test support_agent' } } }]);
    await query.client.dispose();
  });

  it('refuses a connection without a valid credential', async () => {
    for (const token of [null, 'not-a-real-token']) {
      const subscription = subscribe(token, EVENTS);
      await waitUntil('the refusal', () => subscription.closes.length > 0);
      expect(subscription.closes[0]).toMatchObject({ code: 4403 });
      expect(subscription.events).toEqual([]);
      await subscription.client.dispose();
    }
  });

  it('refuses a subscription over the depth limit with a code, as HTTP does', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const deep = `${'a { '.repeat(17)}id${' }'.repeat(17)}`;
    const query = `subscription { ticketEvents { ticket { createdBy { ${deep} } } } }`;
    const subscription = subscribe(agent.token, query);
    await waitUntil('the refusal', () => subscription.error !== undefined);
    expect(subscription.error).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: expect.stringMatching(/depth limit of 12 exceeded/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]),
    );
    await subscription.client.dispose();
  });

  it('ends with UNAUTHENTICATED and closes once the session is revoked', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.signedIn('support_agent', KA);
    const before = listeners();
    const subscription = subscribe(agent.token, EVENTS, { entity: KA });
    await waitUntil('the upstream subscription', () => listeners() === before + 1);

    const logout = await lotse.graphql<{ logout: boolean }>('mutation { logout }', {}, agent.token);
    expect(logout.data?.logout).toBe(true);
    lotse.forgetAuthentication(agent.token);
    await createTicket(colleague.token, KA, 'After the logout');

    await waitUntil('the UNAUTHENTICATED error', () => subscription.error !== undefined);
    expect(codesOf(subscription.error)).toEqual(['UNAUTHENTICATED']);
    expect(subscription.events).toEqual([]);
    await waitUntil('the connection to close', () => subscription.closes.length > 0);
    expect(subscription.closes[0]).toMatchObject({ code: 4403 });
    await waitUntil('the subgraph listener to be removed', () => listeners() === before);
    await subscription.client.dispose();
  });

  it('follows a role change: events of an entity the subscriber just lost stop, even without a ticket selection', async () => {
    const root = await lotse.signedIn('super_admin', null);
    const both = await lotse.signedIn('support_agent', KA);
    const grant = { role: 'SUPPORT_AGENT', entity: OL };
    const granted = await lotse.graphql(
      'mutation($u: ID!, $g: RoleGrantInput!) { grantRole(userId: $u, grant: $g) { id } }',
      { u: both.id, g: grant },
      root.token,
    );
    expect(granted.errors).toBeUndefined();
    const olAgent = await lotse.signedIn('support_agent', OL);
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const before = listeners();
    const subscription = subscribe(both.token, 'subscription { ticketEvents { type occurredAt } }');
    await waitUntil('the upstream subscription', () => listeners() === before + 1);
    await createTicket(olAgent.token, OL, 'Still mine');
    await waitUntil('the OL event while the role is held', () => subscription.events.length === 1);
    const kaTicket = await createTicket(kaAgent.token, KA, 'Still mine too');
    await waitUntil('the KA event while the role is held', () => subscription.events.length === 2);

    const revoked = await lotse.graphql(
      'mutation($u: ID!, $g: RoleGrantInput!) { revokeRole(userId: $u, grant: $g) { id } }',
      { u: both.id, g: grant },
      root.token,
    );
    expect(revoked.errors).toBeUndefined();
    lotse.forgetAuthentication(both.token);
    // The next event shows the gateway the new rights, and it subscribes upstream again with them.
    const resubscribed = jest.spyOn(lotse.running.events!, 'subscribe');
    await createTicket(olAgent.token, OL, 'No longer mine');
    await waitUntil(
      'the upstream subscription with the new rights',
      () => resubscribed.mock.calls.length === 1,
    );
    resubscribed.mockRestore();
    const renamed = await lotse.graphql(
      UPDATE,
      { id: kaTicket.id, input: { title: 'Still mine, renamed' } },
      kaAgent.token,
    );
    expect(renamed.errors).toBeUndefined();
    // The OL ticket was created before the KA one was renamed: had its event been delivered, it
    // would be the third event, before the UPDATED one.
    await waitUntil('the KA event after the change', () => subscription.events.length === 3);
    expect(subscription.events.map((event) => event.data!.ticketEvents.type)).toEqual([
      'CREATED',
      'CREATED',
      'UPDATED',
    ]);
    subscription.unsubscribe();
    await subscription.client.dispose();
  });
});
