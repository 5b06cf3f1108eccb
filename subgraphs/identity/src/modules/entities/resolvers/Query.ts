import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { visibleEntities } from '../entity-access.ts';

export const Query: QueryResolvers = {
  entities: (_parent, _args, context) => visibleEntities(context),
};
