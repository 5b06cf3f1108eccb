import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { rateLimited, unauthenticated } from '@lotse/kernel/errors';
import type { Logger } from '@lotse/kernel/logging';
import type { UpstreamRequest } from './upstream-document.ts';
import type { UpstreamPool } from './upstream-pool.ts';
import { describeTransportFailure, operationErrors } from './upstream-errors.ts';

/**
 * One client subscription as an async iterator, written by hand so that every way it can end is
 * explicit: `return()` (the client completed or disconnected) cancels the upstream subscription at
 * once, which detaches the subgraph's event listener; a revoked credential ends it with
 * UNAUTHENTICATED; upstream errors end it with their codes; a lost upstream connection is re-subscribed
 * with a freshly signed context a few times before the subscription ends.
 */
export interface FederatedSubscriptionOptions {
  pool: UpstreamPool;
  subgraph: string;
  request: UpstreamRequest;
  /** The subscriber as authenticated when the subscription started. */
  subscriber: InternalContext;
  /** The subscriber as they are now, or null once their credential no longer authenticates. */
  reauthenticate(): Promise<InternalContext | null>;
  /** The client's result for one upstream event, or null when it must not be delivered. */
  deliver(event: FormattedExecutionResult, subscriber: InternalContext): Promise<ExecutionResult | null>;
  /** Told once that the credential was revoked, before the subscription ends with UNAUTHENTICATED. */
  onRevoked(): void;
  logger: Logger;
  limits?: Partial<SubscriptionLimits>;
}

export interface SubscriptionLimits {
  /** Events waiting for a slow client before the subscription is ended rather than buffered further. */
  maxQueued: number;
  /** How often the credential is re-checked even when no events arrive. */
  revalidateMs: number;
  reconnectAttempts: number;
  /** First re-subscribe delay; it doubles per attempt. */
  reconnectDelayMs: number;
}

const defaultLimits: SubscriptionLimits = {
  maxQueued: 500,
  revalidateMs: 60_000,
  reconnectAttempts: 5,
  reconnectDelayMs: 250,
};

/** Ends a subscription with one or more errors; the server's onError hook sends them all. */
export class SubscriptionEnded extends GraphQLError {
  readonly errors: readonly GraphQLError[];
  constructor(errors: readonly GraphQLError[]) {
    super(errors[0]?.message ?? 'The subscription ended.', { extensions: errors[0]?.extensions });
    this.errors = errors;
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export type FederatedSubscription = AsyncIterableIterator<ExecutionResult> & {
  return(): Promise<IteratorResult<ExecutionResult>>;
};

export function federatedSubscription(options: FederatedSubscriptionOptions): FederatedSubscription {
  const { logger } = options;
  const limits = { ...defaultLimits, ...options.limits };
  const queue: FormattedExecutionResult[] = [];
  let failure: readonly GraphQLError[] | null = null;
  let upstreamDone = false;
  let stopped = false;
  let wake: (() => void) | null = null;
  let attempt: { cancel: () => void } | null = null;
  let reconnects = 0;
  let reconnectTimer: NodeJS.Timeout | undefined;
  /** The rights the upstream subscription was opened with: the subgraph filters events by them. */
  let openedWith = '';
  const rightsOf = (subscriber: InternalContext) => JSON.stringify(subscriber.principal);

  const notify = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  const cancelUpstream = () => {
    const current = attempt;
    attempt = null;
    current?.cancel();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(revalidation);
    clearTimeout(reconnectTimer);
    queue.length = 0;
    cancelUpstream();
    notify();
  };
  const fail = (errors: readonly GraphQLError[], discardQueued: boolean) => {
    if (stopped || failure) return;
    failure = errors;
    if (discardQueued) queue.length = 0;
    cancelUpstream();
    notify();
  };
  const revoke = () => {
    if (stopped || failure) return;
    options.onRevoked();
    // Nothing more reaches a revoked subscriber, not even events already received.
    fail([unauthenticated('Your session has ended; sign in again.')], true);
  };

  const open = (subscriber: InternalContext) => {
    openedWith = rightsOf(subscriber);
    const mine = { cancel: () => {} };
    attempt = mine;
    const current = () => attempt === mine && !stopped && !failure;
    mine.cancel = options.pool.subscribe(options.subgraph, options.request, subscriber, {
      next: (event) => {
        if (!current()) return;
        reconnects = 0;
        if (queue.length >= limits.maxQueued) {
          fail(
            [rateLimited('Events arrived faster than this connection took them; subscribe again.', 1)],
            true,
          );
          return;
        }
        queue.push(event);
        notify();
      },
      error: (error) => {
        if (!current()) return;
        attempt = null;
        const errors = operationErrors(error);
        if (errors) fail(errors, false);
        else reconnect(error);
      },
      complete: () => {
        if (!current()) return;
        attempt = null;
        upstreamDone = true;
        notify();
      },
    });
  };

  /**
   * The subscriber as they are now: null once revoked, undefined when it could not be found out
   * (identity unreachable, say). Those failures decide what the subscriber gets, so each is logged,
   * under the request id the subscription started with; the error names no credential.
   */
  const currentSubscriber = async (consequence: string): Promise<InternalContext | null | undefined> => {
    try {
      return await options.reauthenticate();
    } catch (error) {
      logger.warn(
        { err: error, requestId: options.subscriber.requestId, subgraph: options.subgraph },
        `could not re-authenticate a subscriber; ${consequence}`,
      );
      return undefined;
    }
  };

  const reconnect = (cause: unknown) => {
    if (reconnects >= limits.reconnectAttempts) {
      logger.error(
        { subgraph: options.subgraph, ...describeTransportFailure(cause) },
        'subscription upstream unavailable; ending subscription',
      );
      fail(
        [
          new GraphQLError('The event source is unavailable; subscribe again later.', {
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          }),
        ],
        false,
      );
      return;
    }
    const delay = limits.reconnectDelayMs * 2 ** reconnects++;
    reconnectTimer = setTimeout(async () => {
      // A fresh signed context: the first one has expired, and access may have changed meanwhile.
      const subscriber = await currentSubscriber('upstream reconnect postponed');
      if (stopped || failure) return;
      if (subscriber === null) revoke();
      else if (subscriber === undefined) reconnect(cause);
      else open(subscriber);
    }, delay);
    reconnectTimer.unref(); // never what keeps a stopping process alive
  };

  const deliver = async (event: FormattedExecutionResult): Promise<ExecutionResult | null> => {
    const subscriber = await currentSubscriber('event withheld');
    // Fail closed: an event is withheld when it is unknown whether the subscriber may still see it.
    if (subscriber === undefined) return null;
    if (subscriber === null) {
      revoke();
      return null;
    }
    if (rightsOf(subscriber) !== openedWith) {
      // The subscriber's roles changed: what upstream already let through was filtered by the old
      // rights. Drop it and subscribe again with the new ones.
      queue.length = 0;
      cancelUpstream();
      open(subscriber);
      return null;
    }
    try {
      return await options.deliver(event, subscriber);
    } catch (error) {
      logger.error({ err: error }, 'could not resolve a subscription event');
      return {
        errors: [
          new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
        ],
      };
    }
  };

  open(options.subscriber);
  // Revocation must end a quiet subscription too, not only one that happens to receive an event.
  const revalidation = setInterval(async () => {
    const subscriber = await currentSubscriber('checked again at the next event or interval');
    if (subscriber === null) revoke();
  }, limits.revalidateMs);
  revalidation.unref();

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<ExecutionResult>> {
      for (;;) {
        if (stopped) return DONE;
        const event = queue.shift();
        if (event) {
          const result = await deliver(event);
          if (result && !stopped) return { done: false, value: result };
          continue;
        }
        if (failure) {
          const errors = failure;
          stop();
          throw new SubscriptionEnded(errors);
        }
        if (upstreamDone) {
          stop();
          return DONE;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async return() {
      stop();
      return DONE;
    },
    async throw(error: unknown) {
      stop();
      throw error;
    },
  };
}
