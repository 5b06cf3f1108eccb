import { subject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope, type AppAbility } from '@lotse/kernel/policy/ability';
import { permissions } from '@lotse/kernel/policy/permissions';
import { isRoleName, roles } from '@lotse/kernel/policy/roles';
import { noRows, reaches, rowsWhere, type EntityScope, type RowScope } from '@lotse/kernel/policy/scope';
import { knownGrants, RoleGrantSchema, type RoleGrantRecord } from './role-grant.ts';
import type { UserView } from './user.entity.ts';

/**
 * Who may see and change users — every rule of the users module in one place.
 *
 * Seeing: a user sees themself; a caller with `identity.users.read` in an entity sees the users who
 * hold a role there. Lists and lookups put that into the query; the email and roles of a user
 * resolved by reference (any signed-in caller may resolve a name) are checked field by field.
 *
 * Changing: a role in an entity needs `identity.users.manage` there (in every entity for a global
 * role), and nobody hands out more than they hold.
 */
export const readScope = (context: SubgraphContext): EntityScope =>
  entityScope(context.ability, 'read', 'User');

/** Whether the user is the caller — or the user who signed in with this very request. */
export function isSelf(context: SubgraphContext, user: UserView): boolean {
  if (user.viewerIsSelf) return true;
  return context.principal.kind === 'user' && context.principal.userId === user.id;
}

/** The ids of users holding a role in one of the entities, as a subquery (an entity may have many customers). */
export const holdersOf = (em: EntityManager, entities: readonly string[]) =>
  em
    .createQueryBuilder(RoleGrantSchema)
    .select('userId')
    .where({ entity: { $in: [...entities] } });

/** Users within an entity scope, as a where condition on `app_user`. */
export function usersIn(em: EntityManager, scope: EntityScope): RowScope {
  if (scope.kind === 'every') return rowsWhere({});
  if (scope.kind === 'none' || !scope.entities.length) return noRows;
  return rowsWhere({ id: { $in: holdersOf(em, scope.entities) } });
}

/** Every user the caller may see: themself and the users of the entities they read users of. */
export function readableUsers(context: SubgraphContext, em: EntityManager): RowScope {
  const scope = readScope(context);
  const others = usersIn(em, scope);
  if (context.principal.kind !== 'user' || scope.kind === 'every') return others;
  const self = { id: context.principal.userId };
  return rowsWhere(others.kind === 'rows' ? { $or: [self, others.where] } : self);
}

/** Whether the caller may see a loaded user's email and roles. */
export function canSeeDetails(context: SubgraphContext, user: UserView, grants: RoleGrant[]): boolean {
  if (isSelf(context, user)) return true;
  const scope = readScope(context);
  return scope.kind === 'every' || grants.some((grant) => reaches(scope, grant.entity));
}

/**
 * The part of a user's grants the caller may see: all of them for the user themself and for those
 * who read users of every entity; otherwise only the grants in entities the caller reads.
 */
export function visibleGrants(
  context: SubgraphContext,
  user: UserView,
  grants: RoleGrant[],
): RoleGrantRecord[] {
  const known = knownGrants(grants);
  if (isSelf(context, user)) return known;
  const scope = readScope(context);
  return known.filter((grant) => scope.kind === 'every' || reaches(scope, grant.entity));
}

/** Whether the caller manages users in `entity` (`null`: in every entity). */
export const managesEntity = (ability: AppAbility, entity: string | null): boolean =>
  reaches(entityScope(ability, 'manage', 'User'), entity);

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
        ? entityScope(ability, action, type).kind === 'every'
        : ability.can(action, subject(type, { entity: grant.entity }) as unknown as typeof type);
    if (!holds) throw forbidden(`You may not grant or revoke ${grant.role}.`);
  }
}

/** Managing a user as a whole (deactivating) needs rights over every entity they hold a role in. */
export function assertManagesUser(ability: AppAbility, grants: RoleGrant[]) {
  if (!grants.length && !managesEntity(ability, null)) throw forbidden();
  for (const grant of grants) assertMayAssign(ability, grant);
}
