import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { fetch, type Dispatcher } from 'undici';
import { CONTEXT_HEADER, encodeContext, signContext, SIGNATURE_HEADER } from '@lotse/kernel/context/signing';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * Sends subgraph requests with the caller's signed internal context. The context is attached in
 * `willSendRequest`, but the signature can only be computed in the fetcher, over the exact body
 * bytes the gateway serialized. The fetcher is undici with a keep-alive pool and a timeout, which
 * is far cheaper per request than the default fetcher.
 */
export function signedFetcher(secret: string, dispatcher: Dispatcher, timeoutMs: number): Fetcher {
  return (async (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const headers = { ...(init?.headers ?? {}) };
    const encoded = headers[CONTEXT_HEADER] ?? '';
    headers[SIGNATURE_HEADER] = signContext(secret, encoded, init?.body ?? '');
    return fetch(url, {
      method: init?.method ?? 'POST',
      headers,
      body: init?.body,
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
  }) as unknown as Fetcher;
}

export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http!.headers;
    // Replace, never merge: nothing a client sent can end up in the signed context.
    headers.set(CONTEXT_HEADER, encodeContext(context.internal));
    headers.set('x-request-id', context.internal.requestId);
  }
}
