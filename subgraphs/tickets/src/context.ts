import type { EventStream } from '@lotse/kernel/events/event-stream';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';

/** The tickets subgraph's resolver context: the kernel's plus the stream of published events. */
export interface TicketsContext extends SubgraphContext {
  events: EventStream;
}

export const ticketsContext =
  (events: EventStream) =>
  (base: SubgraphContext): TicketsContext => ({ ...base, events });
