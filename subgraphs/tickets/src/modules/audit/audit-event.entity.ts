import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A row of the tickets subgraph's outbox, read as the audit trail. Read-only here: the outbox is
 * written by `recordEvent` and the database refuses any other change (kernel/src/events/append-only.ts).
 */
export const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'outbox_event',
  readonly: true,
  properties: {
    id: p.bigint('string').primary(),
    type: p.string(),
    aggregateType: p.string(),
    aggregateId: p.string(),
    entity: p.string().nullable(),
    actorId: p.uuid().nullable(),
    requestId: p.string().nullable(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
    occurredAt: p.datetime(),
  },
});
export type AuditEventEntity = InferEntity<typeof AuditEventSchema>;
