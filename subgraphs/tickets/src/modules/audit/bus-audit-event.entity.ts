import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A row of the event bus (kernel/src/events/bus.ts), read as the platform's audit log: the bus holds every
 * subgraph's committed changes — identity's role grants and team changes as well as tickets' — in one
 * commit order. Read-only here: relays append to it and the database refuses any other change.
 */
export const BusAuditEventSchema = defineEntity({
  name: 'BusAuditEvent',
  schema: 'bus',
  tableName: 'event',
  readonly: true,
  properties: {
    id: p.bigint('string').primary(),
    source: p.string(),
    type: p.string(),
    aggregateType: p.string(),
    aggregateId: p.string(),
    entity: p.string().nullable(),
    actorId: p.uuid().nullable(),
    requestId: p.string().nullable(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable().fieldName('payload'),
    occurredAt: p.datetime(),
  },
});
export type BusAuditEventEntity = InferEntity<typeof BusAuditEventSchema>;
