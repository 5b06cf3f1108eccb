import type { RoleGrantResolvers } from '../../../generated/resolvers.ts';

/** A grant's entity is handed on as a reference; the Entity resolver fills it in. */
export const RoleGrant: RoleGrantResolvers = {
  role: (grant) => grant.role as never,
  entity: (grant, _args, context) =>
    grant.entity === null ? null : (context.internal.entities.find((e) => e.code === grant.entity) ?? null),
};
