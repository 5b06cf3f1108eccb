import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import {
  leaveTicket,
  onPresenceChange,
  othersOn,
  PRESENCE_POLL_MS,
  workableTicket,
  type TicketPresenceView,
} from './presence.service.ts';

const keyOf = (view: TicketPresenceView) =>
  view.others.map((other) => `${other.userId}:${other.activity}`).join(',');

/**
 * Who else is on a ticket, for one watcher: the current state first, then each change (someone
 * arrives, switches between viewing and replying, leaves, or stops sending heartbeats). Looks again
 * every PRESENCE_POLL_MS (changes made on other replicas, expiries) and at once on changes in this
 * process. Ends when the ticket goes out of the watcher's reach. `return()` (client gone) removes the
 * watcher's own presence on the ticket.
 */
export async function ticketPresenceUpdates(
  context: SubgraphContext,
  requestedTicketId: string,
): Promise<AsyncIterableIterator<{ ticketPresence: TicketPresenceView }>> {
  const ticketId = (await workableTicket(context, requestedTicketId)).id;
  const fresh = () => ({ ...context, em: context.em.fork() });
  let last: string | null = null;
  let done = false;
  let wake: (() => void) | null = null;
  let poked = false;
  const stopWatching = onPresenceChange(ticketId, () => {
    poked = true;
    wake?.();
  });
  const finish = async () => {
    if (!done) {
      done = true;
      stopWatching();
      wake?.();
      await leaveTicket(context, ticketId);
    }
    return { done: true as const, value: undefined };
  };
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, PRESENCE_POLL_MS);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const iterator: AsyncIterableIterator<{ ticketPresence: TicketPresenceView }> = {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!done) {
        poked = false;
        const context = fresh();
        if (
          !(await workableTicket(context, ticketId).then(
            () => true,
            () => false,
          ))
        )
          return finish();
        const view = await othersOn(context, ticketId);
        const key = keyOf(view);
        if (key !== last) {
          last = key;
          return { done: false, value: { ticketPresence: view } };
        }
        if (!poked) await pause();
        wake = null;
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
