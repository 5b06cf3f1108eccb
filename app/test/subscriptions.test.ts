import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { AUTH_CACHE_TTL_MS } from '@lotse/gateway/auth/authenticator';
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

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const listeners = () => lotse.running.events!.listenerCount();
const subscriptionsStarted = async () =>
  (await lotse.running.gateway!.metrics.subscriptions.get()).values[0]?.value ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    await waitFor(() => listeners() === before + 1, 'the upstream subscription');
    expect(await subscriptionsStarted()).toBe(started + 1);

    // The OL ticket is published first: had it been delivered, it would arrive before the KA one.
    await createTicket(olAgent.token, OL, 'Not for Kids Ascension');
    const ticket = await createTicket(colleague.token, KA, 'Player stalls at 90%');
    await waitFor(() => subscription.events.length >= 1, 'the CREATED event');

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
    await waitFor(() => subscription.events.length >= 2, 'the UPDATED event');
    expect(subscription.events[1]!.data!.ticketEvents).toMatchObject({
      type: 'UPDATED',
      ticket: {
        number: ticket.number,
        title: 'Player stalls at 95%',
        createdBy: { name: 'Test support_agent' },
      },
    });
    await sleep(200);
    expect(subscription.events.map((event) => event.data!.ticketEvents.ticket.brand.code)).toEqual([KA, KA]);

    subscription.unsubscribe();
    await waitFor(() => listeners() === before, 'the subgraph listener to be removed');
    await subscription.client.dispose();
  });

  it('removes the subgraph listener at once when the client disconnects', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const before = listeners();
    const subscription = subscribe(agent.token, EVENTS, { entity: KA });
    await waitFor(() => listeners() === before + 1, 'the upstream subscription');
    await subscription.client.dispose(); // closes the socket without completing first
    await waitFor(() => listeners() === before, 'the subgraph listener to be removed', 2_000);
  });

  it('runs queries over the same connection through the gateway', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const query = subscribe(agent.token, '{ me { name } }');
    await waitFor(() => query.completed, 'the query result');
    expect(query.events).toEqual([{ data: { me: { name: 'Test support_agent' } } }]);
    await query.client.dispose();
  });

  it('refuses a connection without a valid credential', async () => {
    for (const token of [null, 'not-a-real-token']) {
      const subscription = subscribe(token, EVENTS);
      await waitFor(() => subscription.closes.length > 0, 'the refusal');
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
    await waitFor(() => subscription.error !== undefined, 'the refusal');
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
    await waitFor(() => listeners() === before + 1, 'the upstream subscription');

    const logout = await lotse.graphql<{ logout: boolean }>('mutation { logout }', {}, agent.token);
    expect(logout.data?.logout).toBe(true);
    await sleep(AUTH_CACHE_TTL_MS + 200); // the gateway may trust a cached authentication this long
    await createTicket(colleague.token, KA, 'After the logout');

    await waitFor(() => subscription.error !== undefined, 'the UNAUTHENTICATED error');
    expect(codesOf(subscription.error)).toEqual(['UNAUTHENTICATED']);
    expect(subscription.events).toEqual([]);
    await waitFor(() => subscription.closes.length > 0, 'the connection to close');
    expect(subscription.closes[0]).toMatchObject({ code: 4403 });
    await waitFor(() => listeners() === before, 'the subgraph listener to be removed');
    await subscription.client.dispose();
  }, 30_000);

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
    await sleep(AUTH_CACHE_TTL_MS + 200);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const before = listeners();
    const subscription = subscribe(both.token, 'subscription { ticketEvents { type occurredAt } }');
    await waitFor(() => listeners() === before + 1, 'the upstream subscription');
    await createTicket(olAgent.token, OL, 'Still mine');
    await waitFor(() => subscription.events.length === 1, 'the OL event while the role is held');

    const revoked = await lotse.graphql(
      'mutation($u: ID!, $g: RoleGrantInput!) { revokeRole(userId: $u, grant: $g) { id } }',
      { u: both.id, g: grant },
      root.token,
    );
    expect(revoked.errors).toBeUndefined();
    await sleep(AUTH_CACHE_TTL_MS + 200);
    await createTicket(olAgent.token, OL, 'No longer mine');
    await sleep(1000);
    await createTicket(kaAgent.token, KA, 'Still mine too');
    await waitFor(() => subscription.events.length === 2, 'the KA event after the change');
    await sleep(300);
    expect(subscription.events).toHaveLength(2);
    subscription.unsubscribe();
    await subscription.client.dispose();
  }, 40_000);
});
