import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { RoleGrant } from '@lotse/kernel/context/principal';

/** A mobile/partner credential. Only the SHA-256 of its secret is stored. */
export const ApiTokenSchema = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    name: p.string(),
    prefix: p.string(),
    tokenHash: p.string().hidden(),
    roles: p.json<RoleGrant[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type ApiTokenEntity = InferEntity<typeof ApiTokenSchema>;
