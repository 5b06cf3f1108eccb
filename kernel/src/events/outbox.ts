import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalContext } from '../context/principal.ts';

/**
 * The outbox: every mutation writes its domain event here in the same transaction as the change, so
 * an event exists exactly when its change committed. Rows are never deleted: the outbox is also the
 * audit trail (who, what, when, which entity, before and after).
 *
 * Each subgraph has its own `outbox_event` table in its own schema; `outboxMigrationSql` creates it.
 */
export interface DomainEvent {
  /** e.g. `ticket.created` */
  type: string;
  aggregateType: string;
  aggregateId: string;
  /** The tenant the event belongs to; consumers filter by it. */
  entity: string | null;
  /** Who acted, when not the request's principal (e.g. the user who just signed in). */
  actorId?: string;
  before?: unknown;
  after?: unknown;
  /** When it happened, when not now (an import keeps a ticket's historical times). */
  occurredAt?: Date;
}

/** What the relay publishes for each committed event: the envelope, without before/after. */
export interface PublishedEvent extends Omit<DomainEvent, 'before' | 'after' | 'actorId' | 'occurredAt'> {
  id: string;
  actorId: string | null;
  requestId: string | null;
  occurredAt: string;
}

export const outboxMigrationSql = (schema: string) => `
create table "${schema}".outbox_event (
  id bigint generated always as identity primary key,
  type text not null,
  aggregate_type text not null,
  aggregate_id text not null,
  entity text,
  actor_id uuid,
  request_id text,
  before jsonb,
  after jsonb,
  occurred_at timestamptz not null default now(),
  published_at timestamptz
);
create index outbox_event_unpublished on "${schema}".outbox_event (id) where published_at is null;
create index outbox_event_aggregate on "${schema}".outbox_event (aggregate_type, aggregate_id, id);
`;

/** Writes an event inside the caller's transaction (`em` must be the transactional fork). */
export async function recordEvent(
  em: EntityManager,
  context: InternalContext,
  event: DomainEvent,
): Promise<void> {
  const schema = em.config.get('schema');
  const actorId = event.actorId ?? (context.principal.kind === 'user' ? context.principal.userId : null);
  await em.execute(
    `insert into "${schema}".outbox_event (type, aggregate_type, aggregate_id, entity, actor_id, request_id, before, after, occurred_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?::timestamptz, now()))`,
    [
      event.type,
      event.aggregateType,
      event.aggregateId,
      event.entity,
      actorId,
      context.requestId,
      event.before === undefined ? null : JSON.stringify(event.before),
      event.after === undefined ? null : JSON.stringify(event.after),
      event.occurredAt ? event.occurredAt.toISOString() : null,
    ],
  );
}
