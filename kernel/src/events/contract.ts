import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalContext } from '../context/principal.ts';
import type { BusEvent } from './bus.ts';
import { recordEvent, type DomainEvent } from './outbox.ts';

/**
 * An event's name and payload, declared once — by the module that produces it, or here in the
 * kernel when other subgraphs consume it (shared-events.ts) — and used by both sides: the producer
 * records it through the contract, consumers handle it through the contract (consumer.ts `on`), so
 * the name cannot be mistyped and the payload cannot drift. The payload is the outbox row's `after`,
 * which the relay copies to the bus.
 */
export interface EventContract<Payload> {
  readonly type: string;
  /** Writes one occurrence to the outbox inside the caller's transaction (`em` must be the transactional fork). */
  record(em: EntityManager, context: InternalContext, occurrence: Occurrence<Payload>): Promise<void>;
  /** The payload of a bus event of this type. */
  payloadOf(event: BusEvent): Payload;
}

export type Occurrence<Payload> = Omit<DomainEvent, 'type' | 'before' | 'after'> & {
  before?: Payload;
  after: Payload;
};

export function defineEvent<Payload>(type: string): EventContract<Payload> {
  return {
    type,
    record: (em, context, occurrence) => recordEvent(em, context, { ...occurrence, type }),
    payloadOf(event) {
      if (event.type !== type) throw new Error(`Expected a ${type} event, got ${event.type}`);
      return event.payload as Payload;
    },
  };
}
