import type { RoleGrant } from '@lotse/kernel/context/principal';
import { badInput } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import { hashSecret, newSecret } from '../authentication/secrets.ts';
import { assertHoldsRoles, requireSession, requireTokenCreator } from './api-token-access.ts';
import { ApiTokenSchema } from './api-token.entity.ts';

export interface CreateApiTokenInput {
  name: string;
  roles?: { role: string; entity?: string | null }[] | null;
  expiresInDays?: number | null;
}

/** Creates a token for the caller. It may carry only roles the caller holds right now. */
export async function createApiToken(context: SubgraphContext, input: CreateApiTokenInput) {
  const principal = requireTokenCreator(context);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name must be 1–100 characters.', 'name');
  if (input.expiresInDays != null && (input.expiresInDays < 1 || input.expiresInDays > 730)) {
    throw badInput('expiresInDays must be between 1 and 730.', 'expiresInDays');
  }
  const roles: RoleGrant[] = input.roles
    ? input.roles.map((grant) => ({ role: grant.role, entity: grant.entity ?? null }))
    : principal.roles;
  assertHoldsRoles(principal, roles);

  const secret = newSecret('apiToken');
  return context.em.transactional(async (tx) => {
    const token = tx.create(ApiTokenSchema, {
      id: crypto.randomUUID(),
      userId: principal.userId,
      name,
      prefix: secret.slice(0, 10),
      tokenHash: hashSecret(secret),
      roles,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    });
    await tx.flush();
    await recordEvent(tx, context.internal, {
      type: 'api_token.created',
      aggregateType: 'ApiToken',
      aggregateId: token.id,
      entity: null,
      after: { name, roles, expiresAt: token.expiresAt },
    });
    return { token, secret };
  });
}

export async function listApiTokens(context: SubgraphContext) {
  const principal = requireSession(context);
  return context.em.find(ApiTokenSchema, { userId: principal.userId }, { orderBy: { createdAt: 'desc' } });
}

export async function revokeApiToken(context: SubgraphContext, id: string) {
  const principal = requireSession(context);
  if (!isUuid(id)) return null;
  return context.em.transactional(async (tx) => {
    const token = await tx.findOne(ApiTokenSchema, { id, userId: principal.userId });
    if (!token) return null;
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await tx.flush();
      await recordEvent(tx, context.internal, {
        type: 'api_token.revoked',
        aggregateType: 'ApiToken',
        aggregateId: token.id,
        entity: null,
      });
    }
    return token;
  });
}
