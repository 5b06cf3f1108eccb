import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { createEntity } from '../entity.service.ts';

export const Mutation: MutationResolvers = {
  createEntity: (_parent, { input }, context) => createEntity(context, input),
};
