import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';

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

export async function createSubgraphOrm(options: SubgraphOrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
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
