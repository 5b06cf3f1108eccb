import type { RoleGrant } from '@lotse/kernel/context/principal';
import { forbidden, unauthenticated } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { covers } from '../authentication/authenticate.ts';

/**
 * Tokens are managed only from a signed-in session: a token that could mint, list or revoke tokens
 * could outlive its own expiry and revocation.
 */
export function requireSession(context: SubgraphContext) {
  if (context.principal.kind !== 'user') throw unauthenticated();
  if (context.principal.credentialKind !== 'session')
    throw forbidden('Manage API tokens from a signed-in session.');
  return context.principal;
}

/** Creating a token needs a session and `identity.tokens.create`. */
export function requireTokenCreator(context: SubgraphContext) {
  const principal = requireSession(context);
  if (!context.ability.can('create', 'ApiToken')) throw forbidden();
  return principal;
}

/** A token carries only roles its creator holds right now. */
export function assertHoldsRoles(principal: { roles: RoleGrant[] }, wanted: RoleGrant[]) {
  const uncovered = wanted.find((grant) => !principal.roles.some((held) => covers(held, grant)));
  if (uncovered)
    throw forbidden(`You do not hold ${uncovered.role} in ${uncovered.entity ?? 'every entity'}.`);
}
