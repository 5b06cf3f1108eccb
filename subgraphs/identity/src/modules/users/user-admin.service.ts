import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import type { IdentityContext } from '../../context.ts';
import { ApiTokenSchema } from '../api-tokens/api-token.entity.ts';
import { SessionSchema } from '../sessions/session.entity.ts';
import { hashPassword } from './passwords.ts';
import { RoleGrantSchema } from './role-grant.ts';
import { assertManagesUser, assertMayAssign, isSelf, readableUsers } from './user-access.ts';
import { recordRolesChanged } from './user-events.ts';
import { UserSchema, type UserEntity } from './user.entity.ts';
import { assertValidGrant, checkPassword, cleanEmail, cleanName, grantOf, sameGrant } from './user-input.ts';
import { rolesOf } from './user.service.ts';

/**
 * Administration of users: create, grant and revoke roles, deactivate. Every change announces the
 * user's complete grants (`user.roles_changed`) so other subgraphs' replicas follow.
 */

export interface CreateUserInput {
  email: string;
  name: string;
  type: 'staff' | 'customer';
  password: string;
  roles: { role: string; entity?: string | null }[];
}

export async function createUser(context: IdentityContext, input: CreateUserInput): Promise<UserEntity> {
  const email = cleanEmail(input.email);
  const name = cleanName(input.name);
  checkPassword(input.password);
  const grants = input.roles
    .map(grantOf)
    .filter((grant, i, all) => all.findIndex((other) => sameGrant(other, grant)) === i);
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

/**
 * Loads a user the caller may see, locked for the change; anyone else is NOT_FOUND. Visibility is part
 * of the query, so a user out of reach is neither loaded nor locked.
 */
async function lockedUser(context: IdentityContext, tx: EntityManager, userId: string) {
  const scope = readableUsers(context, tx);
  const user =
    scope.kind === 'rows' && isUuid(userId)
      ? await tx.findOne(
          UserSchema,
          { $and: [{ id: userId }, scope.where] },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
  if (!user) throw notFound('User');
  return { user, grants: await rolesOf(tx, user.id) };
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
    if (isSelf(context, user)) throw badInput('You cannot deactivate yourself.', 'id');
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
