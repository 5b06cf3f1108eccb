import { unauthenticated, badInput } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { IdentityContext } from '../../context.ts';
import { hashSecret, newSecret } from '../authentication/secrets.ts';
import { UserSchema, type UserView } from '../users/user.entity.ts';
import { verifyPassword } from '../users/passwords.ts';
import { beginAttempt, markSucceeded } from './login-throttle.ts';
import { SessionSchema } from './session.entity.ts';

export interface LoginInput {
  email: string;
  password: string;
}

const MAX_CREDENTIAL_LENGTH = 1024;

/** Password sign-in. Unknown email and wrong password fail the same way, in the same time. */
export async function login(context: IdentityContext, input: LoginInput) {
  if (input.email.length > MAX_CREDENTIAL_LENGTH || input.password.length > MAX_CREDENTIAL_LENGTH) {
    throw badInput('Email or password is too long.');
  }
  const email = input.email.trim().toLowerCase();
  const { em } = context;
  const attemptId = await beginAttempt(em, email, context.internal.clientIp);
  const user = await em.findOne(UserSchema, { email, active: true });
  const valid = await verifyPassword(user?.passwordHash, input.password, (err) =>
    context.logger.error(
      { err, userId: user?.id },
      'stored password hash cannot be verified; the user cannot sign in',
    ),
  );
  if (!user || !valid) throw unauthenticated('Email or password is wrong.');
  await markSucceeded(em, attemptId);

  const token = newSecret('session');
  const expiresAt = new Date(Date.now() + context.sessionTtlHours * 3_600_000);
  return em.transactional(async (tx) => {
    const session = tx.create(SessionSchema, {
      id: crypto.randomUUID(),
      userId: user.id,
      tokenHash: hashSecret(token),
      expiresAt,
    });
    await tx.flush();
    await recordEvent(tx, context.internal, {
      type: 'session.created',
      actorId: user.id,
      aggregateType: 'Session',
      aggregateId: session.id,
      entity: null,
    });
    const self: UserView = { ...user, viewerIsSelf: true };
    return { token, expiresAt, user: self };
  });
}

/** Revokes the session that authenticated this request (API tokens are revoked explicitly). */
export async function logout(context: SubgraphContext): Promise<boolean> {
  if (context.principal.kind !== 'user') throw unauthenticated();
  const { credentialId } = context.principal;
  return context.em.transactional(async (tx) => {
    const revoked = await tx.nativeUpdate(
      SessionSchema,
      { id: credentialId, revokedAt: null },
      { revokedAt: new Date() },
    );
    if (revoked) {
      await recordEvent(tx, context.internal, {
        type: 'session.revoked',
        aggregateType: 'Session',
        aggregateId: credentialId,
        entity: null,
      });
    }
    return revoked > 0;
  });
}
