import type pg from 'pg';
import { createPool } from '../db/pool.ts';
import type { Logger } from '../logging.ts';
import type { BusEvent } from './bus.ts';
import type { EventContract } from './contract.ts';
import { EVENTS_CHANNEL } from './relay.ts';
import { inTransaction, startBatchWorker } from './batch-worker.ts';

/**
 * A durable consumer of the event bus: reads events after its stored position, handles those of
 * the types it wants, and advances the position in the same transaction as its own changes — so
 * every event is handled once per successful commit, at least once overall, across restarts.
 * Replicas of one consumer take turns (the position row is locked while a batch is handled).
 * Woken by the relay's notifications, with a slow poll as a safety net. After a lost connection it
 * reads on from its stored position, so nothing committed meanwhile is missed; an event whose batch
 * did not commit is handled again, which is why handlers must be idempotent.
 */
export interface EventHandler {
  type: string;
  handle(client: pg.PoolClient, event: BusEvent): Promise<void>;
}

/** Handles events of one declared contract (contract.ts), with the payload typed as declared. */
export function on<Payload>(
  contract: EventContract<Payload>,
  handle: (client: pg.PoolClient, payload: Payload, event: BusEvent) => Promise<void>,
): EventHandler {
  return { type: contract.type, handle: (client, event) => handle(client, contract.payloadOf(event), event) };
}

/** A consumer as the subgraph that owns it declares it; the runtime starts it (startConsumer). */
export interface ConsumerDefinition {
  /** Its row in the subgraph's `event_offset` table. */
  name: string;
  handlers: EventHandler[];
}

/** What a subgraph that consumes bus events hands the runtime beside its server. */
export interface ConsumesEvents {
  consumers: ConsumerDefinition[];
}

export interface ConsumerOptions extends ConsumerDefinition {
  url: string;
  /** The consuming subgraph's schema, which holds its `event_offset` table. */
  schema: string;
  logger: Logger;
  pollMs?: number;
  batchSize?: number;
}

export interface Consumer {
  /** Resolves once every event on the bus at call time has been handled (for tests and start-up). */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

interface BusRow {
  id: string;
  source: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  entity: string | null;
  actor_id: string | null;
  payload: unknown;
  occurred_at: Date;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const toBusEvent = (row: BusRow): BusEvent => ({
  id: String(row.id),
  source: row.source,
  type: row.type,
  aggregateType: row.aggregate_type,
  aggregateId: row.aggregate_id,
  entity: row.entity,
  actorId: row.actor_id,
  payload: row.payload,
  occurredAt: row.occurred_at.toISOString(),
});

export async function startConsumer(options: ConsumerOptions): Promise<Consumer> {
  const { schema, name, handlers, logger } = options;
  const handlerByType = new Map(handlers.map((handler) => [handler.type, handler]));
  const applicationName = `lotse:${schema}:consumer:${name}`;
  const pool = createPool({ url: options.url, applicationName, max: 2, logger });
  await pool.query(`insert into "${schema}".event_offset (consumer) values ($1) on conflict do nothing`, [
    name,
  ]);
  let position = 0n;
  let stopped = false;

  /** Handles one batch in one transaction with the position update; returns how many events it moved past. */
  const handleBatch = async () => {
    const { handled, next } = await inTransaction(pool, async (client) => {
      const { rows: offset } = await client.query<{ last_event_id: string }>(
        `select last_event_id from "${schema}".event_offset where consumer = $1 for update`,
        [name],
      );
      const last = offset[0]!.last_event_id;
      const { rows } = await client.query<BusRow>(
        `select id, source, type, aggregate_type, aggregate_id, entity, actor_id, payload, occurred_at
         from bus.event where id > $1 order by id limit $2`,
        [last, options.batchSize ?? 200],
      );
      for (const row of rows) await handlerByType.get(row.type)?.handle(client, toBusEvent(row));
      const next = rows.length ? rows.at(-1)!.id : last;
      if (rows.length) {
        await client.query(`update "${schema}".event_offset set last_event_id = $2 where consumer = $1`, [
          name,
          next,
        ]);
      }
      return { handled: rows.length, next };
    });
    position = BigInt(next); // only once committed
    return handled;
  };

  const worker = await startBatchWorker({
    url: options.url,
    channel: EVENTS_CHANNEL,
    applicationName,
    batch: handleBatch,
    logger,
    what: `event consumer ${name}`,
    pollMs: options.pollMs,
  });

  return {
    async caughtUp() {
      let target: bigint | null = null;
      while (!stopped && target === null) {
        // A connection lost a moment ago fails this read once; the pool has a fresh one for the next.
        const { rows } = await pool
          .query<{ max: string | null }>('select max(id) as max from bus.event')
          .catch(() => ({ rows: [] }));
        if (rows[0]) target = BigInt(rows[0].max ?? 0);
        else await pause(10);
      }
      while (!stopped && target !== null && position < target) {
        await worker.drain();
        if (position < target) await pause(10);
      }
    },
    async stop() {
      stopped = true;
      await worker.stop();
      await pool.end();
    },
  };
}
