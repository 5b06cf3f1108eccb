import { isUuid } from '@lotse/kernel/graphql/pagination';
import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { canReadUser, listUsers } from '../user.service.ts';

export const userQueries: Pick<QueryResolvers, 'me' | 'user' | 'users'> = {
  me: (_parent, _args, context) =>
    context.principal.kind === 'user' ? context.loaders.user.load(context.principal.userId) : null,
  user: async (_parent, { id }, context) => {
    if (!isUuid(id)) return null;
    const user = await context.loaders.user.load(id);
    if (!user) return null;
    return canReadUser(context, user.id, await context.loaders.roles.load(user.id)) ? user : null;
  },
  users: (_parent, args, context) => listUsers(context, args) as never,
};
