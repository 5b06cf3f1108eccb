import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { PublishedEvent } from '@lotse/kernel/events/outbox';
import { ticketCreated } from '@lotse/tickets/modules/tickets/ticket-event';
import { waitUntil } from '@lotse/kernel/testing/wait-until';
import { KA, startTestLotse, type TestLotse } from './harness.ts';

/**
 * Losing any one of Lotse's database connections — to a server restart, a failover,
 * `idle_session_timeout` or an operator's `pg_terminate_backend` — costs at most the query in flight:
 * the process stays up, answers GraphQL, and the relays, the consumer and the event stream reconnect
 * and deliver what was committed. Connections are told apart by their `application_name`. Each case
 * checks Lotse works, kills its backends from a separate admin connection, and checks again; none
 * relies on another having run.
 */
let lotse: TestLotse;
let admin: pg.Client;
let agent: { token: string };

beforeAll(async () => {
  lotse = await startTestLotse();
  admin = new pg.Client({ connectionString: lotse.databaseUrl });
  await admin.connect();
  agent = await lotse.signedIn('support_agent', KA);
});
afterAll(async () => {
  await admin.end();
  await lotse.stop();
});

const LISTEN_CONNECTIONS = [
  'lotse:event-stream',
  'lotse:identity:relay:listen',
  'lotse:tickets:relay:listen',
  'lotse:tickets:consumer:staff-replica:listen',
];

const until = (what: string, check: () => boolean | Promise<boolean>) => waitUntil(what, check, 15_000);

const backendsNamed = async (names: string[]) =>
  (
    await admin.query<{ pid: number; application_name: string }>(
      `select pid, application_name from pg_stat_activity
       where datname = current_database() and application_name = any($1)`,
      [names],
    )
  ).rows;

const allPresent = async (names: string[]) => {
  const present = new Set((await backendsNamed(names)).map((backend) => backend.application_name));
  return names.every((name) => present.has(name));
};

/** Terminates every backend with one of the names and waits until they are gone; returns how many. */
async function terminate(names: string[]): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>(
    `select pid, pg_terminate_backend(pid) from pg_stat_activity
     where datname = current_database() and application_name = any($1)`,
    [names],
  );
  const pids = rows.map((row) => row.pid);
  await until('the terminated backends to exit', async () => {
    const { rowCount } = await admin.query('select 1 from pg_stat_activity where pid = any($1)', [pids]);
    return rowCount === 0;
  });
  return pids.length;
}

/** GraphQL answers, a new ticket's `ticket.created` reaches a live subscriber, a new agent reaches the staff replica. */
async function expectLotseWorks() {
  // Through the gateway: authentication reads identity's ORM pool, the query tickets'.
  const listed = await lotse.graphql('{ tickets(first: 1) { totalCount } }', {}, agent.token);
  expect(listed.errors).toBeUndefined();

  // Live path: tickets' outbox → relay → bus + NOTIFY → the event stream's LISTEN connection.
  const received: PublishedEvent[] = [];
  const unsubscribe = lotse.running.events!.subscribe((event) => received.push(event));
  let ticketId: string;
  try {
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      'mutation { createTicket(input: { entity: "kids_ascension", title: "after a kill", description: "x" }) { ticket { id } } }',
      {},
      agent.token,
    );
    expect(created.errors).toBeUndefined();
    ticketId = created.data!.createTicket.ticket.id;
    await until('ticket.created on the event stream', () =>
      received.some((event) => event.type === ticketCreated.type && event.aggregateId === ticketId),
    );
  } finally {
    unsubscribe();
  }

  // Durable path: identity's outbox → relay → bus → tickets' staff-replica consumer, which must know
  // the new agent before the ticket can be assigned to them.
  const colleague = await lotse.createUser({ role: 'support_agent', entity: KA });
  const assigned = await lotse.graphql<{ assignTicket: { assignee: { id: string } } }>(
    'mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { assignee { id } } }',
    { id: ticketId, a: colleague.id },
    agent.token,
  );
  expect(assigned.errors).toBeUndefined();
  expect(assigned.data!.assignTicket.assignee.id).toBe(colleague.id);

  expect((await fetch(`${lotse.url}/health`)).status).toBe(200);
}

describe('terminating a database backend', () => {
  it.each([
    { kind: 'the ORM pools', names: ['lotse:identity:orm', 'lotse:tickets:orm'] },
    { kind: 'the relay pools', names: ['lotse:identity:relay', 'lotse:tickets:relay'] },
    {
      kind: "the relays' LISTEN connections",
      names: ['lotse:identity:relay:listen', 'lotse:tickets:relay:listen'],
    },
    { kind: 'the consumer pool', names: ['lotse:tickets:consumer:staff-replica'] },
    { kind: "the consumer's LISTEN connection", names: ['lotse:tickets:consumer:staff-replica:listen'] },
    { kind: "the event stream's LISTEN connection", names: ['lotse:event-stream'] },
  ])('of $kind leaves Lotse answering and delivering events', async ({ names }) => {
    await expectLotseWorks();
    // Pools open connections on demand and close idle ones: wait until each named one is there to kill.
    await until(`connections ${names.join(', ')}`, () => allPresent(names));

    expect(await terminate(names)).toBeGreaterThanOrEqual(names.length);

    // A LISTEN connection misses what is notified while it is away; the live stream cannot catch
    // up, so wait until it listens again (relays and consumers catch up from the tables anyway).
    await until('every LISTEN connection to be back', () => allPresent(LISTEN_CONNECTIONS));
    await until('the event stream to listen again', () => lotse.running.events!.connected());
    await expectLotseWorks();
  });
});
