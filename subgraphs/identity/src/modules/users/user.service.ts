import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { accessFilter } from '@lotse/kernel/policy/conditions';
import { entitiesWhere, type AppAbility } from '@lotse/kernel/policy/ability';
import { afterKeyset, decodeCursor, pageSize, toConnection } from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { IdentityContext } from '../../context.ts';
import { RoleGrantSchema } from './role-grant.ts';
import { UserSchema, type UserEntity } from './user.entity.ts';

export async function rolesOf(em: EntityManager, userId: string): Promise<RoleGrant[]> {
  const grants = await em.find(RoleGrantSchema, { userId }, { orderBy: { role: 'asc' } });
  return grants.map(({ role, entity }) => ({ role, entity: entity ?? null }));
}

/**
 * Which users the caller may read: users with a role in an entity where the caller holds
 * `identity.users.read`. Returns null when the caller may read users of every entity.
 */
function readableEntities(ability: AppAbility): string[] | null {
  return entitiesWhere(ability, 'read', 'User');
}

export function canReadUser(context: IdentityContext, userId: string, grants: RoleGrant[]): boolean {
  if (context.selfId === userId) return true;
  const entities = readableEntities(context.ability);
  if (accessFilter(context.ability, 'read', 'User') === null) return false;
  return (
    entities === null || grants.some((grant) => grant.entity !== null && entities.includes(grant.entity))
  );
}

/**
 * The part of a user's grants the caller may see: all of them for the user themself and for those
 * who read users of every entity; otherwise only the grants in entities the caller reads.
 */
export function visibleGrants(context: IdentityContext, userId: string, grants: RoleGrant[]): RoleGrant[] {
  if (context.selfId === userId) return grants;
  if (!canReadUser(context, userId, grants)) return [];
  const entities = readableEntities(context.ability);
  return entities === null
    ? grants
    : grants.filter((grant) => grant.entity !== null && entities.includes(grant.entity));
}

export async function listUsers(
  context: SubgraphContext,
  args: {
    filter?: { entity?: string | null; type?: 'staff' | 'customer' | null; search?: string | null } | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const { em, ability } = context;
  if (accessFilter(ability, 'read', 'User') === null)
    return toConnection<UserEntity>([], size, async () => 0);
  const scope = readableEntities(ability);
  const wantedEntity = args.filter?.entity ?? null;
  const entities =
    scope === null
      ? wantedEntity
        ? [wantedEntity]
        : null
      : scope.filter((e) => !wantedEntity || e === wantedEntity);
  const where: Record<string, unknown> = {};
  if (entities !== null) {
    // A subquery, not a list of ids: an entity may have hundreds of thousands of customers.
    const holders = em
      .createQueryBuilder(RoleGrantSchema)
      .select('userId')
      .where({ entity: { $in: entities } });
    where.id = { $in: holders };
  }
  if (args.filter?.type) where.type = args.filter.type;
  if (args.filter?.search) {
    const pattern = `%${args.filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }];
  }
  const rows = await em.find(UserSchema, after ? { $and: [where, afterKeyset(after)] } : where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: size + 1,
  });
  return toConnection(rows, size, () => em.count(UserSchema, where));
}
