import { describe, expect, it, jest } from '@jest/globals';
import type { FormattedExecutionResult } from 'graphql';
import type { Sink } from 'graphql-ws';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { createLogger } from '@lotse/kernel/logging';
import { federatedSubscription } from './federated-subscription.ts';
import type { UpstreamRequest } from './upstream-document.ts';
import type { UpstreamPool } from './upstream-pool.ts';

const subscriber: InternalContext = {
  requestId: 'req-subscribe-1',
  principal: {
    kind: 'user',
    userId: 'u1',
    userType: 'staff',
    roles: [{ role: 'support_agent', entity: 'kids_ascension' }],
    credentialId: 'c1',
    credentialKind: 'session',
  },
  entities: [],
  clientIp: '127.0.0.1',
  exp: Date.now() + 60_000,
};

/** A subscription on a fake upstream whose re-authentication fails with `failure`. */
function setup(failure: Error) {
  let sink: Sink<FormattedExecutionResult> | undefined;
  const pool = {
    subscribe: (
      _subgraph: string,
      _request: UpstreamRequest,
      _subscriber: InternalContext,
      given: typeof sink,
    ) => {
      sink = given;
      return () => {};
    },
    dispose: async () => {},
  } as UpstreamPool;
  const logger = createLogger('test', 'silent');
  const warned = jest.spyOn(logger, 'warn');
  const subscription = federatedSubscription({
    pool,
    subgraph: 'tickets',
    request: {} as UpstreamRequest,
    subscriber,
    reauthenticate: () => Promise.reject(failure),
    deliver: async (event) => ({ data: event.data ?? null }),
    onRevoked: () => {},
    logger,
  });
  return { subscription, warned, emit: (event: FormattedExecutionResult) => sink!.next(event) };
}

describe('federatedSubscription', () => {
  it('withholds an event when re-authentication fails, and logs why with the request id', async () => {
    const failure = new Error('identity answered 503 to authenticate');
    const { subscription, warned, emit } = setup(failure);
    const next = subscription.next();
    emit({ data: { ticketEvents: { type: 'created' } } });
    await new Promise<void>((resolve) => warned.mockImplementation(() => resolve()));
    expect(warned.mock.calls).toEqual([
      [
        { err: failure, requestId: 'req-subscribe-1', subgraph: 'tickets' },
        'could not re-authenticate a subscriber; event withheld',
      ],
    ]);
    await subscription.return();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });
});
