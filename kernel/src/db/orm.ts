import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';
import type { Logger } from '../logging.ts';
import { connectionErrorFields } from './connection-error.ts';

/**
 * One ORM per subgraph, bound to the subgraph's own PostgreSQL schema: its tables, its migrations
 * table, its connection pool. No subgraph ever names another subgraph's schema.
 */
export type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

export interface SubgraphOrmOptions {
  url: string;
  schema: string;
  entities: NonNullable<Options['entities']>;
  migrations: Record<string, MigrationClass>;
  poolSize?: number;
  debug?: boolean;
}

export type { EntityManager, MikroORM };

const ormApplicationName = (schema: string) => `lotse:${schema}:orm`;

export async function createSubgraphOrm(options: SubgraphOrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    // Names the connections in pg_stat_activity (see docs/operations.md).
    driverOptions: { application_name: ormApplicationName(options.schema) },
    debug: options.debug ?? false,
    allowGlobalContext: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      schema: options.schema,
      snapshot: false,
      snapshotOnMigrate: false,
      silent: true,
      migrationsList: Object.entries(options.migrations).map(([name, migration]) => ({
        name,
        class: migration,
      })),
    },
    schemaGenerator: { skipTables: ['mikro_orm_migrations'] },
  });
}

/** Applies pending migrations, creating the subgraph's schema first on an empty database. */
export async function migrateSubgraph(orm: MikroORM, schema: string): Promise<string[]> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}

/**
 * MikroORM already keeps a lost pooled connection from crashing the process (it listens for pg's
 * `error` events), but reports it only in debug mode. This logs an idle connection's loss as a
 * warning with its SQLSTATE; a connection lost mid-query fails that query, which is logged where it
 * surfaces.
 */
export async function logLostConnections(orm: MikroORM, logger: Logger): Promise<void> {
  const pool = await orm.em.getConnection().getNativeClient();
  const connection = ormApplicationName(orm.config.get('schema') ?? 'public');
  pool.on('error', (error) =>
    logger.warn(
      { connection, ...connectionErrorFields(error) },
      'lost a pooled database connection; the pool opens a new one when needed',
    ),
  );
}
