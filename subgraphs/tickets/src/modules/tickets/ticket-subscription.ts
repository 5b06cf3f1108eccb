import type { EventStream } from '@lotse/kernel/events/event-stream';
import type { PublishedEvent } from '@lotse/kernel/events/outbox';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { findTicket } from './ticket.service.ts';
import { ticketEventTypes, type TicketEventMessage } from './ticket-event.ts';

/**
 * What subscribers see of each event. A status change and a restoration are changes (UPDATED); a
 * deletion is not delivered, since the deleted ticket is out of everybody's reach.
 */
const typeByEvent: Record<string, TicketEventMessage['type']> = {
  [ticketEventTypes.created]: 'created',
  [ticketEventTypes.updated]: 'updated',
  [ticketEventTypes.statusChanged]: 'updated',
  [ticketEventTypes.restored]: 'updated',
};

/**
 * An async iterator of ticket events for one subscriber. Each event's ticket is loaded through the
 * same access filter as a query, so a subscriber never receives a ticket they could not read.
 * `return()` (client gone) detaches from the event stream at once.
 */
export function ticketEvents(
  stream: EventStream,
  context: SubgraphContext,
  entity: string | null | undefined,
): AsyncIterableIterator<{ ticketEvents: TicketEventMessage }> {
  const queue: PublishedEvent[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = stream.subscribe((event) => {
    if (!typeByEvent[event.type] || (entity && event.entity !== entity)) return;
    queue.push(event);
    wake?.();
  });
  const finish = async () => {
    done = true;
    unsubscribe();
    wake?.();
    return { done: true as const, value: undefined };
  };

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!done) {
        const event = queue.shift();
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          continue;
        }
        // A fresh identity map per event: the ticket must be read as it is now, not as first cached.
        const ticket = await findTicket({ ...context, em: context.em.fork() }, event.aggregateId);
        if (ticket)
          return {
            done: false,
            value: { ticketEvents: { type: typeByEvent[event.type]!, occurredAt: event.occurredAt, ticket } },
          };
      }
      return { done: true, value: undefined };
    },
    return: finish,
    throw: async (error) => {
      await finish();
      throw error;
    },
  };
}
