import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { addTeamMember, createTeam, removeTeamMember } from '../team.service.ts';

export const Mutation: MutationResolvers = {
  createTeam: (_parent, { input }, context) => createTeam(context, input),
  addTeamMember: (_parent, { teamId, userId }, context) => addTeamMember(context, teamId, userId),
  removeTeamMember: (_parent, { teamId, userId }, context) => removeTeamMember(context, teamId, userId),
};
