import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { listApiTokens } from '../api-token.service.ts';

export const Query: QueryResolvers = {
  apiTokens: (_parent, _args, context) => listApiTokens(context),
};
