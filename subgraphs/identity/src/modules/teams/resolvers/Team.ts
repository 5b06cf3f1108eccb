import type { TeamResolvers } from '../../../generated/resolvers.ts';
import { findTeam, teamMembers } from '../team.service.ts';

export const Team: TeamResolvers = {
  __resolveReference: (reference, context) => findTeam(context, reference.id),
  entity: (team, _args, context) => context.internal.entities.find((e) => e.code === team.entity)!,
  members: (team, _args, context) => teamMembers(context, team),
};
