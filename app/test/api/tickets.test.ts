import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

const CREATE = `mutation($input: CreateTicketInput!) {
  createTicket(input: $input) { ticket { id number title status priority entity { code name } createdBy { id name } } }
}`;
const LIST = `query($filter: TicketFilter, $first: Int, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id number title } } pageInfo { hasNextPage endCursor }
  }
}`;

type Created = { createTicket: { ticket: { id: string; number: string; title: string; status: string; priority: string; entity: { code: string; name: string }; createdBy: { id: string; name: string } } } };

let lotse: TestLotse;
beforeAll(async () => {
  lotse = await startTestLotse();
});
afterAll(() => lotse.stop());

const create = (token: string, input: Record<string, unknown>) => lotse.graphql<Created>(CREATE, { input }, token);

describe('tickets through the gateway', () => {
  it('an agent creates a ticket with a per-entity number, resolving creator and entity through federation', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const result = await create(agent.token, { entity: KA, title: '  Video will not play ', description: 'Since Monday.' });
    expect(result.errors).toBeUndefined();
    const ticket = result.data!.createTicket.ticket;
    expect(ticket.number).toMatch(new RegExp(`^KA-${new Date().getUTCFullYear()}-\\d{5}$`));
    expect(ticket).toMatchObject({
      title: 'Video will not play',
      status: 'NEW',
      priority: 'MEDIUM',
      entity: { code: KA, name: 'Kids Ascension' },
      createdBy: { id: agent.id, name: 'Test support_agent' },
    });
    const again = await lotse.graphql<{ ticketByNumber: { id: string } }>(
      'query($n: String!) { ticketByNumber(number: $n) { id } }',
      { n: ticket.number.toLowerCase() },
      agent.token,
    );
    expect(again.data?.ticketByNumber?.id).toBe(ticket.id);
  });

  it('lists newest first with keyset pagination and a total count', async () => {
    const agent = await lotse.signedIn('support_agent', OL);
    const titles = ['first', 'second', 'third'].map((word) => `page test ${word} ${agent.id}`);
    for (const title of titles) await create(agent.token, { entity: OL, title, description: 'x', priority: 'LOW' });
    const filter = { entity: OL, priority: ['LOW'], createdById: agent.id };
    const page1 = await lotse.graphql<{ tickets: { totalCount: number; edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      LIST, { filter, first: 2 }, agent.token);
    expect(page1.data!.tickets.totalCount).toBe(3);
    expect(page1.data!.tickets.edges.map((e) => e.node.title)).toEqual([titles[2], titles[1]]);
    expect(page1.data!.tickets.pageInfo.hasNextPage).toBe(true);
    const page2 = await lotse.graphql<{ tickets: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean } } }>(
      LIST, { filter, first: 2, after: page1.data!.tickets.pageInfo.endCursor }, agent.token);
    expect(page2.data!.tickets.edges.map((e) => e.node.title)).toEqual([titles[0]]);
    expect(page2.data!.tickets.pageInfo.hasNextPage).toBe(false);
  });

  it('gives 50 concurrent creations in one entity 50 distinct, consecutive numbers', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => create(agent.token, { entity: KA, title: `burst ${i}`, description: 'x' })),
    );
    const numbers = results.map((r) => r.data!.createTicket.ticket.number);
    expect(new Set(numbers).size).toBe(50);
    const sequence = numbers.map((n) => Number(n.split('-')[2])).sort((a, b) => a - b);
    expect(sequence.at(-1)! - sequence[0]!).toBe(49);
  });

  it('returns the first ticket again for a repeated clientMutationId', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const input = { entity: KA, title: 'once', description: 'x', clientMutationId: 'retry-1' };
    const [a, b] = [await create(agent.token, input), await create(agent.token, input)];
    expect(b.data!.createTicket.ticket.id).toBe(a.data!.createTicket.ticket.id);
  });

  it('lets concurrent retries with one clientMutationId all get the same ticket', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const input = { entity: KA, title: 'flaky network', description: 'x', clientMutationId: 'burst-retry' };
    const results = await Promise.all(Array.from({ length: 10 }, () => create(agent.token, input)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data!.createTicket.ticket.id)).size).toBe(1);
    const reused = await create(agent.token, { ...input, entity: OL });
    expect(reused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to reuse a clientMutationId for another entity', async () => {
    const admin = await lotse.signedIn('super_admin', null);
    await create(admin.token, { entity: KA, title: 'first', description: 'x', clientMutationId: 'one-key' });
    const reused = await create(admin.token, { entity: OL, title: 'second', description: 'x', clientMutationId: 'one-key' });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('updates and assigns, recording each change in the outbox', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { id } = (await create(agent.token, { entity: KA, title: 'to change', description: 'x' })).data!.createTicket.ticket;
    const updated = await lotse.graphql<{ assignTicket: { status: string; assignee: { id: string } } }>(
      'mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { status assignee { id } } }',
      { id, a: agent.id },
      agent.token,
    );
    expect(updated.data!.assignTicket).toEqual({ status: 'ASSIGNED', assignee: { id: agent.id } });
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: lotse.databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      'select type, actor_id, before, after from tickets.outbox_event where aggregate_id = $1 order by id',
      [id],
    );
    await client.end();
    expect(rows.map((r) => r.type)).toEqual(['ticket.created', 'ticket.updated']);
    expect(rows[1]).toMatchObject({ actor_id: agent.id, before: { assigneeId: null }, after: { assigneeId: agent.id } });
  });

  it('assigns only to staff who work tickets of the ticket\'s entity', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.createUser({ role: 'support_agent', entity: OL });
    const customer = await lotse.createUser({ role: 'customer', entity: KA });
    const analyst = await lotse.createUser({ role: 'analyst', entity: KA });
    const admin = await lotse.createUser({ role: 'super_admin', entity: null });
    const { id } = (await create(agent.token, { entity: KA, title: 'who owns me', description: 'x' })).data!.createTicket.ticket;
    const assign = (assigneeId: string) =>
      lotse.graphql('mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { assignee { id } } }', { id, a: assigneeId }, agent.token);
    for (const outsider of [olAgent, customer, analyst, { id: crypto.randomUUID() }]) {
      const refused = await assign(outsider.id);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    }
    expect((await assign(admin.id)).data).toEqual({ assignTicket: { assignee: { id: admin.id } } });
  });

  it('lets a customer see only their own tickets', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const other = await lotse.signedIn('customer', KA);
    const mine = (await create(customer.token, { entity: KA, title: 'mine', description: 'x' })).data!.createTicket.ticket;
    const theirs = (await create(other.token, { entity: KA, title: 'theirs', description: 'x' })).data!.createTicket.ticket;
    const list = await lotse.graphql<{ tickets: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST, {}, customer.token);
    expect(list.data!.tickets.edges.map((e) => e.node.id)).toEqual([mine.id]);
    expect(list.data!.tickets.totalCount).toBe(1);
    const peek = await lotse.graphql('query($id: ID!) { ticket(id: $id) { id } }', { id: theirs.id }, customer.token);
    expect(peek.data).toEqual({ ticket: null });
  });
});
