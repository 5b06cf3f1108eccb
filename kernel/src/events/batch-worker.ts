import type pg from 'pg';
import type { Logger } from '../logging.ts';
import { listenResiliently } from './listener.ts';

/**
 * The loop the relay and every consumer run: handle batches until one comes back empty; start again
 * when PostgreSQL notifies the channel (new work), and every `pollMs` as a safety net for a missed
 * notification. A wake-up during a run is remembered, so nothing waits for the next poll.
 */
export interface BatchWorker {
  /** Runs batches now (or joins the run under way) until there is nothing left. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBatchWorker(options: {
  url: string;
  channel: string;
  /** Handles one batch; returns how many items it handled (0 = nothing left). */
  batch: () => Promise<number>;
  logger: Logger;
  what: string;
  pollMs?: number;
}): Promise<BatchWorker> {
  const { logger, what } = options;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const drain = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          while (!stopped && (await options.batch()) > 0);
        } while (again && !stopped);
      } catch (error) {
        logger.error({ err: error }, `${what} failed; retrying on the next wake-up`);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const listener = await listenResiliently({
    url: options.url,
    channel: options.channel,
    onNotification: () => void drain(),
    // Notifications sent while disconnected are lost: look for work at once.
    onReconnect: () => void drain(),
    logger,
    what,
  });
  const timer = setInterval(() => void drain(), options.pollMs ?? 2000);
  void drain();

  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
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
