import { notFound } from '@lotse/kernel/errors';
import type { EventStream } from '@lotse/kernel/events/event-stream';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { messageAdded } from './message-events.ts';
import type { MessageEntity } from './message.entity.ts';
import { canSeeConversation, lastPosition, messagesAfter, MESSAGES_AFTER_LIMIT } from './message.service.ts';

/** What a `ticketMessageAdded` subscriber receives. */
export interface TicketMessageEventView {
  message: MessageEntity;
}

/**
 * An async iterator of the messages added to one ticket from now on, for one subscriber. The
 * published event names only the ticket; on each one, the messages after the last one delivered are
 * loaded through the same access condition as the thread — so a customer is never even sent an
 * internal note, and a subscriber who loses access to the ticket receives nothing more.
 * `return()` (client gone) detaches from the event stream at once.
 */
export async function ticketMessagesAdded(
  stream: EventStream,
  context: SubgraphContext,
  requestedTicketId: string,
): Promise<AsyncIterableIterator<{ ticketMessageAdded: TicketMessageEventView }>> {
  const ticketId = requestedTicketId.toLowerCase();
  // A fresh identity map per read: messages must be read as they are now, not as first cached.
  const fresh = () => ({ ...context, em: context.em.fork() });
  if (!(await canSeeConversation(fresh(), ticketId))) throw notFound('Ticket');
  let last = await lastPosition(fresh(), ticketId);
  // One look before any event: catches what was posted between reading `last` and listening.
  let pending = 1;
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = stream.subscribe((event) => {
    if (event.type !== messageAdded.type || event.aggregateId !== ticketId) return;
    pending++;
    wake?.();
  });
  const finish = async () => {
    done = true;
    unsubscribe();
    wake?.();
    return { done: true as const, value: undefined };
  };
  const ready: MessageEntity[] = [];

  const iterator: AsyncIterableIterator<{ ticketMessageAdded: TicketMessageEventView }> = {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!done) {
        const message = ready.shift();
        if (message) return { done: false, value: { ticketMessageAdded: { message } } };
        if (!pending) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          continue;
        }
        pending = 0;
        const added = await messagesAfter(fresh(), ticketId, last);
        const newest = added.at(-1);
        if (newest) last = newest.position;
        // A full batch: more may be waiting, so look again rather than wait for another event.
        if (added.length === MESSAGES_AFTER_LIMIT) pending++;
        ready.push(...added);
      }
      return { done: true, value: undefined };
    },
    return: finish,
    throw: async (error) => {
      await finish();
      throw error;
    },
  };
  return iterator;
}
