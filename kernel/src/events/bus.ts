import pg from 'pg';

/**
 * The event bus: one append-only log in its own schema (`bus`) that every relay copies its
 * subgraph's committed outbox events into, and that durable consumers read by position. It is
 * platform plumbing, like a broker, not any subgraph's data: consumers learn about other subgraphs'
 * changes only from here. Ids grow in commit order (relays append under one advisory lock), so a
 * consumer that remembers the last id it processed never skips an event.
 */
export const BUS_APPEND_LOCK = 7_314_215;

export interface BusEvent {
  id: string;
  source: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  entity: string | null;
  actorId: string | null;
  payload: unknown;
  occurredAt: string;
}

const busSql = `
create schema if not exists bus;
create table if not exists bus.event (
  id bigint generated always as identity primary key,
  source text not null,
  source_id bigint not null,
  type text not null,
  aggregate_type text not null,
  aggregate_id text not null,
  entity text,
  actor_id uuid,
  request_id text,
  payload jsonb,
  occurred_at timestamptz not null,
  unique (source, source_id)
);
create index if not exists event_type on bus.event (type, id);
-- The platform's audit log reads the bus (every subgraph's changes in one order), so it keeps each
-- change's previous values too and can be filtered by entity and actor without a scan.
alter table bus.event add column if not exists before jsonb;
create index if not exists event_entity on bus.event (entity, id);
create index if not exists event_actor on bus.event (actor_id, id);
create or replace function bus.event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the event bus is append-only: % refused', lower(tg_op)
    using errcode = 'insufficient_privilege';
end $$;
drop trigger if exists event_append_only on bus.event;
create trigger event_append_only before update or delete on bus.event
  for each row execute function bus.event_append_only();
drop trigger if exists event_no_truncate on bus.event;
create trigger event_no_truncate before truncate on bus.event
  for each statement execute function bus.event_append_only();
`;

/** Creates the bus if it is missing; idempotent, run before the subgraphs' migrations. */
export async function migrateBus(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two processes migrating at once must not race on `create … if not exists`.
    await client.query('select pg_advisory_lock($1)', [BUS_APPEND_LOCK]);
    await client.query(busSql);
  } finally {
    await client.end();
  }
}

/** The table a consumer keeps its position in, inside the consuming subgraph's own schema. */
export const consumerOffsetSql = (schema: string) => `
create table "${schema}".event_offset (
  consumer text primary key,
  last_event_id bigint not null default 0
);
`;
