import { createPool } from '../db/pool.ts';
import type { Logger } from '../logging.ts';
import type { PublishedEvent } from './outbox.ts';
import { inTransaction, startBatchWorker } from './batch-worker.ts';
import { BUS_APPEND_LOCK } from './bus.ts';

/**
 * Publishes committed outbox events: appends them to the event bus (bus.ts) for durable consumers
 * and announces them over PostgreSQL LISTEN/NOTIFY (channel `lotse_events`) for live ones.
 *
 * Several replicas may run a relay for the same schema; they take turns under one advisory lock, so
 * each event is appended once and in order. Live listeners get it at least once; durable consumers
 * read the bus by position (consumer.ts).
 * A trigger on the outbox wakes the relay at once; a slow poll catches anything missed. After a lost
 * connection it simply reads the outbox again: unpublished rows are still unpublished, since a batch
 * marks them in the same transaction that appends them to the bus.
 */
export const EVENTS_CHANNEL = 'lotse_events';
const WAKE_CHANNEL_SUFFIX = '_outbox';

export const outboxTriggerSql = (schema: string) => `
create function "${schema}".outbox_wake() returns trigger language plpgsql as $$
begin perform pg_notify('${schema}${WAKE_CHANNEL_SUFFIX}', ''); return null; end $$;
create trigger outbox_wake after insert on "${schema}".outbox_event
  for each statement execute function "${schema}".outbox_wake();
`;

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  entity: string | null;
  actor_id: string | null;
  request_id: string | null;
  occurred_at: Date;
  before: unknown;
  after: unknown;
}

/** NOTIFY payloads are capped at 8 kB: publish the envelope; consumers load details they need. */
const toPublishedEvent = (row: OutboxRow): PublishedEvent => ({
  id: String(row.id),
  type: row.type,
  aggregateType: row.aggregate_type,
  aggregateId: row.aggregate_id,
  entity: row.entity,
  actorId: row.actor_id,
  requestId: row.request_id,
  occurredAt: row.occurred_at.toISOString(),
});

export interface Relay {
  /** Resolves when every event committed to the outbox so far has been published (for tests and start-up). */
  flushed(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRelay(options: {
  url: string;
  schema: string;
  logger: Logger;
  pollMs?: number;
  batchSize?: number;
}): Promise<Relay> {
  const { schema, logger } = options;
  const applicationName = `lotse:${schema}:relay`;
  const pool = createPool({ url: options.url, applicationName, max: 2, logger });

  const publishBatch = () =>
    inTransaction(pool, async (client) => {
      // One relay at a time appends to the bus, claiming rows only once it holds the lock: the bus
      // then receives every source's events in outbox order, whatever the number of replicas.
      await client.query('select pg_advisory_xact_lock($1)', [BUS_APPEND_LOCK]);
      const { rows } = await client.query<OutboxRow>(
        `select id, type, aggregate_type, aggregate_id, entity, actor_id, request_id, occurred_at, before, after
         from "${schema}".outbox_event where published_at is null
         order by id limit $1`,
        [options.batchSize ?? 200],
      );
      if (!rows.length) return 0;
      for (const row of rows) {
        const { rows: appended } = await client.query<{ id: string }>(
          `insert into bus.event (source, source_id, type, aggregate_type, aggregate_id, entity, actor_id, request_id, before, payload, occurred_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
          [
            schema,
            row.id,
            row.type,
            row.aggregate_type,
            row.aggregate_id,
            row.entity,
            row.actor_id,
            row.request_id,
            row.before,
            row.after,
            row.occurred_at,
          ],
        );
        // NOTIFY payloads are delivered only if the transaction commits, together with published_at.
        const event = { ...toPublishedEvent(row), id: appended[0]!.id };
        await client.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
      }
      await client.query(`update "${schema}".outbox_event set published_at = now() where id = any($1)`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });

  const worker = await startBatchWorker({
    url: options.url,
    channel: `${schema}${WAKE_CHANNEL_SUFFIX}`,
    applicationName,
    batch: publishBatch,
    logger,
    what: `outbox relay (${schema})`,
    pollMs: options.pollMs,
  });
  let stopped = false;

  return {
    async flushed() {
      // A failed check (a connection lost a moment ago) counts as pending: look again.
      const pending = async () =>
        pool
          .query(
            `select exists (select 1 from "${schema}".outbox_event where published_at is null) as pending`,
          )
          .then(
            ({ rows }) => rows[0].pending as boolean,
            () => true,
          );
      while (!stopped && (await pending())) {
        await worker.drain();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async stop() {
      stopped = true;
      await worker.stop();
      await pool.end();
    },
  };
}
