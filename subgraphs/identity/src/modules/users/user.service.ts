import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import {
  afterKeyset,
  decodeCursor,
  isUuid,
  pageSize,
  toConnection,
  type Connection,
} from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { narrowTo } from '@lotse/kernel/policy/scope';
import { readableUsers, readScope, usersIn } from './user-access.ts';
import { searchPattern } from './user-input.ts';
import { RoleGrantSchema } from './role-grant.ts';
import { UserSchema, type UserEntity } from './user.entity.ts';

export type UserPage = Connection<UserEntity>;

export async function rolesOf(em: EntityManager, userId: string): Promise<RoleGrant[]> {
  const grants = await em.find(RoleGrantSchema, { userId }, { orderBy: { role: 'asc' } });
  return grants.map(({ role, entity }) => ({ role, entity: entity ?? null }));
}

/** A user by id within what the caller may see; null otherwise (the same answer as a missing id). */
export async function findReadableUser(context: SubgraphContext, id: string): Promise<UserEntity | null> {
  const scope = readableUsers(context, context.em);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return context.em.findOne(UserSchema, { $and: [{ id }, scope.where] });
}

export interface UserFilter {
  entity?: string | null;
  type?: 'staff' | 'customer' | null;
  search?: string | null;
}

/** Users of the entities the caller reads users of, newest first; the scope is part of the query. */
export async function listUsers(
  context: SubgraphContext,
  args: { filter?: UserFilter | null; first?: number | null; after?: string | null },
): Promise<UserPage> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const { em } = context;
  const scope = usersIn(em, narrowTo(readScope(context), args.filter?.entity));
  if (scope.kind === 'none') return toConnection<UserEntity>([], size, async () => 0);
  const where: Record<string, unknown> = { ...scope.where };
  if (args.filter?.type) where.type = args.filter.type;
  if (args.filter?.search) {
    const pattern = searchPattern(args.filter.search);
    where.$or = [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }];
  }
  const rows = await em.find(UserSchema, after ? { $and: [where, afterKeyset(after)] } : where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: size + 1,
  });
  return toConnection(rows, size, () => em.count(UserSchema, where));
}
