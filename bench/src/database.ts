import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '@lotse/kernel/db/embedded-postgres';
import { migrateAll } from '@lotse/app/runtime/subgraphs';

/**
 * A fresh, migrated database for one benchmark run: on the PostgreSQL at DATABASE_URL, or on an
 * embedded one in a temporary (or given, kept) data directory. The database is removed at the end.
 */
export interface BenchDatabase {
  url: string;
  describe: string;
  stop(): Promise<void>;
}

const withDatabase = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export async function openBenchDatabase(options: { dataDir: string | null; log: (line: string) => void }): Promise<BenchDatabase> {
  const database = `lotse_bench_${randomBytes(4).toString('hex')}`;
  const external = process.env.DATABASE_URL;
  let adminUrl: string;
  let stopServer = async () => undefined as unknown;
  let describe: string;
  if (external) {
    adminUrl = withDatabase(external, 'postgres');
    describe = `PostgreSQL at DATABASE_URL (${new URL(external).host})`;
  } else {
    const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'lotse-bench-')));
    options.log(`Starting embedded PostgreSQL in ${dataDir} …`);
    const server = await startEmbeddedPostgres({ dataDir, persistent: options.dataDir !== null });
    adminUrl = server.adminUrl;
    describe = 'embedded PostgreSQL (embedded-postgres)';
    stopServer = async () => {
      await server.stop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    };
  }
  await ensureDatabase(adminUrl, database);
  const url = withDatabase(adminUrl, database);
  const version = await serverVersion(url);
  describe = `${describe}, ${version}`;
  options.log(`Migrating ${database} on ${describe} …`);
  await migrateAll(url);
  return {
    url,
    describe,
    async stop() {
      // A temporary data directory goes away as a whole; anywhere else the benchmark's database is dropped.
      if (external || options.dataDir) await dropDatabase(adminUrl, database);
      await stopServer();
    },
  };
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`select current_setting('server_version') as v`);
    return `PostgreSQL ${rows[0]!.v}`;
  } finally {
    await client.end();
  }
}

async function dropDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}
