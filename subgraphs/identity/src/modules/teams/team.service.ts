import { badInput, conflict, forbidden, notFound } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import { entitiesWhere } from '@lotse/kernel/policy/ability';
import { accessFilter } from '@lotse/kernel/policy/conditions';
import type { IdentityContext } from '../../context.ts';
import { RoleGrantSchema } from '../users/role-grant.ts';
import { UserSchema } from '../users/user.entity.ts';
import { TeamMemberSchema, TeamSchema, type TeamEntity } from './team.entity.ts';

/**
 * Teams group staff of one entity for routing and workload. Seeing a team needs the right to read
 * users of its entity; changing it needs `identity.teams.manage` there.
 */
function readableTeamEntities(context: IdentityContext): string[] | null | false {
  if (accessFilter(context.ability, 'read', 'User') === null) return false;
  return entitiesWhere(context.ability, 'read', 'User');
}

export async function listTeams(
  context: IdentityContext,
  entity: string | null | undefined,
): Promise<TeamEntity[]> {
  const scope = readableTeamEntities(context);
  if (scope === false) return [];
  const allowed = scope === null ? null : scope.filter((code) => !entity || code === entity);
  const where = allowed === null ? (entity ? { entity } : {}) : { entity: { $in: allowed } };
  return context.em.find(TeamSchema, where, { orderBy: { entity: 'asc', name: 'asc' } });
}

/** A user's teams: all of them for the user themself, otherwise those of entities the caller reads. */
export async function teamsOf(context: IdentityContext, userId: string): Promise<TeamEntity[]> {
  const scope = context.selfId === userId ? null : readableTeamEntities(context);
  if (scope === false) return [];
  const memberships = await context.em.find(TeamMemberSchema, { userId });
  if (!memberships.length) return [];
  const where = {
    id: { $in: memberships.map((m) => m.teamId) },
    ...(scope === null ? {} : { entity: { $in: scope } }),
  };
  return context.em.find(TeamSchema, where, { orderBy: { name: 'asc' } });
}

export async function findTeam(context: IdentityContext, id: string): Promise<TeamEntity | null> {
  const scope = readableTeamEntities(context);
  if (scope === false || !isUuid(id)) return null;
  const team = await context.em.findOne(TeamSchema, { id });
  return team && (scope === null || scope.includes(team.entity)) ? team : null;
}

function assertManagesTeams(context: IdentityContext, entity: string) {
  const managed = entitiesWhere(context.ability, 'manage', 'Team');
  if (managed !== null && !managed.includes(entity))
    throw forbidden(`You may not manage teams in ${entity}.`);
}

export async function createTeam(context: IdentityContext, input: { entity: string; name: string }) {
  if (!context.internal.entities.some((entity) => entity.code === input.entity)) {
    throw badInput(`Unknown entity "${input.entity}".`, 'entity');
  }
  assertManagesTeams(context, input.entity);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name must be 1–100 characters.', 'name');
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

export async function teamMembers(context: IdentityContext, team: TeamEntity) {
  const memberships = await context.em.find(TeamMemberSchema, { teamId: team.id });
  const users = await context.loaders.user.loadMany(memberships.map((m) => m.userId));
  return users
    .filter((user) => user && !(user instanceof Error))
    .sort((a, b) => (a!.name < b!.name ? -1 : 1));
}
