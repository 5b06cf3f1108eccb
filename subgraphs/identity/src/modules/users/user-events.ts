import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalContext, RoleGrant } from '@lotse/kernel/context/principal';
import { userRolesChanged } from '@lotse/kernel/events/shared-events';
import type { UserEntity } from './user.entity.ts';

/**
 * Announces a user's complete grants (`user.roles_changed`, declared in the kernel because tickets
 * consumes it) after every change to their roles or their active flag.
 */
export async function recordRolesChanged(
  em: EntityManager,
  context: InternalContext,
  user: UserEntity,
  roles: RoleGrant[],
) {
  await userRolesChanged.record(em, context, {
    aggregateType: 'User',
    aggregateId: user.id,
    entity: null,
    after: { userId: user.id, type: user.type, active: user.active, roles },
  });
}
