import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One role held by one user in one entity (or in all entities when `entity` is null). */
export const RoleGrantSchema = defineEntity({
  name: 'RoleGrant',
  tableName: 'role_grant',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    role: p.string(),
    entity: p.string().nullable(),
  },
});
export type RoleGrantEntity = InferEntity<typeof RoleGrantSchema>;

/** The GraphQL `RoleGrant` parent: role plus entity code (resolved to an Entity by reference). */
export interface RoleGrantRecord {
  role: string;
  entity: string | null;
}
