import { accessFilter } from '@lotse/kernel/policy/conditions';
import { entitiesWhere } from '@lotse/kernel/policy/ability';
import type { QueryResolvers, TeamResolvers } from '../../../generated/resolvers.ts';
import { TeamSchema } from '../team.entity.ts';

export const Team: TeamResolvers = {
  entity: (team, _args, context) => context.internal.entities.find((e) => e.code === team.entity) as never,
};

/** Teams of the entities where the caller may read users. */
export const teamQueries: Pick<QueryResolvers, 'teams'> = {
  teams: async (_parent, { entity }, context) => {
    if (accessFilter(context.ability, 'read', 'User') === null) return [];
    const scope = entitiesWhere(context.ability, 'read', 'User');
    const allowed = scope === null ? null : scope.filter((code) => !entity || code === entity);
    const where = allowed === null ? (entity ? { entity } : {}) : { entity: { $in: allowed } };
    return context.em.find(TeamSchema, where, { orderBy: { entity: 'asc', name: 'asc' } });
  },
};
