import express, { type Router } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { InternalContext } from '../context/principal.ts';
import { verifySignedContext } from '../context/signing.ts';
import { httpErrorHandler } from '../http/error-handler.ts';
import {
  signedJsonBody,
  subscriptionSigningBody,
  verifyRequest,
  WS_UPGRADE_BODY,
  type SignedRequest,
} from '../http/signed-request.ts';
import type { Logger } from '../logging.ts';
import { formatError } from './format-error.ts';
import { rejectNulCharacters } from './reject-nul.ts';
import { baseContext, type SubgraphContext } from './subgraph-context.ts';

/**
 * Builds one subgraph's HTTP and WebSocket endpoints. Both refuse anything the gateway did not sign:
 * HTTP with a 401 before the body is read (headers) or parsed (HMAC), WebSocket at the upgrade and
 * again for every subscription, whose caller context travels signed in the subscribe message's
 * extensions. Errors leave both the same way, through formatError.
 */
export interface SubgraphServerOptions<C extends SubgraphContext> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  secret: string;
  logger: Logger;
  extendContext: (base: SubgraphContext) => C;
  /** Largest accepted request body; the gateway enforces its own, smaller limits first. */
  bodyLimit?: string;
}

export interface SubgraphServer {
  name: string;
  path: string;
  router: Router;
  /** Accepts a WebSocket upgrade only with a valid gateway signature; anything else gets a 401. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  checkHealth(): Promise<void>;
  stop(): Promise<void>;
}

/** The codes Apollo gives parse and validation errors on HTTP; formatError lets only coded errors through. */
const withCode = (errors: readonly GraphQLError[], code: string) =>
  errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { code },
      }),
  );

export const subgraphPath = (name: string) => `/subgraphs/${name}/graphql`;
export const subgraphHealthPath = (name: string) => `/subgraphs/${name}/health`;

export async function createSubgraphServer<C extends SubgraphContext>(
  options: SubgraphServerOptions<C>,
): Promise<SubgraphServer> {
  const { orm, secret, logger, schema } = options;
  const contextFor = (internal: InternalContext) =>
    options.extendContext(baseContext(internal, orm.em, logger));

  const format = formatError(logger);
  const apollo = new ApolloServer<C>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Lotse stops its servers in order on a signal (app/src/runtime/start.ts), not Apollo.
    stopOnTerminationSignals: false,
    formatError: format,
    // Traces would leak timing and field details to callers; metrics live at the gateway.
    plugins: [ApolloServerPluginInlineTraceDisabled(), rejectNulCharacters],
  });
  await apollo.start();

  const router = express.Router();
  const checkHealth = async () => {
    await orm.em.getConnection().execute('select 1');
  };
  // Unsigned on purpose: load balancers probe it; it reveals nothing but up or down.
  router.get(subgraphHealthPath(options.name), async (_req, res) => {
    try {
      await checkHealth();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  router.post(
    subgraphPath(options.name),
    ...signedJsonBody(secret, options.bodyLimit ?? '2mb'),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor((req as SignedRequest).internalContext!),
    }),
  );
  router.use(httpErrorHandler(logger));

  const webSocketServer = new WebSocketServer({ noServer: true });
  const unauthorized = [new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHENTICATED' } })];
  // graphql-ws would send every error as it is (error.toJSON()): an unexpected one with its message.
  const formatted = (errors: readonly GraphQLError[]) => errors.map((error) => format(error.toJSON(), error));
  const wsCleanup = useServer(
    {
      schema,
      // One gateway connection carries many callers' subscriptions: each brings its own signed context.
      onSubscribe: async (_ctx, _id, payload) => {
        const extensions = (payload.extensions ?? {}) as Record<string, string | undefined>;
        const verified = verifySignedContext(
          secret,
          extensions.lotseContext,
          extensions.lotseSignature,
          subscriptionSigningBody(payload),
        );
        if (!verified.ok) return unauthorized;
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return withCode([error as GraphQLError], 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(schema, document);
        if (errors.length) return withCode(errors, 'GRAPHQL_VALIDATION_FAILED');
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: contextFor(verified.context),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatted(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => formatted(errors),
    },
    webSocketServer,
  );

  return {
    name: options.name,
    path: subgraphPath(options.name),
    router,
    handleUpgrade(request, socket, head) {
      if (!verifyRequest(secret, request, WS_UPGRADE_BODY).ok) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      webSocketServer.handleUpgrade(request, socket, head, (ws) =>
        webSocketServer.emit('connection', ws, request),
      );
    },
    checkHealth,
    async stop() {
      await wsCleanup.dispose();
      webSocketServer.close();
      await apollo.stop();
    },
  };
}
