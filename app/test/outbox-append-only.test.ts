import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KA, startTestLotse, type TestLotse } from './harness.ts';

/**
 * The outbox and the bus are the audit trail: the database itself refuses to rewrite or remove them,
 * whatever client asks — only the relay's one write (marking an event published) goes through.
 */
describe('the outbox is append-only', () => {
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

  /** A ticket's `ticket.created` event, once the relay has marked it published. */
  async function publishedEvent(): Promise<string> {
    const agent = await lotse.signedIn('support_agent', KA);
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }',
      { input: { entity: KA, title: 'audited', description: 'x' } },
      agent.token,
    );
    const ticketId = created.data!.createTicket.ticket.id;
    await lotse.running.caughtUp();
    const { rows } = await sql.query(
      'select id, published_at from tickets.outbox_event where aggregate_id = $1',
      [ticketId],
    );
    expect(rows[0].published_at).not.toBeNull();
    return rows[0].id;
  }

  const refusal = (query: Promise<unknown>) =>
    query.then(
      () => 'allowed',
      (error: { code?: string }) => error.code,
    );

  it.each(['tickets', 'identity'])('refuses to change, delete or truncate %s events', async (schema) => {
    const id = await publishedEvent();
    const table = `${schema}.outbox_event`;
    const anyId =
      schema === 'tickets' ? id : (await sql.query(`select min(id) as id from ${table}`)).rows[0].id;
    expect(await refusal(sql.query(`update ${table} set after = '{}' where id = $1`, [anyId]))).toBe('42501');
    expect(await refusal(sql.query(`update ${table} set published_at = now() where id = $1`, [anyId]))).toBe(
      '42501',
    );
    expect(await refusal(sql.query(`delete from ${table} where id = $1`, [anyId]))).toBe('42501');
    expect(await refusal(sql.query(`truncate ${table}`))).toBe('42501');
    const { rows } = await sql.query(`select count(*)::int as n from ${table} where id = $1`, [anyId]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses to change, delete or truncate the event bus, which the audit log reads', async () => {
    const outboxId = await publishedEvent();
    const { rows } = await sql.query("select id from bus.event where source = 'tickets' and source_id = $1", [
      outboxId,
    ]);
    const busId = rows[0].id;
    expect(await refusal(sql.query(`update bus.event set payload = '{}' where id = $1`, [busId]))).toBe(
      '42501',
    );
    expect(await refusal(sql.query('delete from bus.event where id = $1', [busId]))).toBe('42501');
    expect(await refusal(sql.query('truncate bus.event'))).toBe('42501');
    const { rows: kept } = await sql.query('select count(*)::int as n from bus.event where id = $1', [busId]);
    expect(kept[0].n).toBe(1);
  });
});
