import { isUuid } from '@lotse/kernel/graphql/pagination';
import type { UserResolvers } from '../../../generated/resolvers.ts';
import { canReadUser } from '../user.service.ts';
import { TeamMemberSchema, TeamSchema } from '../../teams/team.entity.ts';

/**
 * Any signed-in caller may resolve a user by reference (to show who opened or owns a ticket);
 * email and roles are shown only to the user themself and to those who may read that user.
 */
export const User: UserResolvers = {
  __resolveReference: async (reference, context) => {
    if (context.principal.kind !== 'user' || !isUuid(reference.id)) return null;
    return context.loaders.user.load(reference.id);
  },
  email: async (user, _args, context) =>
    canReadUser(context, user.id, await context.loaders.roles.load(user.id)) ? user.email : null,
  roles: async (user, _args, context) => {
    const grants = await context.loaders.roles.load(user.id);
    return canReadUser(context, user.id, grants) ? grants : [];
  },
  teams: async (user, _args, context) => {
    const memberships = await context.em.find(TeamMemberSchema, { userId: user.id });
    if (!memberships.length) return [];
    return context.em.find(TeamSchema, { id: { $in: memberships.map((m) => m.teamId) } }, { orderBy: { name: 'asc' } });
  },
};
