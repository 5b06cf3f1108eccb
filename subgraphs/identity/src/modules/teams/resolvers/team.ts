import type { MutationResolvers, QueryResolvers, TeamResolvers } from '../../../generated/resolvers.ts';
import {
  addTeamMember,
  createTeam,
  findTeam,
  listTeams,
  removeTeamMember,
  teamMembers,
} from '../team.service.ts';

export const Team: TeamResolvers = {
  __resolveReference: (reference, context) => findTeam(context, reference.id),
  entity: (team, _args, context) => context.internal.entities.find((e) => e.code === team.entity)!,
  members: (team, _args, context) => teamMembers(context, team) as never,
};

export const teamQueries: Pick<QueryResolvers, 'teams'> = {
  teams: (_parent, { entity }, context) => listTeams(context, entity),
};

export const teamMutations: Pick<MutationResolvers, 'createTeam' | 'addTeamMember' | 'removeTeamMember'> = {
  createTeam: (_parent, { input }, context) => createTeam(context, input),
  addTeamMember: (_parent, { teamId, userId }, context) => addTeamMember(context, teamId, userId),
  removeTeamMember: (_parent, { teamId, userId }, context) => removeTeamMember(context, teamId, userId),
};
