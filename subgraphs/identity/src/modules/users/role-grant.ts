import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { isRoleName, type RoleName } from '@lotse/kernel/policy/roles';

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

/** The GraphQL `RoleGrant` parent: a role Lotse knows plus entity code (resolved to an Entity). */
export interface RoleGrantRecord {
  role: RoleName;
  entity: string | null;
}

/** The grants clients can be shown: a role removed from Lotse's policy grants nothing and is left out. */
export const knownGrants = (grants: RoleGrant[]): RoleGrantRecord[] =>
  grants.flatMap(({ role, entity }) => (isRoleName(role) ? [{ role, entity }] : []));
