import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import {
  CloseCode,
  type ConnectionInitMessage,
  type Context,
  type OperationResult,
  type SubscribePayload,
} from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { unauthenticated } from '@lotse/kernel/errors';
import { formatError, toClientError } from '@lotse/kernel/graphql/format-error';
import type { Logger } from '@lotse/kernel/logging';
import { bearerToken } from '../auth/bearer.ts';
import type { Gateway } from '../server.ts';
import { createEntityLoader } from './entity-loader.ts';
import { executeEvent } from './event-execution.ts';
import {
  federatedSubscription,
  SubscriptionEnded,
  type SubscriptionLimits,
} from './federated-subscription.ts';
import { gatewayExecutor } from './gateway-executor.ts';
import { createOperationCheck } from './operation-check.ts';
import { buildSubscriptionCatalog } from './subscription-catalog.ts';
import { upstreamRequest } from './upstream-document.ts';
import { createUpstreamPool } from './upstream-pool.ts';

/**
 * The gateway's graphql-ws endpoint on `/graphql`. @apollo/gateway cannot run subscriptions, so
 * this server authenticates the connection, checks each operation against the API schema with the
 * HTTP limits, forwards subscriptions to the owning subgraph (entity keys only) and completes each
 * event's selection through the gateway's executor as the subscriber is at that moment. Queries and
 * mutations sent over the socket go through the gateway's executor as they would over HTTP.
 */
export interface SubscriptionServerOptions {
  gateway: Pick<Gateway, 'apollo' | 'contextFor' | 'metrics'>;
  supergraphSdl: string;
  /** Each subgraph's HTTP GraphQL URL, by name (the same map the gateway gets). */
  subgraphUrls: Record<string, string>;
  secret: string;
  production: boolean;
  logger: Logger;
  limits?: Partial<SubscriptionLimits & { operationsPerConnection: number; messageBytes: number }>;
}

export interface SubscriptionServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  stop(): Promise<void>;
}

/** Per-connection state, kept on graphql-ws's `extra`. */
type Connection = {
  token: string;
  revoked: boolean;
};
type ConnectionContext = Context<ConnectionInitMessage['payload'], Extra & Partial<Connection>>;

/** What onSubscribe prepared; graphql-ws passes it back to `subscribe`/`execute` as the context value. */
interface Prepared {
  run(): OperationResult;
}
const prepared = (run: () => OperationResult): Prepared => ({ run });
const runPrepared = (args: { contextValue?: unknown }) => (args.contextValue as Prepared).run();

const refused = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

export function createSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { gateway, logger, production } = options;
  const catalog = buildSubscriptionCatalog(options.supergraphSdl);
  for (const field of catalog.fields.values()) {
    if (!options.subgraphUrls[field.subgraph])
      throw new Error(`No URL configured for subgraph "${field.subgraph}" (Subscription.${field.name})`);
  }
  const check = createOperationCheck(catalog.apiSchema, production);
  const execute = gatewayExecutor(gateway.apollo);
  const pool = createUpstreamPool({ subgraphUrls: options.subgraphUrls, secret: options.secret, logger });
  const operationsPerConnection = options.limits?.operationsPerConnection ?? 100;
  const format = formatError(logger);
  // Our own GraphQLErrors and upstream ones get formatError's whole treatment. Results from the
  // gateway's executor come formatted already; they still go through the same allow-list.
  const formatted = (error: GraphQLError | GraphQLFormattedError) =>
    error instanceof GraphQLError ? format(error.toJSON(), error) : toClientError(error);

  /** The connection's subscriber as they are now; null once the credential is revoked or expired. */
  const currentSubscriber = async (ctx: ConnectionContext): Promise<InternalContext | null> => {
    const internal = await gateway.contextFor(ctx.extra.request, ctx.extra.token ?? null);
    return internal.principal.kind === 'anonymous' ? null : internal;
  };
  const closeRevoked = (ctx: ConnectionContext) =>
    ctx.extra.socket.close(CloseCode.Forbidden, 'Credential no longer valid');

  const webSocketServer = new WebSocketServer({
    noServer: true,
    maxPayload: options.limits?.messageBytes ?? 256 * 1024,
  });
  const cleanup = useServer<ConnectionInitMessage['payload'], Connection>(
    {
      isProd: production,
      onConnect: async (ctx) => {
        const given = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const token =
          bearerToken(typeof given === 'string' ? given : undefined) ??
          bearerToken(ctx.extra.request.headers.authorization);
        if (!token) return false;
        ctx.extra.token = token;
        try {
          if (await currentSubscriber(ctx)) return true;
        } catch (error) {
          // Identity is unreachable: say "try again", not "forbidden", so that clients retry.
          logger.error({ err: error }, 'could not authenticate a WebSocket connection');
          ctx.extra.socket.close(1013, 'Try again later');
        }
        return false;
      },

      onSubscribe: async (ctx, _id, payload: SubscribePayload) => {
        if (Object.keys(ctx.subscriptions).length > operationsPerConnection) {
          return refused(
            `At most ${operationsPerConnection} operations may run on one connection.`,
            'BAD_REQUEST',
          );
        }
        const checked = check(payload);
        if (!checked.ok) return checked.errors;
        let subscriber: InternalContext | null;
        try {
          subscriber = await currentSubscriber(ctx);
        } catch (error) {
          logger.error({ err: error }, 'could not re-authenticate a WebSocket subscriber');
          return refused('Could not verify the session; try again.', 'INTERNAL_SERVER_ERROR');
        }
        if (!subscriber) {
          ctx.extra.revoked = true;
          setImmediate(() => closeRevoked(ctx)); // after the error below has been sent
          return [unauthenticated('Your session has ended; sign in again.')];
        }
        const { document, operation, rootField } = checked.value;
        const operationName = payload.operationName ?? undefined;
        const variables = payload.variables ?? undefined;
        const args = { schema: catalog.apiSchema, document, operationName, variableValues: variables };

        if (operation.operation !== 'subscription') {
          const request = { query: payload.query, variables, operationName };
          // The executor returns formatted errors; `formatted` (in onNext) takes those too, hence the cast.
          return {
            ...args,
            contextValue: prepared(
              async () => (await execute(request, subscriber)) as unknown as ExecutionResult,
            ),
          };
        }

        const field = rootField ? catalog.fields.get(rootField) : undefined;
        if (!field)
          return refused(`No subgraph serves Subscription.${rootField}.`, 'GRAPHQL_VALIDATION_FAILED');
        const loadEntity = createEntityLoader(execute, catalog.apiSchema);
        const eventOperation = {
          schema: catalog.apiSchema,
          document,
          operationName,
          variables,
          entities: field.entities,
          loadEntity,
        };
        return {
          ...args,
          contextValue: prepared(() => {
            gateway.metrics.subscriptions.inc();
            return federatedSubscription({
              pool,
              subgraph: field.subgraph,
              request: upstreamRequest({
                schema: catalog.apiSchema,
                document,
                operation,
                entities: field.entities,
                variables,
              }),
              subscriber,
              reauthenticate: () => currentSubscriber(ctx),
              deliver: (event, now) => executeEvent(eventOperation, event, now),
              onRevoked: () => (ctx.extra.revoked = true),
              logger,
              limits: options.limits,
            });
          }),
        };
      },
      subscribe: runPrepared,
      execute: runPrepared,

      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatted) } : undefined,
      // A subscription that ended with several errors (SubscriptionEnded) reports all of them.
      onError: (_ctx, _id, _payload, errors) =>
        errors
          .flatMap((error) =>
            error.originalError instanceof SubscriptionEnded ? error.originalError.errors : [error],
          )
          .map(formatted),
      // Runs after a revoked subscription's UNAUTHENTICATED error went out: the connection's
      // credential is dead, so its other subscriptions end too.
      onComplete: (ctx) => {
        if (ctx.extra.revoked) closeRevoked(ctx);
      },
    },
    webSocketServer,
  );

  return {
    handleUpgrade(request, socket, head) {
      webSocketServer.handleUpgrade(request, socket, head, (ws) =>
        webSocketServer.emit('connection', ws, request),
      );
    },
    async stop() {
      await cleanup.dispose();
      await pool.dispose();
    },
  };
}
