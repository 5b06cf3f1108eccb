import { STATUS_CODES } from 'node:http';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Dispatcher } from 'undici';
import { CONTEXT_HEADER, encodeContext, signContext, SIGNATURE_HEADER } from '@lotse/kernel/context/signing';
import type { InternalContext } from '@lotse/kernel/context/principal';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * Sends the gateway's subgraph requests with the caller's signed internal context.
 *
 * This replaces `RemoteGraphQLDataSource` + a fetcher: per request, that built a node-fetch
 * `Headers` and `Request` and then went through WHATWG `fetch` (Request/Response/Headers objects
 * and web streams) — measurable on the hot path of every query. Here the body is serialized once,
 * signed over those exact bytes, and sent with `dispatcher.request` on the gateway's keep-alive
 * pool. What the Apollo class did that matters is kept: only our headers are sent (nothing a
 * client sent reaches a subgraph), a timeout on every fetch, a non-2xx answer becomes a
 * GraphQLError shaped like Apollo's (`<status>: <text>`, the response in its extensions), a
 * non-JSON answer is an error, and a subgraph's Cache-Control restricts the response's policy.
 */
export interface SignedDataSourceOptions {
  url: string;
  secret: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
}

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
interface CacheHint {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** A query plan may fetch from several subgraphs: encode each caller's context once. */
const encodedContexts = new WeakMap<InternalContext, string>();

function encodedContextOf(internal: InternalContext): string {
  let encoded = encodedContexts.get(internal);
  if (encoded === undefined) {
    encoded = encodeContext(internal);
    encodedContexts.set(internal, encoded);
  }
  return encoded;
}

const isJson = (contentType: string) =>
  contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json');

const headerOf = (headers: Dispatcher.ResponseData['headers'], name: string): string => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

export class SignedDataSource implements GraphQLDataSource<GatewayContext> {
  readonly url: string;
  readonly #origin: string;
  readonly #path: string;
  readonly #secret: string;
  readonly #dispatcher: Dispatcher;
  readonly #timeoutMs: number;

  constructor(options: SignedDataSourceOptions) {
    const url = new URL(options.url);
    this.url = options.url;
    this.#origin = url.origin;
    this.#path = `${url.pathname}${url.search}`;
    this.#secret = options.secret;
    this.#dispatcher = options.dispatcher;
    this.#timeoutMs = options.timeoutMs;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const internal = (options.context as Partial<GatewayContext>).internal;
    if (!internal) throw new Error('Subgraph request without a caller context');
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const encoded = encodedContextOf(internal);
    const response = await this.#dispatcher.request({
      origin: this.#origin,
      path: this.#path,
      method: 'POST',
      // Replace, never merge: nothing a client sent can end up in the signed context.
      headers: {
        'content-type': 'application/json',
        [CONTEXT_HEADER]: encoded,
        [SIGNATURE_HEADER]: signContext(this.#secret, encoded, body),
        'x-request-id': internal.requestId,
      },
      body,
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    const contentType = headerOf(response.headers, 'content-type');
    const parsed: unknown = isJson(contentType) ? await response.body.json() : await response.body.text();
    if (response.statusCode < 200 || response.statusCode > 299)
      throw this.errorFromResponse(response.statusCode, parsed);
    if (typeof parsed !== 'object' || parsed === null) {
      throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    }
    if ('incomingRequestContext' in options) {
      restrictCachePolicy(
        options.incomingRequestContext.overallCachePolicy,
        headerOf(response.headers, 'cache-control'),
      );
    }
    return parsed as SubgraphResponse;
  }

  /**
   * The error Apollo's RemoteGraphQLDataSource makes of a non-2xx answer, but without its
   * UNAUTHENTICATED/FORBIDDEN codes: the gateway signs every request and enforces smaller limits
   * than a subgraph, so a subgraph refusing one is the gateway's failure, not the client's — it
   * must not tell a client to sign in again. Without a code, formatError logs it with the response
   * (URL, status, body) and the client gets INTERNAL_SERVER_ERROR, as on the WebSocket path
   * (subscriptions/upstream-errors.ts).
   */
  errorFromResponse(status: number, body: unknown): GraphQLError {
    const statusText = STATUS_CODES[status] ?? '';
    return new GraphQLError(`${status}: ${statusText}`, {
      extensions: { response: { url: this.url, status, statusText, body } },
    });
  }
}

/** As RemoteGraphQLDataSource does: a subgraph's Cache-Control caps the whole response's cache policy. */
function restrictCachePolicy(policy: { restrict?: (hint: CacheHint) => void } | undefined, header: string) {
  if (!policy || typeof policy.restrict !== 'function') return;
  const hint: CacheHint = { maxAge: 0 };
  for (const directive of header.split(',')) {
    const [name = '', value = ''] = directive
      .split('=', 2)
      .map((part) => part.trim().toLowerCase().replace(/^"|"$/g, ''));
    if (name === 'max-age' && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    if (name === 'private') hint.scope = 'PRIVATE';
    if (name === 'public') hint.scope = 'PUBLIC';
  }
  policy.restrict(hint);
}
