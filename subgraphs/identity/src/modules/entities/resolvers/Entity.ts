import type { EntityResolvers } from '../../../generated/resolvers.ts';

export const Entity: EntityResolvers = {
  __resolveReference: (reference, context) =>
    context.internal.entities.find((entity) => entity.code === reference.code) ?? null,
};
