import type pg from 'pg';
import type { BusEvent } from '@lotse/kernel/events/bus';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { isRoleName, roles } from '@lotse/kernel/policy/roles';

/**
 * Keeps tickets.staff_member in step with identity: a user may own tickets in an entity when one of
 * their roles there lets them work tickets (`support.tickets.update`). Each event replaces the
 * user's rows, so handling it twice is harmless.
 */
interface RolesChanged {
  userId: string;
  active: boolean;
  roles: RoleGrant[];
}

const worksTickets = (role: string) =>
  isRoleName(role) && (roles[role].permissions as readonly string[]).includes('support.tickets.update');

export async function applyRolesChanged(client: pg.PoolClient, event: BusEvent): Promise<void> {
  const change = event.payload as RolesChanged;
  await client.query('delete from tickets.staff_member where user_id = $1', [change.userId]);
  if (!change.active) return;
  const entities = [...new Set(change.roles.filter((grant) => worksTickets(grant.role)).map((grant) => grant.entity ?? '*'))];
  if (entities.length) {
    await client.query(
      'insert into tickets.staff_member (user_id, entity) select $1, unnest($2::text[])',
      [change.userId, entities],
    );
  }
}

export const staffReplicaHandlers = { 'user.roles_changed': applyRolesChanged };
