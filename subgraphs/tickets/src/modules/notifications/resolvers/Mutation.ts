import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { markNotificationsRead } from '../notification.service.ts';

export const Mutation: MutationResolvers = {
  markNotificationsRead: (_parent, args, context) => markNotificationsRead(context, args),
};
