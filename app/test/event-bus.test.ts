import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { on, startConsumer, type Consumer } from '@lotse/kernel/events/consumer';
import type { BusEvent } from '@lotse/kernel/events/bus';
import { createLogger } from '@lotse/kernel/logging';
import { ticketCreated } from '@lotse/tickets/modules/tickets/ticket-event';
import { KA, OL, startTestLotse, type TestLotse } from './harness.ts';

/**
 * The bus delivers every committed event to a durable consumer once per successful handling, in
 * order, and a consumer that restarts resumes where it stopped.
 */
let lotse: TestLotse;
let agents: { token: string }[];

beforeAll(async () => {
  lotse = await startTestLotse();
  agents = [await lotse.signedIn('support_agent', KA), await lotse.signedIn('support_agent', OL)];
});
afterAll(() => lotse.stop());

const recorder = async (seen: BusEvent[]): Promise<Consumer> =>
  startConsumer({
    url: lotse.databaseUrl,
    schema: 'tickets',
    name: 'test-recorder',
    handlers: [on(ticketCreated, async (_client, _ticket, event) => void seen.push(event))],
    logger: createLogger('test', 'silent'),
  });

const createTickets = (count: number, tag: string) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
        'mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }',
        { i: { entity: i % 2 ? OL : KA, title: `${tag} ${i}`, description: 'x' } },
        agents[i % 2]!.token,
      ),
    ),
  ).then((results) => results.map((r) => r.data!.createTicket.ticket.id));

describe('event bus', () => {
  it('delivers each event once, in bus order, and resumes after a restart', async () => {
    const seen: BusEvent[] = [];
    let consumer = await recorder(seen);
    const first = await createTickets(20, 'first');
    await lotse.running.caughtUp();
    await consumer.caughtUp();
    await consumer.stop();
    expect(seen.map((e) => e.aggregateId).sort()).toEqual([...first].sort());
    const ids = seen.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(seen[0]).toMatchObject({ source: 'tickets', type: 'ticket.created', payload: { status: 'new' } });
    expect(ticketCreated.payloadOf(seen[0]!)).toMatchObject({
      title: expect.stringMatching(/^first /),
      assigneeId: null,
    });

    const second = await createTickets(6, 'second');
    await lotse.running.caughtUp();
    const afterRestart: BusEvent[] = [];
    consumer = await recorder(afterRestart);
    await consumer.caughtUp();
    await consumer.stop();
    expect(afterRestart.map((e) => e.aggregateId).sort()).toEqual([...second].sort());
  });

  it('retries a failing handler without moving past the event', async () => {
    let failures = 0;
    const handled: string[] = [];
    const consumer = await startConsumer({
      url: lotse.databaseUrl,
      schema: 'tickets',
      name: 'test-flaky',
      handlers: [
        on(ticketCreated, async (_client, _ticket, event) => {
          if (failures++ < 2) throw new Error('temporarily broken');
          handled.push(event.aggregateId);
        }),
      ],
      logger: createLogger('test', 'silent'),
      pollMs: 20,
    });
    const [id] = await createTickets(1, 'flaky');
    await lotse.running.caughtUp();
    await consumer.caughtUp();
    await consumer.stop();
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(handled).toContain(id);
    expect(new Set(handled).size).toBe(handled.length);
  });
});
