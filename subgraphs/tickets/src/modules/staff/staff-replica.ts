import type pg from 'pg';
import { on, type ConsumerDefinition } from '@lotse/kernel/events/consumer';
import { userRolesChanged, type UserRolesChanged } from '@lotse/kernel/events/shared-events';
import { isRoleName, roles } from '@lotse/kernel/policy/roles';

/**
 * Keeps tickets.staff_member in step with identity: a user may own tickets in an entity when one of
 * their roles there lets them work tickets (`support.tickets.update`). Each event replaces the
 * user's rows, so handling it twice is harmless.
 */
const worksTickets = (role: string) =>
  isRoleName(role) && (roles[role].permissions as readonly string[]).includes('support.tickets.update');

export async function applyRolesChanged(client: pg.PoolClient, change: UserRolesChanged): Promise<void> {
  await client.query('delete from tickets.staff_member where user_id = $1', [change.userId]);
  if (!change.active) return;
  const entities = [
    ...new Set(change.roles.filter((grant) => worksTickets(grant.role)).map((grant) => grant.entity ?? '*')),
  ];
  if (entities.length) {
    await client.query('insert into tickets.staff_member (user_id, entity) select $1, unnest($2::text[])', [
      change.userId,
      entities,
    ]);
  }
}

/** The tickets subgraph's consumer of identity's role changes; the subgraph hands it to the runtime. */
export const staffReplica: ConsumerDefinition = {
  name: 'staff-replica',
  handlers: [on(userRolesChanged, applyRolesChanged)],
};
