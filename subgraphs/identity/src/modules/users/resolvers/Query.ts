import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { findReadableUser, listUsers } from '../user.service.ts';

export const Query: QueryResolvers = {
  me: (_parent, _args, context) =>
    context.principal.kind === 'user' ? context.loaders.user.load(context.principal.userId) : null,
  user: (_parent, { id }, context) => findReadableUser(context, id),
  users: (_parent, args, context) => listUsers(context, args),
};
