import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signedHeaders, CONTEXT_TTL_MS } from '@lotse/kernel/context/signing';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/** A KA agent gets nothing of an OL ticket, by any road. */
let lotse: TestLotse;
let kaAgent: { id: string; token: string };
let olTicket: { id: string; number: string };

beforeAll(async () => {
  lotse = await startTestLotse();
  kaAgent = await lotse.signedIn('support_agent', KA);
  const olAgent = await lotse.signedIn('support_agent', OL);
  const created = await lotse.graphql<{ createTicket: { ticket: { id: string; number: string } } }>(
    'mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id number } } }',
    { i: { entity: OL, title: 'secret OL ticket', description: 'x' } },
    olAgent.token,
  );
  olTicket = created.data!.createTicket.ticket;
});
afterAll(() => lotse.stop());

describe('entity scope', () => {
  it('answers an out-of-scope id exactly like a missing one', async () => {
    const query = 'query($id: ID!) { ticket(id: $id) { id title } }';
    const hidden = await lotse.graphql(query, { id: olTicket.id }, kaAgent.token);
    const missing = await lotse.graphql(query, { id: crypto.randomUUID() }, kaAgent.token);
    expect(hidden).toEqual({ status: 200, data: { ticket: null } });
    expect(missing).toEqual(hidden);
    const byNumber = await lotse.graphql('query($n: String!) { ticketByNumber(number: $n) { id } }', { n: olTicket.number }, kaAgent.token);
    expect(byNumber.data).toEqual({ ticketByNumber: null });
  });

  it('leaves OL tickets out of lists and counts, even when filtering for OL', async () => {
    const list = await lotse.graphql<{ tickets: { totalCount: number; edges: unknown[] } }>(
      'query($f: TicketFilter) { tickets(filter: $f) { totalCount edges { node { id } } } }',
      { f: { entity: OL } },
      kaAgent.token,
    );
    expect(list.data!.tickets).toEqual({ totalCount: 0, edges: [] });
  });

  it('refuses to create or change tickets in another entity', async () => {
    const created = await lotse.graphql(
      'mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }',
      { i: { entity: OL, title: 'nope', description: 'x' } },
      kaAgent.token,
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const updated = await lotse.graphql(
      'mutation($id: ID!) { updateTicket(id: $id, input: { title: "owned" }) { id } }',
      { id: olTicket.id },
      kaAgent.token,
    );
    expect(updated.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resolves nothing through _entities when the subgraph is called with a KA context', async () => {
    const body = JSON.stringify({
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Ticket { id title } } }',
      variables: { r: [{ __typename: 'Ticket', id: olTicket.id }] },
    });
    const context = {
      requestId: 'test-entities',
      principal: { kind: 'user' as const, userId: kaAgent.id, userType: 'staff' as const, roles: [{ role: 'support_agent', entity: KA }], credentialId: 'x', credentialKind: 'session' as const },
      entities: [],
      clientIp: '127.0.0.1',
      exp: Date.now() + CONTEXT_TTL_MS,
    };
    const response = await fetch(`${lotse.url}/subgraphs/tickets/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(lotse.secret, context, body) },
      body,
    });
    expect(await response.json()).toEqual({ data: { _entities: [null] } });
  });
});
