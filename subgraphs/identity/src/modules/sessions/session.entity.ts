import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A console sign-in. Only the SHA-256 of its bearer token is stored. */
export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    tokenHash: p.string().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});
export type SessionEntity = InferEntity<typeof SessionSchema>;
