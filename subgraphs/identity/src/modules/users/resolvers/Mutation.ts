import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { createUser, deactivateUser, grantRole, revokeRole } from '../user-admin.service.ts';

export const Mutation: MutationResolvers = {
  createUser: (_parent, { input }, context) => createUser(context, input),
  grantRole: (_parent, { userId, grant }, context) => grantRole(context, userId, grant),
  revokeRole: (_parent, { userId, grant }, context) => revokeRole(context, userId, grant),
  deactivateUser: (_parent, { id }, context) => deactivateUser(context, id),
};
