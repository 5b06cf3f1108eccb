import type { EntityRef } from '@lotse/kernel/context/principal';
import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';

/** Entities visible to the caller: those they hold any role in (all of them with a global role). */
export function visibleEntities(context: SubgraphContext): EntityRef[] {
  const { principal, internal } = context;
  if (principal.kind !== 'user') return [];
  if (principal.roles.some((grant) => grant.entity === null)) return internal.entities;
  const held = new Set(principal.roles.map((grant) => grant.entity));
  return internal.entities.filter((entity) => held.has(entity.code));
}

/** Adding an entity changes what every scoped role means: only a super admin of every entity may. */
export function assertManagesEntities(context: SubgraphContext) {
  if (entityScope(context.ability, 'manage', 'Entity').kind !== 'every')
    throw forbidden('Only a super admin can add entities.');
}
