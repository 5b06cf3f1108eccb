import type { ApiTokenResolvers } from '../../../generated/resolvers.ts';
import { knownGrants } from '../../users/role-grant.ts';

export const ApiToken: ApiTokenResolvers = {
  roles: (token) => knownGrants(token.roles),
};
