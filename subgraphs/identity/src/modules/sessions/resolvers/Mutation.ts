import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { login, logout } from '../session.service.ts';

export const Mutation: MutationResolvers = {
  login: (_parent, { input }, context) => login(context, input),
  logout: (_parent, _args, context) => logout(context),
};
