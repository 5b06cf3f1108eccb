import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import type { IdentityContext } from '../../context.ts';
import { ApiTokenSchema } from '../api-tokens/api-token.entity.ts';
import { SessionSchema } from '../sessions/session.entity.ts';
import { hashPassword } from './passwords.ts';
import { assertManagesUser, assertMayAssign, assertValidGrant } from './role-assignment.ts';
import { RoleGrantSchema } from './role-grant.ts';
import { recordRolesChanged } from './user-events.ts';
import { UserSchema, type UserEntity } from './user.entity.ts';
import { canReadUser, rolesOf } from './user.service.ts';

/**
 * Administration of users: create, grant and revoke roles, deactivate. Every change announces the
 * user's complete grants (`user.roles_changed`) so other subgraphs' replicas follow.
 */
export const MIN_PASSWORD_LENGTH = 12;
const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

const grantOf = (input: { role: string; entity?: string | null }): RoleGrant => ({
  role: input.role,
  entity: input.entity ?? null,
});
const sameGrant = (a: RoleGrant, b: RoleGrant) => a.role === b.role && a.entity === b.entity;

export interface CreateUserInput {
  email: string;
  name: string;
  type: 'staff' | 'customer';
  password: string;
  roles: { role: string; entity?: string | null }[];
}

export async function createUser(context: IdentityContext, input: CreateUserInput): Promise<UserEntity> {
  const email = input.email.trim().toLowerCase();
  if (email.length > 254 || !emailPattern.test(email))
    throw badInput('email is not a valid email address.', 'email');
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name must be 1–100 characters.', 'name');
  if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > 1024) {
    throw badInput(`password must be ${MIN_PASSWORD_LENGTH}–1024 characters.`, 'password');
  }
  const grants = input.roles.map(grantOf).filter((grant, i, all) => all.findIndex((other) => sameGrant(other, grant)) === i);
  if (!grants.length) throw badInput('A user needs at least one role.', 'roles');
  const entities = context.internal.entities.map((entity) => entity.code);
  for (const grant of grants) {
    assertMayAssign(context.ability, grant);
    assertValidGrant(grant, input.type, entities);
  }
  const passwordHash = await hashPassword(input.password);
  return context.em.transactional(async (tx) => {
    if (await tx.findOne(UserSchema, { email })) throw conflict('A user with this email exists already.');
    const user = tx.create(UserSchema, {
      id: crypto.randomUUID(),
      email,
      name,
      type: input.type,
      passwordHash,
      active: true,
    });
    await tx.flush();
    for (const grant of grants)
      tx.create(RoleGrantSchema, { id: crypto.randomUUID(), userId: user.id, ...grant });
    await tx.flush();
    await recordEvent(tx, context.internal, {
      type: 'user.created',
      aggregateType: 'User',
      aggregateId: user.id,
      entity: null,
      after: { email, name, type: input.type },
    });
    await recordRolesChanged(tx, context.internal, user, grants);
    return user;
  });
}

/** Loads a user the caller may see, locked for the change; anyone else is NOT_FOUND. */
async function lockedUser(context: IdentityContext, tx: EntityManager, userId: string) {
  const user = isUuid(userId)
    ? await tx.findOne(UserSchema, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  const grants = user ? await rolesOf(tx, user.id) : [];
  if (!user || !canReadUser(context, user.id, grants)) throw notFound('User');
  return { user, grants };
}

async function changeRoles(
  context: IdentityContext,
  userId: string,
  input: { role: string; entity?: string | null },
  grant: boolean,
) {
  const wanted = grantOf(input);
  assertMayAssign(context.ability, wanted);
  return context.em.transactional(async (tx) => {
    const { user, grants } = await lockedUser(context, tx, userId);
    const held = grants.some((g) => sameGrant(g, wanted));
    if (grant && !held) {
      assertValidGrant(
        wanted,
        user.type,
        context.internal.entities.map((entity) => entity.code),
      );
      tx.create(RoleGrantSchema, { id: crypto.randomUUID(), userId: user.id, ...wanted });
    }
    if (!grant && held)
      await tx.nativeDelete(RoleGrantSchema, { userId: user.id, role: wanted.role, entity: wanted.entity });
    await tx.flush();
    if (grant !== held) {
      const next = grant ? [...grants, wanted] : grants.filter((g) => !sameGrant(g, wanted));
      await recordRolesChanged(tx, context.internal, user, next);
    }
    return user;
  });
}

export const grantRole = (
  context: IdentityContext,
  userId: string,
  input: { role: string; entity?: string | null },
) => changeRoles(context, userId, input, true);
export const revokeRole = (
  context: IdentityContext,
  userId: string,
  input: { role: string; entity?: string | null },
) => changeRoles(context, userId, input, false);

export async function deactivateUser(context: IdentityContext, userId: string): Promise<UserEntity> {
  return context.em.transactional(async (tx) => {
    const { user, grants } = await lockedUser(context, tx, userId);
    assertManagesUser(context.ability, grants);
    if (context.selfId === user.id) throw badInput('You cannot deactivate yourself.', 'id');
    if (!user.active) return user;
    user.active = false;
    const now = new Date();
    await tx.nativeUpdate(SessionSchema, { userId: user.id, revokedAt: null }, { revokedAt: now });
    await tx.nativeUpdate(ApiTokenSchema, { userId: user.id, revokedAt: null }, { revokedAt: now });
    await tx.flush();
    await recordEvent(tx, context.internal, {
      type: 'user.deactivated',
      aggregateType: 'User',
      aggregateId: user.id,
      entity: null,
    });
    await recordRolesChanged(tx, context.internal, user, grants);
    return user;
  });
}
