import pg from 'pg';
import type { Logger } from '../logging.ts';
import { EVENTS_CHANNEL } from './relay.ts';
import type { PublishedEvent } from './outbox.ts';

/**
 * Receives published domain events (LISTEN on `lotse_events`) and fans them out to in-process
 * listeners such as subscription resolvers. One connection per process, however many subscribers.
 */
export type EventListener = (event: PublishedEvent) => void;

export interface EventStream {
  subscribe(listener: EventListener): () => void;
  listenerCount(): number;
  stop(): Promise<void>;
}

export async function startEventStream(url: string, logger: Logger): Promise<EventStream> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const listeners = new Set<EventListener>();
  client.on('notification', (message) => {
    if (!message.payload) return;
    const event = JSON.parse(message.payload) as PublishedEvent;
    for (const listener of listeners) listener(event);
  });
  client.on('error', (error) => logger.error({ err: error }, 'event stream connection failed'));
  await client.query(`listen ${EVENTS_CHANNEL}`);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
    stop: () => client.end(),
  };
}
