import pg from 'pg';
import { connectionErrorFields } from '../db/connection-error.ts';
import type { Logger } from '../logging.ts';
import { createBackoff } from './backoff.ts';

/**
 * A LISTEN connection that survives the database going away: when its connection errors or ends it
 * reconnects with backoff (backoff.ts) and listens again, until stopped. Notifications sent while it
 * was away are lost, so `onReconnect` lets the owner look for missed work in the tables themselves.
 * `connected()` feeds the health check, so a lost listener shows up in /health instead of silently
 * ending live updates.
 */
export interface ResilientListener {
  connected(): boolean;
  stop(): Promise<void>;
}

export async function listenResiliently(options: {
  url: string;
  channel: string;
  /** Names the connection in pg_stat_activity. */
  applicationName: string;
  onNotification: (payload: string | undefined) => void;
  /** Called after a reconnect: notifications sent while disconnected were lost. */
  onReconnect?: () => void;
  logger: Logger;
  what: string;
}): Promise<ResilientListener> {
  const { logger, what } = options;
  const backoff = createBackoff();
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let stopped = false;

  const scheduleReconnect = () => {
    retry = setTimeout(() => void reconnect(), backoff.next());
  };

  const lost = (lostClient: pg.Client, error?: Error) => {
    if (client !== lostClient || stopped) return;
    client = null;
    logger.warn(
      {
        connection: options.applicationName,
        ...(error ? connectionErrorFields(error) : { reason: 'connection ended' }),
      },
      `${what} lost its database connection; reconnecting`,
    );
    void lostClient.end().catch(() => undefined);
    scheduleReconnect();
  };

  const open = async (): Promise<pg.Client> => {
    const next = new pg.Client({ connectionString: options.url, application_name: options.applicationName });
    next.on('notification', (message) => options.onNotification(message.payload));
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      await next.query(`listen "${options.channel}"`);
      return next;
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
  };

  const reconnect = async () => {
    retry = null;
    if (stopped) return;
    try {
      const next = await open();
      if (stopped) {
        await next.end();
        return;
      }
      client = next;
      backoff.reset();
      logger.info({ connection: options.applicationName }, `${what} is listening again`);
      options.onReconnect?.();
    } catch (error) {
      if (stopped) return;
      logger.warn(
        { connection: options.applicationName, ...connectionErrorFields(error) },
        `${what} could not reconnect; trying again`,
      );
      scheduleReconnect();
    }
  };

  client = await open();
  return {
    connected: () => client !== null,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
