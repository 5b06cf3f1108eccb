import type { UserResolvers } from '../../../generated/resolvers.ts';
import { teamsOf } from '../team.service.ts';

/** The teams module adds `User.teams`. */
export const User: UserResolvers = {
  teams: (user, _args, context) => teamsOf(context, user),
};
