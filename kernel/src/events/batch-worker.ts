import type pg from 'pg';
import { connectionErrorFields } from '../db/connection-error.ts';
import type { Logger } from '../logging.ts';
import { createBackoff } from './backoff.ts';
import { listenResiliently } from './listener.ts';

/**
 * The loop the relay and every consumer run: handle batches until one comes back empty; start again
 * when PostgreSQL notifies the channel (new work), after the LISTEN connection comes back (its
 * notifications were lost meanwhile), and every `pollMs` as a safety net. A wake-up during a run is
 * remembered, so nothing waits for the next poll. A failed run (a lost connection, the server away,
 * a failing handler) is retried with backoff; each batch reads its starting point from the database,
 * so a retry picks up exactly what was not committed.
 */
export interface BatchWorker {
  /** Runs batches now (or joins the run under way) until there is nothing left or a batch fails. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBatchWorker(options: {
  url: string;
  channel: string;
  /** The owner's connection name; its LISTEN connection shows as `<applicationName>:listen` in pg_stat_activity. */
  applicationName: string;
  /** Handles one batch; returns how many items it handled (0 = nothing left). */
  batch: () => Promise<number>;
  logger: Logger;
  what: string;
  pollMs?: number;
}): Promise<BatchWorker> {
  const { logger, what } = options;
  const backoff = createBackoff();
  let running: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let again = false;
  let stopped = false;

  const drain = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    if (retry) clearTimeout(retry);
    retry = null;
    running = (async () => {
      try {
        do {
          again = false;
          while (!stopped && (await options.batch()) > 0);
        } while (again && !stopped);
        backoff.reset();
      } catch (error) {
        if (stopped) return;
        const delayMs = backoff.next();
        logger.warn({ ...connectionErrorFields(error), retryInMs: delayMs }, `${what} failed; retrying`);
        retry = setTimeout(() => void drain(), delayMs);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const listener = await listenResiliently({
    url: options.url,
    channel: options.channel,
    applicationName: `${options.applicationName}:listen`,
    onNotification: () => void drain(),
    onReconnect: () => void drain(),
    logger,
    what,
  });
  // While a retry is pending, its backoff sets the pace, not the poll.
  const timer = setInterval(() => {
    if (!retry) void drain();
  }, options.pollMs ?? 2000);
  void drain();

  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (retry) clearTimeout(retry);
      await running;
      await listener.stop();
    },
  };
}

/** Runs `work` in a transaction on a pooled connection, rolling back if it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
