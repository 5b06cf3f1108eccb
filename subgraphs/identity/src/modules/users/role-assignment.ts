import { subject } from '@casl/ability';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { permissions } from '@lotse/kernel/policy/permissions';
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

/**
 * Nobody hands out (or takes away) more than they hold: besides managing users in the grant's
 * entity, the caller must hold every permission of the role there. So a global admin cannot make
 * anyone — themself included — a super admin, nor demote or deactivate one.
 */
export function assertMayAssign(ability: AppAbility, grant: RoleGrant) {
  if (!managesEntity(ability, grant.entity)) {
    throw forbidden(`You may not manage users in ${grant.entity ?? 'every entity'}.`);
  }
  if (!isRoleName(grant.role)) return;
  for (const name of roles[grant.role].permissions) {
    const { action, subject: type } = permissions[name];
    const holds =
      grant.entity === null
        ? ability.can(action, type) && entitiesWhere(ability, action, type) === null
        : ability.can(action, subject(type, { entity: grant.entity }) as never);
    if (!holds) throw forbidden(`You may not grant or revoke ${grant.role}.`);
  }
}

/** Managing a user as a whole (deactivating) needs rights over every entity they hold a role in. */
export function assertManagesUser(ability: AppAbility, grants: RoleGrant[]) {
  if (!grants.length && !managesEntity(ability, null)) throw forbidden();
  for (const grant of grants) assertMayAssign(ability, grant);
}
