import { notFound } from '@lotse/kernel/errors';
import { catchUpIterator } from '@lotse/kernel/events/catch-up-iterator';
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
  return catchUpIterator({
    stream,
    matches: (event) => event.type === messageAdded.type && event.aggregateId === ticketId,
    readNew: async () => {
      const added = await messagesAfter(fresh(), ticketId, last);
      last = added.at(-1)?.position ?? last;
      return added;
    },
    batchSize: MESSAGES_AFTER_LIMIT,
    toValue: (message) => ({ ticketMessageAdded: { message } }),
    lookFirst: true,
  });
}
