import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { PublishedEvent } from '@lotse/kernel/events/outbox';
import { KA, startTestLotse, type TestLotse } from './harness.ts';

/** Live events survive the database dropping the LISTEN connection (which /health reports while it lasts). */
let lotse: TestLotse;
beforeAll(async () => {
  lotse = await startTestLotse();
});
afterAll(() => lotse.stop());

const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('event stream recovery', () => {
  it('reconnects after its connection is killed and delivers the next events', async () => {
    const events = lotse.running.events!;
    const agent = await lotse.signedIn('support_agent', KA);
    const admin = new pg.Client({ connectionString: lotse.databaseUrl });
    await admin.connect();
    const { rowCount } = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = current_database() and query = 'listen "lotse_events"' and pid <> pg_backend_pid()`,
    );
    await admin.end();
    expect(rowCount).toBeGreaterThan(0);
    await until(() => !events.connected());
    await until(() => events.connected());

    const received: PublishedEvent[] = [];
    const unsubscribe = events.subscribe((event) => received.push(event));
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      'mutation { createTicket(input: { entity: "kids_ascension", title: "after the outage", description: "x" }) { ticket { id } } }',
      {},
      agent.token,
    );
    const id = created.data!.createTicket.ticket.id;
    await until(() => received.some((event) => event.aggregateId === id));
    unsubscribe();
    expect((await fetch(`${lotse.url}/health`)).status).toBe(200);
  }, 30_000);
});
