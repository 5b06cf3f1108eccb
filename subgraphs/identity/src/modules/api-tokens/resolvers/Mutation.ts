import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { createApiToken, revokeApiToken } from '../api-token.service.ts';

export const Mutation: MutationResolvers = {
  createApiToken: (_parent, { input }, context) => createApiToken(context, input),
  revokeApiToken: (_parent, { id }, context) => revokeApiToken(context, id),
};
