import type { EventListener, EventStream } from './event-stream.ts';

export interface CatchUpOptions<Item, Value> {
  stream: EventStream;
  /** The events that may mean something new for this subscriber (cheap: no query). */
  matches: (event: Parameters<EventListener>[0]) => boolean;
  /**
   * Reads the items after the last one delivered, through the subscriber's access query, at most
   * `batchSize` of them; the caller keeps (and advances) its own cursor.
   */
  readNew: () => Promise<Item[]>;
  batchSize: number;
  toValue: (item: Item) => Value;
  /** Look once before any event arrives, for what happened between reading the cursor and listening. */
  lookFirst: boolean;
}

/**
 * A subscription that re-reads instead of trusting events: each matching event only says "look
 * again", and what is delivered is what the subscriber's own query finds after its cursor. So a
 * subscriber never receives what it could not query, events that arrive together cost one read, and
 * a full batch is followed by another read without waiting. `return()` (client gone) detaches from
 * the event stream at once.
 */
export function catchUpIterator<Item, Value>(
  options: CatchUpOptions<Item, Value>,
): AsyncIterableIterator<Value> {
  let pending = options.lookFirst ? 1 : 0;
  let wake: (() => void) | null = null;
  let done = false;
  const ready: Item[] = [];
  const unsubscribe = options.stream.subscribe((event) => {
    if (!options.matches(event)) return;
    pending++;
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
        const item = ready.shift();
        if (item !== undefined) return { done: false, value: options.toValue(item) };
        if (!pending) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          continue;
        }
        pending = 0;
        const added = await options.readNew();
        if (added.length === options.batchSize) pending++;
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
}
