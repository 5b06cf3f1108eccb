import { randomUUID } from 'node:crypto';
import { createClient, type Client, type FormattedExecutionResult, type Sink } from 'graphql-ws';
import WebSocket from 'ws';
import { anonymous, type InternalContext } from '@lotse/kernel/context/principal';
import { CONTEXT_TTL_MS, encodeContext, signContext, signedHeaders } from '@lotse/kernel/context/signing';
import { subscriptionSigningBody, WS_UPGRADE_BODY } from '@lotse/kernel/http/signed-request';
import type { Logger } from '@lotse/kernel/logging';
import type { UpstreamRequest } from './upstream-document.ts';
import { describeTransportFailure } from './upstream-errors.ts';

/**
 * One graphql-ws connection per subgraph, shared by every subscriber (the subgraph tells callers
 * apart by the signed context in each subscribe message). A connection is open while it carries
 * subscriptions, and the client is replaced after any failure, so a restarted subgraph gets a
 * clean connection. The graphql-ws client does not retry by itself: a retried subscribe would
 * resend a stale signature; the caller re-subscribes with a fresh one (federated-subscription.ts).
 */
export interface UpstreamPool {
  /** Starts one subscription on the owning subgraph as `subscriber`; the returned function cancels it. */
  subscribe(
    subgraph: string,
    request: UpstreamRequest,
    subscriber: InternalContext,
    sink: Sink<FormattedExecutionResult>,
  ): () => void;
  dispose(): Promise<void>;
}

export interface UpstreamPoolOptions {
  /** Each subgraph's HTTP GraphQL URL; its WebSocket endpoint has the same path. */
  subgraphUrls: Record<string, string>;
  secret: string;
  logger: Logger;
}

const webSocketUrl = (httpUrl: string) => {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
};

/** ws's WebSocket with the gateway's signed upgrade headers, computed fresh for every connection. */
function signedWebSocket(secret: string) {
  return class SignedWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      const service: InternalContext = {
        requestId: randomUUID(),
        principal: anonymous,
        entities: [],
        clientIp: '',
        exp: Date.now() + CONTEXT_TTL_MS,
      };
      super(address, protocols, { headers: { ...signedHeaders(secret, service, WS_UPGRADE_BODY) } });
    }
  };
}

export function createUpstreamPool(options: UpstreamPoolOptions): UpstreamPool {
  const { secret, logger } = options;
  const webSocketImpl = signedWebSocket(secret);
  const clients = new Map<string, Client>();

  const clientFor = (subgraph: string): Client => {
    const existing = clients.get(subgraph);
    if (existing) return existing;
    const url = options.subgraphUrls[subgraph];
    if (!url) throw new Error(`No URL configured for subgraph "${subgraph}"`);
    const forget = () => {
      if (clients.get(subgraph) === client) clients.delete(subgraph);
    };
    const client: Client = createClient({
      url: webSocketUrl(url),
      webSocketImpl,
      // Opens with the first subscription and closes with the last. (graphql-ws's lazyCloseTimeout
      // would keep it a while longer, but its timer survives dispose() and holds the process open.)
      lazy: true,
      retryAttempts: 0,
      connectionAckWaitTimeout: 10_000,
      on: {
        // Not disposed here: disposing now would make graphql-ws complete the affected subscriptions
        // instead of failing them, and their subscribers would never learn to re-subscribe.
        closed: (event) => {
          forget();
          const { code } = event as { code?: number };
          if (code !== 1000) logger.warn({ subgraph, ...describeTransportFailure(event) }, 'subscription upstream closed');
        },
        error: (error) => {
          forget();
          logger.warn({ subgraph, ...describeTransportFailure(error) }, 'subscription upstream failed');
        },
      },
    });
    clients.set(subgraph, client);
    return client;
  };

  return {
    subscribe(subgraph, request, subscriber, sink) {
      const encoded = encodeContext(subscriber);
      const payload = {
        ...request,
        extensions: { lotseContext: encoded, lotseSignature: signContext(secret, encoded, subscriptionSigningBody(request)) },
      };
      return clientFor(subgraph).subscribe(payload, sink);
    },
    async dispose() {
      const all = [...clients.values()];
      clients.clear();
      await Promise.all(all.map((client) => client.dispose()));
    },
  };
}
