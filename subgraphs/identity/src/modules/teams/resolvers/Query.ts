import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { listTeams } from '../team.service.ts';

export const Query: QueryResolvers = {
  teams: (_parent, { entity }, context) => listTeams(context, entity),
};
