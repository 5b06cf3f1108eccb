import type { Logger } from '../logging.ts';
import { listenResiliently } from './listener.ts';
import { EVENTS_CHANNEL } from './relay.ts';
import type { PublishedEvent } from './outbox.ts';

/**
 * Receives published domain events (LISTEN on `lotse_events`) and fans them out to in-process
 * listeners such as subscription resolvers. One connection per process, however many subscribers;
 * it reconnects by itself (listener.ts), and `connected()` reports it for /health. Live subscribers
 * do not get the events published while it was away: they are a live view, the bus keeps the record.
 */
const APPLICATION_NAME = 'lotse:event-stream';

export type EventListener = (event: PublishedEvent) => void;

export interface EventStream {
  subscribe(listener: EventListener): () => void;
  listenerCount(): number;
  connected(): boolean;
  stop(): Promise<void>;
}

export async function startEventStream(url: string, logger: Logger): Promise<EventStream> {
  const listeners = new Set<EventListener>();
  const connection = await listenResiliently({
    url,
    channel: EVENTS_CHANNEL,
    applicationName: APPLICATION_NAME,
    logger,
    what: 'event stream',
    onNotification: (payload) => {
      let event: PublishedEvent;
      try {
        event = JSON.parse(payload ?? '') as PublishedEvent;
      } catch {
        logger.warn({ payload }, 'ignored a malformed event notification');
        return;
      }
      for (const listener of listeners) listener(event);
    },
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
    connected: connection.connected,
    stop: connection.stop,
  };
}
