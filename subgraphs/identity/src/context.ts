import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { RoleGrantSchema } from './modules/users/role-grant.ts';
import { UserSchema, type UserEntity } from './modules/users/user.entity.ts';

/** Identity's resolver context: the kernel's plus per-request loaders that batch by id (no N+1). */
export interface IdentityContext extends SubgraphContext {
  sessionTtlHours: number;
  loaders: {
    user: DataLoader<string, UserEntity | null>;
    roles: DataLoader<string, RoleGrant[]>;
  };
}

function loaders(em: EntityManager): IdentityContext['loaders'] {
  return {
    user: new DataLoader(async (ids) => {
      const users = await em.find(UserSchema, { id: { $in: [...ids] } });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    roles: new DataLoader(async (userIds) => {
      const grants = await em.find(
        RoleGrantSchema,
        { userId: { $in: [...userIds] } },
        { orderBy: { role: 'asc' } },
      );
      return userIds.map((id) =>
        grants
          .filter((grant) => grant.userId === id)
          .map(({ role, entity }) => ({ role, entity: entity ?? null })),
      );
    }),
  };
}

export const identityContext =
  (sessionTtlHours: number) =>
  (base: SubgraphContext): IdentityContext => ({
    ...base,
    sessionTtlHours,
    loaders: loaders(base.em),
  });
