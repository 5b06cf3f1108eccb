import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/** One action on many tickets: each authorized and recorded on its own, failures reported per ticket. */
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const BULK = `mutation($input: BulkUpdateTicketsInput!) {
  bulkUpdateTickets(input: $input) {
    succeeded { id status priority assignee { id } }
    failed { id code message }
  }
}`;

interface BulkAnswer {
  bulkUpdateTickets: {
    succeeded: { id: string; status: string; priority: string; assignee: { id: string } | null }[];
    failed: { id: string; code: string; message: string }[];
  };
}

describe('bulkUpdateTickets', () => {
  let lotse: TestLotse;
  let sql: pg.Client;
  beforeAll(async () => {
    lotse = await startTestLotse();
    sql = new pg.Client({ connectionString: lotse.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await lotse.stop();
  });

  const ticket = async (token: string, entity = KA) =>
    (
      await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
        CREATE,
        { input: { entity, title: 'bulk', description: 'x' } },
        token,
      )
    ).data!.createTicket.ticket.id;
  const bulk = (token: string, input: Record<string, unknown>) =>
    lotse.graphql<BulkAnswer>(BULK, { input }, token);
  const eventsOf = async (id: string) =>
    (
      await sql.query('select type from tickets.outbox_event where aggregate_id = $1 order by id', [id])
    ).rows.map((row) => row.type as string);

  it('assigns many tickets, each recorded on its own', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const ids = [await ticket(agent.token), await ticket(agent.token), await ticket(agent.token)];
    const answer = await bulk(agent.token, { ids: [...ids, ids[0]], assign: { assigneeId: agent.id } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.bulkUpdateTickets.failed).toEqual([]);
    expect(answer.data!.bulkUpdateTickets.succeeded).toEqual(
      ids.map((id) => ({ id, status: 'ASSIGNED', priority: 'MEDIUM', assignee: { id: agent.id } })),
    );
    for (const id of ids) expect(await eventsOf(id)).toEqual(['ticket.created', 'ticket.updated']);
  });

  it("changes what it may and says why for each ticket it may not, another tenant's included", async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const mine = await ticket(agent.token);
    const closed = await ticket(agent.token);
    await lotse.graphql(
      'mutation($id: ID!) { changeTicketStatus(id: $id, status: CLOSED, resolutionNotes: "done") { id } }',
      { id: closed },
      agent.token,
    );
    const foreign = await ticket(olAgent.token, OL);
    const answer = await bulk(agent.token, {
      ids: [mine, closed, foreign, 'not-an-id'],
      status: { status: 'RESOLVED', resolutionNotes: 'Fixed in 2.4' },
    });
    const result = answer.data!.bulkUpdateTickets;
    expect(result.succeeded.map((t) => [t.id, t.status])).toEqual([[mine, 'RESOLVED']]);
    expect(result.failed.map((f) => [f.id, f.code])).toEqual([
      [closed, 'BAD_USER_INPUT'],
      [foreign, 'NOT_FOUND'],
      ['not-an-id', 'NOT_FOUND'],
    ]);
    expect(await eventsOf(foreign)).toEqual(['ticket.created']);
    expect(await eventsOf(closed)).toEqual(['ticket.created', 'ticket.status_changed']);
  });

  it('leaves every ticket unchanged for someone who may change none', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const analyst = await lotse.signedIn('analyst', KA);
    const ids = [await ticket(agent.token), await ticket(agent.token)];
    const answer = await bulk(analyst.token, { ids, priority: 'URGENT' });
    expect(answer.data!.bulkUpdateTickets.succeeded).toEqual([]);
    expect(answer.data!.bulkUpdateTickets.failed.map((f) => f.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    for (const id of ids) expect(await eventsOf(id)).toEqual(['ticket.created']);
  });

  it('refuses an empty, oversized or ambiguous request as a whole', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const id = await ticket(agent.token);
    const fieldOf = (answer: Awaited<ReturnType<typeof bulk>>) => answer.errors?.[0]?.extensions;
    expect(fieldOf(await bulk(agent.token, { ids: [], priority: 'HIGH' }))).toMatchObject({ field: 'ids' });
    const many = Array.from(
      { length: 501 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    expect(fieldOf(await bulk(agent.token, { ids: many, priority: 'HIGH' }))).toMatchObject({ field: 'ids' });
    expect(fieldOf(await bulk(agent.token, { ids: [id], priority: 'HIGH', delete: true }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input',
    });
    expect(await eventsOf(id)).toEqual(['ticket.created']);
  });
});
