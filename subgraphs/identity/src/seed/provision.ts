import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { EntityRecordSchema } from '../modules/entities/entity.entity.ts';
import { RoleGrantSchema } from '../modules/users/role-grant.ts';
import { UserSchema, type UserEntity } from '../modules/users/user.entity.ts';
import { hashPassword } from '../modules/users/passwords.ts';
import { recordRolesChanged } from '../modules/users/user-events.ts';
import { systemContext } from '@lotse/kernel/context/principal';

/**
 * Creates entities and users directly, for demo data and test fixtures. (Inviting users through
 * the API comes with user management; this is the bootstrap path.)
 */
export async function provisionEntity(
  em: EntityManager,
  entity: { code: string; prefix: string; name: string },
) {
  const existing = await em.findOne(EntityRecordSchema, { code: entity.code });
  if (existing) return existing;
  const created = em.create(EntityRecordSchema, entity);
  await em.flush();
  return created;
}

export interface UserSpec {
  email: string;
  name: string;
  type: 'staff' | 'customer';
  password: string;
  roles: RoleGrant[];
}

export async function provisionUser(em: EntityManager, spec: UserSpec): Promise<UserEntity> {
  const passwordHash = await hashPassword(spec.password);
  return em.transactional(async (tx) => {
    const user = await createWithRoles(tx, spec, passwordHash);
    await recordRolesChanged(tx, systemContext('provision'), user, spec.roles);
    return user;
  });
}

async function createWithRoles(em: EntityManager, spec: UserSpec, passwordHash: string): Promise<UserEntity> {
  const user = em.create(UserSchema, {
    id: crypto.randomUUID(),
    email: spec.email.toLowerCase(),
    name: spec.name,
    type: spec.type,
    passwordHash,
    active: true,
  });
  // Grants reference the user by id only (no ORM relation), so the user must be written first.
  await em.flush();
  for (const grant of spec.roles) {
    em.create(RoleGrantSchema, {
      id: crypto.randomUUID(),
      userId: user.id,
      role: grant.role,
      entity: grant.entity,
    });
  }
  await em.flush();
  return user;
}
