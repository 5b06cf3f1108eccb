import { createSubgraphOrm, migrateSubgraph } from '@lotse/kernel/db/orm';
import { Migration20261125000000_initial } from './migrations/Migration20261125000000_initial.ts';
import { Migration20261125010000_founding_entities } from './migrations/Migration20261125010000_founding_entities.ts';
import { Migration20261125030000_login_attempt_by_address } from './migrations/Migration20261125030000_login_attempt_by_address.ts';
import { Migration20261205040000_append_only_outbox } from './migrations/Migration20261205040000_append_only_outbox.ts';
import { ApiTokenSchema } from './modules/api-tokens/api-token.entity.ts';
import { EntityRecordSchema } from './modules/entities/entity.entity.ts';
import { SessionSchema } from './modules/sessions/session.entity.ts';
import { TeamMemberSchema, TeamSchema } from './modules/teams/team.entity.ts';
import { RoleGrantSchema } from './modules/users/role-grant.ts';
import { UserSchema } from './modules/users/user.entity.ts';

/** The identity subgraph's PostgreSQL schema, entities and migrations. */
export const SCHEMA = 'identity';

export const createIdentityOrm = (url: string, poolSize?: number) =>
  createSubgraphOrm({
    url,
    schema: SCHEMA,
    poolSize,
    entities: [
      EntityRecordSchema,
      UserSchema,
      RoleGrantSchema,
      TeamSchema,
      TeamMemberSchema,
      SessionSchema,
      ApiTokenSchema,
    ],
    migrations: {
      Migration20261125000000_initial,
      Migration20261125010000_founding_entities,
      Migration20261125030000_login_attempt_by_address,
      Migration20261205040000_append_only_outbox,
    },
  });

export { migrateSubgraph };
