import { isUuid } from '@lotse/kernel/graphql/pagination';
import type { UserResolvers } from '../../../generated/resolvers.ts';
import { canSeeDetails, visibleGrants } from '../user-access.ts';

/**
 * Any signed-in caller may resolve a user by reference (to show who opened or owns a ticket);
 * email and roles are shown only to the user themself and, within their entities, to those who may
 * read users there.
 */
export const User: UserResolvers = {
  __resolveReference: async (reference, context) => {
    if (context.principal.kind !== 'user' || !isUuid(reference.id)) return null;
    return context.loaders.user.load(reference.id);
  },
  email: async (user, _args, context) =>
    canSeeDetails(context, user, await context.loaders.roles.load(user.id)) ? user.email : null,
  roles: async (user, _args, context) =>
    visibleGrants(context, user, await context.loaders.roles.load(user.id)),
};
