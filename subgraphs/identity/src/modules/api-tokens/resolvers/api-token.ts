import type { ApiTokenResolvers, MutationResolvers, QueryResolvers } from '../../../generated/resolvers.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../api-token.service.ts';

export const ApiToken: ApiTokenResolvers = {
  roles: (token) => token.roles,
};

export const apiTokenQueries: Pick<QueryResolvers, 'apiTokens'> = {
  apiTokens: (_parent, _args, context) => listApiTokens(context),
};

export const apiTokenMutations: Pick<MutationResolvers, 'createApiToken' | 'revokeApiToken'> = {
  createApiToken: (_parent, { input }, context) => createApiToken(context, input),
  revokeApiToken: (_parent, { id }, context) => revokeApiToken(context, id),
};
