import type { Resolvers } from './generated/resolvers.ts';
import { ApiToken, apiTokenMutations, apiTokenQueries } from './modules/api-tokens/resolvers/api-token.ts';
import { Entity, entityMutations, entityQueries } from './modules/entities/resolvers/entity.ts';
import { sessionMutations } from './modules/sessions/resolvers/mutation.ts';
import { Team, teamMutations, teamQueries } from './modules/teams/resolvers/team.ts';
import { userMutations } from './modules/users/resolvers/mutation.ts';
import { userQueries } from './modules/users/resolvers/query.ts';
import { RoleGrant } from './modules/users/resolvers/role-grant.ts';
import { User } from './modules/users/resolvers/user.ts';
import { DateTime } from '@lotse/kernel/graphql/date-time';

/** The identity subgraph's resolver map, assembled from its feature modules. */
export const resolvers: Resolvers = {
  DateTime,
  Query: { ...userQueries, ...entityQueries, ...teamQueries, ...apiTokenQueries },
  Mutation: {
    ...sessionMutations,
    ...apiTokenMutations,
    ...entityMutations,
    ...userMutations,
    ...teamMutations,
  },
  User,
  RoleGrant,
  Entity,
  Team,
  ApiToken,
  Role: {
    SUPER_ADMIN: 'super_admin',
    ADMIN: 'admin',
    SUPPORT_AGENT: 'support_agent',
    KB_EDITOR: 'kb_editor',
    ANALYST: 'analyst',
    CUSTOMER: 'customer',
  },
  UserType: { STAFF: 'staff', CUSTOMER: 'customer' },
};
