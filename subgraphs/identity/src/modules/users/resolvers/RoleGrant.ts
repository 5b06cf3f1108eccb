import type { RoleGrantResolvers } from '../../../generated/resolvers.ts';

/** A grant's entity is resolved from the directory every request carries. */
export const RoleGrant: RoleGrantResolvers = {
  entity: (grant, _args, context) =>
    grant.entity === null ? null : (context.internal.entities.find((e) => e.code === grant.entity) ?? null),
};
