import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { generateTickets } from '@lotse/tickets/seed/generate-tickets';
import { KA, startTestLotse, type TestLotse } from './harness.ts';

/**
 * Generated tickets (demo data, benchmarks) are real tickets: numbered like created ones, past five
 * digits too, and the sequence goes on from them.
 */
let lotse: TestLotse;
let agent: { id: string; token: string };
let client: pg.Client;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  lotse = await startTestLotse();
  agent = await lotse.signedIn('support_agent', KA);
  client = new pg.Client({ connectionString: lotse.databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await lotse?.stop();
});

const numberQuery = 'query($n: String!) { ticketByNumber(number: $n) { number entity { code } } }';

describe('generateTickets', () => {
  it('numbers past 99,999 with more digits instead of truncating, and creation continues the sequence', async () => {
    await client.query(
      'insert into tickets.ticket_number_sequence (entity, year, last_value) values ($1, $2, 99998)',
      [KA, year],
    );
    await generateTickets(client, { entity: KA, prefix: 'KA', count: 3, creatorIds: [agent.id], assigneeIds: [], spreadDays: 1 });

    for (const number of [`KA-${year}-99999`, `KA-${year}-100000`, `KA-${year}-100001`]) {
      const found = await lotse.graphql<{ ticketByNumber: { number: string } | null }>(numberQuery, { n: number }, agent.token);
      expect(found.data?.ticketByNumber).toEqual({ number, entity: { code: KA } });
    }
    const created = await lotse.graphql<{ createTicket: { ticket: { number: string } } }>(
      'mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { number } } }',
      { i: { entity: KA, title: 'After the generated ones', description: 'x' } },
      agent.token,
    );
    expect(created.data?.createTicket.ticket.number).toBe(`KA-${year}-100002`);
  });
});
