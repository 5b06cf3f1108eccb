import { forbidden } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { entityScope } from '@lotse/kernel/policy/ability';
import { entityRows, reaches, type RowScope } from '@lotse/kernel/policy/scope';

/**
 * Teams group staff of one entity. Seeing a team needs the right to read users of its entity (a team
 * is a list of people); changing it needs `identity.teams.manage` there.
 */
export const readableTeams = (context: SubgraphContext): RowScope =>
  entityRows(entityScope(context.ability, 'read', 'User'));

export function assertManagesTeams(context: SubgraphContext, entity: string) {
  if (!reaches(entityScope(context.ability, 'manage', 'Team'), entity))
    throw forbidden(`You may not manage teams in ${entity}.`);
}
