import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { anonymous } from '@lotse/kernel/context/principal';
import { CONTEXT_TTL_MS, encodeContext, signContext, signedHeaders } from '@lotse/kernel/context/signing';
import { subscriptionSigningBody, WS_UPGRADE_BODY } from '@lotse/kernel/http/signed-request';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/**
 * Clients see an error's message, locations, path and only the extensions docs/api.md promises
 * (`code`, `field`, `retryAfterSeconds`) — never the gateway's `serviceName` or a subgraph's
 * internals — on HTTP and over WebSocket alike. Each test compares the whole answer. (The gateway
 * drops a subgraph error's locations: they point into the subgraph's query, not the client's.)
 */
let lotse: TestLotse;
let agent: { id: string; token: string };

beforeAll(async () => {
  lotse = await startTestLotse();
  agent = await lotse.signedIn('support_agent', KA);
});
afterAll(() => lotse.stop());

const UPDATE = 'mutation($id: ID!) { updateTicket(id: $id, input: { title: "t" }) { id } }';
const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }';

async function post(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${lotse.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

describe('errors from a subgraph, through the gateway over HTTP', () => {
  it('NOT_FOUND from updateTicket on an unknown id', async () => {
    expect(await post(UPDATE, { id: crypto.randomUUID() })).toEqual({
      data: null,
      errors: [
        {
          message: 'Ticket was not found.',
          path: ['updateTicket'],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });

  it('FORBIDDEN from createTicket in an entity the agent does not work in', async () => {
    expect(await post(CREATE, { input: { entity: OL, title: 't', description: 'd' } })).toEqual({
      data: null,
      errors: [
        {
          message: 'You are not allowed to do this.',
          path: ['createTicket'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  });

  it('BAD_USER_INPUT with the field it is about', async () => {
    expect(await post(CREATE, { input: { entity: KA, title: '   ', description: 'd' } })).toEqual({
      data: null,
      errors: [
        {
          message: 'title must be 1–200 characters.',
          path: ['createTicket'],
          extensions: { code: 'BAD_USER_INPUT', field: 'title' },
        },
      ],
    });
  });
});

/** Everything a server sent for one operation: its results, or the errors it ended with. */
function everythingSent(client: Client, payload: Parameters<Client['subscribe']>[0]) {
  return new Promise<{ results: unknown[]; error?: unknown }>((resolve) => {
    const results: unknown[] = [];
    client.subscribe(payload, {
      next: (result) => results.push(result),
      error: (error) => resolve({ results, error }),
      complete: () => resolve({ results }),
    });
  });
}

describe('errors over WebSocket', () => {
  let client: Client;
  beforeAll(() => {
    client = createClient({
      url: `${lotse.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${agent.token}` },
    });
  });
  afterAll(() => client.dispose());

  const run = (query: string, variables: Record<string, unknown>) =>
    everythingSent(client, { query, variables });

  it('NOT_FOUND from a mutation the gateway runs in a subgraph', async () => {
    expect(await run(UPDATE, { id: crypto.randomUUID() })).toEqual({
      results: [
        {
          data: null,
          errors: [
            {
              message: 'Ticket was not found.',
              path: ['updateTicket'],
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        },
      ],
    });
  });

  it('a refused subscription', async () => {
    const subscription = 'subscription($entity: String) { ticketEvents(entity: $entity) { type } }';
    expect(await run(subscription, { entity: 5 })).toEqual({
      results: [],
      error: [
        {
          message: 'Variable "$entity" got invalid value 5; String cannot represent a non string value: 5',
          locations: [{ line: 1, column: 14 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });
});

/**
 * The tickets subgraph's own graphql-ws server, which only the gateway talks to, formats errors as
 * its HTTP endpoint does. An unexpected error (here @apollo/subgraph's plain Error for an unknown
 * entity type) must reach the gateway as INTERNAL_SERVER_ERROR, not with its message.
 */
describe("errors from the subgraph's WebSocket server", () => {
  let subgraph: Client;
  const caller = () => ({
    requestId: 'error-extensions',
    principal: anonymous,
    entities: [],
    clientIp: '127.0.0.1',
    exp: Date.now() + CONTEXT_TTL_MS,
  });
  const signed = (request: { query: string }) => {
    const encoded = encodeContext(caller());
    return {
      ...request,
      extensions: {
        lotseContext: encoded,
        lotseSignature: signContext(lotse.secret, encoded, subscriptionSigningBody(request)),
      },
    };
  };

  beforeAll(() => {
    const secret = lotse.secret;
    subgraph = createClient({
      url: `${lotse.url.replace(/^http/, 'ws')}/subgraphs/tickets/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: { ...signedHeaders(secret, caller(), WS_UPGRADE_BODY) } });
        }
      },
      retryAttempts: 0,
    });
  });
  afterAll(() => subgraph.dispose());

  it('an unexpected error is INTERNAL_SERVER_ERROR without its message', async () => {
    const query = '{ _entities(representations: [{ __typename: "Nope" }]) { __typename } }';
    expect(await everythingSent(subgraph, signed({ query }))).toEqual({
      results: [
        {
          data: null,
          errors: [
            {
              message: 'Internal server error',
              path: ['_entities'],
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        },
      ],
    });
  });

  it('a validation error carries its code', async () => {
    expect(await everythingSent(subgraph, signed({ query: '{ nope }' }))).toEqual({
      results: [],
      error: [
        {
          message: 'Cannot query field "nope" on type "Query".',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });
});
