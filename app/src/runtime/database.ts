import path from 'node:path';
import type { Config } from '@lotse/kernel/config/config';
import { ensureDatabase, startEmbeddedPostgres } from '@lotse/kernel/db/embedded-postgres';

/**
 * Where Lotse's data lives: the PostgreSQL at DATABASE_URL, or an embedded real PostgreSQL in the
 * data directory when none is configured (the one-command default).
 */
export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  log(`Starting embedded PostgreSQL in ${path.resolve(config.LOTSE_DATA_DIR)} …`);
  const server = await startEmbeddedPostgres({ dataDir: config.LOTSE_DATA_DIR, persistent: true });
  await ensureDatabase(server.adminUrl, 'lotse');
  return {
    url: server.urlFor('lotse'),
    embedded: true,
    async stop() {
      await server.stop();
      log('Embedded PostgreSQL stopped.');
    },
  };
}
