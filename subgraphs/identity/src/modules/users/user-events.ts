import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalContext, RoleGrant } from '@lotse/kernel/context/principal';
import { recordEvent } from '@lotse/kernel/events/outbox';
import type { UserEntity } from './user.entity.ts';

/**
 * `user.roles_changed` carries a user's complete current grants (not a delta), so a consumer can
 * replace what it knew and replaying an event twice changes nothing.
 */
export const USER_ROLES_CHANGED = 'user.roles_changed';

export interface UserRolesChanged {
  userId: string;
  type: UserEntity['type'];
  active: boolean;
  roles: RoleGrant[];
}

export async function recordRolesChanged(
  em: EntityManager,
  context: InternalContext,
  user: UserEntity,
  roles: RoleGrant[],
) {
  const after: UserRolesChanged = { userId: user.id, type: user.type, active: user.active, roles };
  await recordEvent(em, context, {
    type: USER_ROLES_CHANGED,
    aggregateType: 'User',
    aggregateId: user.id,
    entity: null,
    after,
  });
}
