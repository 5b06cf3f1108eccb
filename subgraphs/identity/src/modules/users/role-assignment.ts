import type { RoleGrant } from '@lotse/kernel/context/principal';
import { badInput, forbidden } from '@lotse/kernel/errors';
import { entitiesWhere, type AppAbility } from '@lotse/kernel/policy/ability';
import { isRoleName, roles } from '@lotse/kernel/policy/roles';

/**
 * Who may hand out which role. Pure rules, kept apart from persistence so they can be read (and
 * tested) on their own:
 * - a role in an entity needs `identity.users.manage` in that entity; a role in every entity needs
 *   it in every entity;
 * - super_admin exists only for every entity;
 * - customers hold only the customer role, staff every role but customer.
 */
export function managesEntity(ability: AppAbility, entity: string | null): boolean {
  const managed = entitiesWhere(ability, 'manage', 'User');
  if (managed === null) return true;
  return entity !== null && managed.includes(entity);
}

export function assertValidGrant(grant: RoleGrant, userType: 'staff' | 'customer', knownEntities: string[]) {
  if (!isRoleName(grant.role)) throw badInput(`Unknown role "${grant.role}".`, 'role');
  if (grant.entity !== null && !knownEntities.includes(grant.entity)) {
    throw badInput(`Unknown entity "${grant.entity}".`, 'entity');
  }
  if (grant.role === 'super_admin' && grant.entity !== null) {
    throw badInput('super_admin is granted for every entity; omit the entity.', 'entity');
  }
  if (roles[grant.role].userType !== userType) {
    throw badInput(`A ${userType} cannot hold the role ${grant.role}.`, 'role');
  }
}

export function assertMayAssign(ability: AppAbility, grant: RoleGrant) {
  if (!managesEntity(ability, grant.entity)) {
    throw forbidden(`You may not manage users in ${grant.entity ?? 'every entity'}.`);
  }
}

/** Managing a user as a whole (deactivating) needs rights over every entity they hold a role in. */
export function assertManagesUser(ability: AppAbility, grants: RoleGrant[]) {
  if (!grants.length && !managesEntity(ability, null)) throw forbidden();
  for (const grant of grants) assertMayAssign(ability, grant);
}
