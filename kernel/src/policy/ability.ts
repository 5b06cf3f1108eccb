import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Principal, RoleGrant } from '../context/principal.ts';
import { permissions, type Action, type Subject } from './permissions.ts';
import { isRoleName, roles, type RoleDefinition } from './roles.ts';
import type { EntityScope } from './scope.ts';

/**
 * One CASL ability per request. Records carry `entity` (the tenant code) and, where ownership
 * matters, `createdById`; conditions use those property names so they translate directly into
 * database filters (see conditions.ts). No rule means no access: deny by default.
 */
export type AppAbility = MongoAbility<[Action | 'manage', Subject | 'all']>;

function rulesForGrant(grant: RoleGrant, userId: string): RawRuleOf<AppAbility>[] {
  if (!isRoleName(grant.role)) return [];
  const definition: RoleDefinition = roles[grant.role];
  return definition.permissions.map((name) => {
    const { action, subject } = permissions[name];
    const conditions: Record<string, unknown> = {};
    if (grant.entity !== null) conditions.entity = grant.entity;
    if (definition.ownOnly?.includes(name)) conditions.createdById = userId;
    return Object.keys(conditions).length ? { action, subject, conditions } : { action, subject };
  });
}

export function defineAbilityFor(principal: Principal): AppAbility {
  if (principal.kind === 'anonymous') return createMongoAbility<AppAbility>([]);
  return createMongoAbility<AppAbility>(
    principal.roles.flatMap((grant) => rulesForGrant(grant, principal.userId)),
  );
}

/** The entities in which the principal may do `action` on `subject`. */
export function entityScope(ability: AppAbility, action: Action, subject: Subject): EntityScope {
  const rules = ability.rulesFor(action, subject).filter((rule) => !rule.inverted);
  if (!rules.length) return { kind: 'none' };
  if (rules.some((rule) => !rule.conditions || !('entity' in rule.conditions))) return { kind: 'every' };
  return {
    kind: 'some',
    entities: [...new Set(rules.map((rule) => String((rule.conditions as { entity: string }).entity)))],
  };
}
