import type { EntityResolvers, QueryResolvers, MutationResolvers } from '../../../generated/resolvers.ts';
import { createEntity, visibleEntities } from '../entity.service.ts';

export const Entity: EntityResolvers = {
  __resolveReference: (reference, context) =>
    context.internal.entities.find((entity) => entity.code === reference.code) ?? null,
};

export const entityQueries: Pick<QueryResolvers, 'entities'> = {
  entities: (_parent, _args, context) => visibleEntities(context),
};

export const entityMutations: Pick<MutationResolvers, 'createEntity'> = {
  createEntity: (_parent, { input }, context) => createEntity(context, input),
};
