import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { findMessage } from '../message.service.ts';

export const Query: QueryResolvers = {
  message: (_parent, { id }, context) => findMessage(context, id),
};
