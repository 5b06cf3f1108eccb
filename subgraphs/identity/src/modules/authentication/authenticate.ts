import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal, RoleGrant } from '@lotse/kernel/context/principal';
import { ApiTokenSchema } from '../api-tokens/api-token.entity.ts';
import { SessionSchema } from '../sessions/session.entity.ts';
import { UserSchema } from '../users/user.entity.ts';
import { rolesOf } from '../users/user.service.ts';
import { hashSecret, secretKind } from './secrets.ts';

/**
 * Turns a bearer secret into a principal, or anonymous when it is unknown, expired, revoked or its
 * user is deactivated. An API token acts with the roles it was given *and* its owner still holds:
 * taking a role from the owner takes it from the owner's tokens too.
 */
export async function authenticate(em: EntityManager, secret: string | null): Promise<Principal> {
  const kind = secret ? secretKind(secret) : null;
  if (!secret || !kind) return { kind: 'anonymous' };
  const now = new Date();
  const tokenHash = hashSecret(secret);
  const credential =
    kind === 'session'
      ? await em.findOne(SessionSchema, { tokenHash, revokedAt: null, expiresAt: { $gt: now } })
      : await em.findOne(ApiTokenSchema, {
          tokenHash,
          revokedAt: null,
          $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
        });
  if (!credential) return { kind: 'anonymous' };
  const user = await em.findOne(UserSchema, { id: credential.userId, active: true });
  if (!user) return { kind: 'anonymous' };
  const held = await rolesOf(em, user.id);
  const roles = 'roles' in credential ? intersectGrants(credential.roles, held) : held;
  if ('roles' in credential) {
    await em.nativeUpdate(ApiTokenSchema, { id: credential.id }, { lastUsedAt: now });
  }
  return {
    kind: 'user',
    userId: user.id,
    userType: user.type,
    roles,
    credentialId: credential.id,
    credentialKind: kind,
  };
}

/** A grant is covered by a held grant of the same role in the same entity or in every entity. */
export const covers = (held: RoleGrant, wanted: RoleGrant) =>
  held.role === wanted.role && (held.entity === null || held.entity === wanted.entity);

export const intersectGrants = (wanted: RoleGrant[], held: RoleGrant[]) =>
  wanted.filter((grant) => held.some((h) => covers(h, grant)));
