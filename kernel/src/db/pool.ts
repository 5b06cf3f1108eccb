import pg from 'pg';
import type { Logger } from '../logging.ts';
import { connectionErrorFields } from './connection-error.ts';

/**
 * A pg pool that survives losing connections (a server restart or failover, `idle_session_timeout`,
 * `pg_terminate_backend`). pg reports such a loss as an `error` event — on the connection while it is
 * checked out, re-emitted on the pool while it is idle — and an `error` event nobody listens to ends
 * the process. Here it is logged; pg has already discarded the connection, the query in flight (if
 * any) rejects, and the next checkout opens a fresh one.
 *
 * `applicationName` shows in `pg_stat_activity`, so an operator can tell Lotse's connections apart.
 */
export function createPool(options: {
  url: string;
  applicationName: string;
  max: number;
  logger: Logger;
}): pg.Pool {
  const { applicationName, logger } = options;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    application_name: applicationName,
  });
  pool.on('connect', (client) =>
    client.on('error', (error) =>
      logger.warn(
        { connection: applicationName, ...connectionErrorFields(error) },
        'lost a pooled database connection; the pool opens a new one when needed',
      ),
    ),
  );
  // An idle connection's error reaches the listener above as well: this one only keeps pg-pool's
  // re-emit on the pool from being fatal.
  pool.on('error', () => undefined);
  return pool;
}
