import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import { rowsWhere } from '@lotse/kernel/policy/scope';
import type { IdentityContext } from '../../context.ts';
import { RoleGrantSchema } from '../users/role-grant.ts';
import { isSelf } from '../users/user-access.ts';
import { UserSchema, type UserEntity, type UserView } from '../users/user.entity.ts';
import { cleanName } from '../users/user-input.ts';
import { assertManagesTeams, readableTeams } from './team-access.ts';
import { TeamMemberSchema, TeamSchema, type TeamEntity } from './team.entity.ts';

/** Teams the caller may see, optionally of one entity, by entity and name. */
export async function listTeams(
  context: IdentityContext,
  entity: string | null | undefined,
): Promise<TeamEntity[]> {
  const scope = readableTeams(context);
  if (scope.kind === 'none') return [];
  const where = entity ? { $and: [{ entity }, scope.where] } : scope.where;
  return context.em.find(TeamSchema, where, { orderBy: { entity: 'asc', name: 'asc' } });
}

/** A user's teams: all of them for the user themself, otherwise those the caller may see. */
export async function teamsOf(context: IdentityContext, user: UserView): Promise<TeamEntity[]> {
  const scope = isSelf(context, user) ? rowsWhere({}) : readableTeams(context);
  if (scope.kind === 'none') return [];
  const memberOf = context.em
    .createQueryBuilder(TeamMemberSchema)
    .select('teamId')
    .where({ userId: user.id });
  return context.em.find(
    TeamSchema,
    { $and: [{ id: { $in: memberOf } }, scope.where] },
    { orderBy: { name: 'asc' } },
  );
}

export async function findTeam(context: IdentityContext, id: string): Promise<TeamEntity | null> {
  const scope = readableTeams(context);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return context.em.findOne(TeamSchema, { $and: [{ id }, scope.where] });
}

export async function createTeam(context: IdentityContext, input: { entity: string; name: string }) {
  if (!context.internal.entities.some((entity) => entity.code === input.entity)) {
    throw badInput(`Unknown entity "${input.entity}".`, 'entity');
  }
  assertManagesTeams(context, input.entity);
  const name = cleanName(input.name);
  return context.em.transactional(async (tx) => {
    if (await tx.findOne(TeamSchema, { entity: input.entity, name }))
      throw conflict('This entity has a team of that name.');
    const team = tx.create(TeamSchema, { id: crypto.randomUUID(), entity: input.entity, name });
    await tx.flush();
    await recordEvent(tx, context.internal, {
      type: 'team.created',
      aggregateType: 'Team',
      aggregateId: team.id,
      entity: team.entity,
      after: { name },
    });
    return team;
  });
}

async function changeMembership(context: IdentityContext, teamId: string, userId: string, add: boolean) {
  const team = await findTeam(context, teamId);
  if (!team) throw notFound('Team');
  assertManagesTeams(context, team.entity);
  if (!isUuid(userId)) throw badInput('userId is not a valid id.', 'userId');
  return context.em.transactional(async (tx) => {
    const member = await tx.findOne(TeamMemberSchema, { teamId: team.id, userId });
    if (add && !member) {
      const staffThere = await tx.findOne(RoleGrantSchema, {
        userId,
        $or: [{ entity: team.entity }, { entity: null }],
      });
      const user = staffThere
        ? await tx.findOne(UserSchema, { id: userId, type: 'staff', active: true })
        : null;
      if (!user) throw badInput("Only active staff of the team's entity can join it.", 'userId');
      tx.create(TeamMemberSchema, { teamId: team.id, userId });
    }
    if (!add && member) tx.remove(member);
    await tx.flush();
    if (add !== Boolean(member)) {
      await recordEvent(tx, context.internal, {
        type: add ? 'team.member_added' : 'team.member_removed',
        aggregateType: 'Team',
        aggregateId: team.id,
        entity: team.entity,
        after: { userId },
      });
    }
    return team;
  });
}

export const addTeamMember = (context: IdentityContext, teamId: string, userId: string) =>
  changeMembership(context, teamId, userId, true);
export const removeTeamMember = (context: IdentityContext, teamId: string, userId: string) =>
  changeMembership(context, teamId, userId, false);

/** A team's members by name. Whoever may see the team may see who is in it. */
export async function teamMembers(context: IdentityContext, team: TeamEntity): Promise<UserEntity[]> {
  const members = context.em.createQueryBuilder(TeamMemberSchema).select('userId').where({ teamId: team.id });
  return context.em.find(UserSchema, { id: { $in: members } }, { orderBy: { name: 'asc', id: 'asc' } });
}
