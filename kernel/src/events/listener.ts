import pg from 'pg';
import type { Logger } from '../logging.ts';

/**
 * A LISTEN connection that survives the database going away: on error or end it reconnects with
 * backoff (0.1 s doubling to 5 s) and listens again. `connected()` feeds the health check, so a lost
 * listener shows up in /health instead of silently ending live updates.
 */
export interface ResilientListener {
  connected(): boolean;
  stop(): Promise<void>;
}

export async function listenResiliently(options: {
  url: string;
  channel: string;
  onNotification: (payload: string | undefined) => void;
  /** Called after a reconnect: notifications sent while disconnected were lost. */
  onReconnect?: () => void;
  logger: Logger;
  what: string;
}): Promise<ResilientListener> {
  const { logger, what } = options;
  let client: pg.Client | null = null;
  let stopped = false;
  let delayMs = 100;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.url });
    next.on('notification', (message) => options.onNotification(message.payload));
    const lost = (error?: Error) => {
      if (client !== next || stopped) return;
      client = null;
      logger.error({ err: error }, `${what} lost its database connection; reconnecting`);
      void next.end().catch(() => undefined);
      setTimeout(() => void reconnect(), delayMs);
      delayMs = Math.min(delayMs * 2, 5000);
    };
    next.on('error', lost);
    next.on('end', () => lost());
    await next.connect();
    await next.query(`listen "${options.channel}"`);
    client = next;
    delayMs = 100;
  };

  const reconnect = async () => {
    if (stopped) return;
    try {
      await connect();
      options.onReconnect?.();
    } catch (error) {
      logger.error({ err: error }, `${what} could not reconnect; trying again`);
      setTimeout(() => void reconnect(), delayMs);
      delayMs = Math.min(delayMs * 2, 5000);
    }
  };

  await connect();
  return {
    connected: () => client !== null,
    async stop() {
      stopped = true;
      const current = client;
      client = null;
      await current?.end();
    },
  };
}
