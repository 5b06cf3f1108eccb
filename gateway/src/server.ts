import express, { type Router } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import { Agent } from 'undici';
import type { IncomingMessage } from 'node:http';
import { CONTEXT_TTL_MS } from '@lotse/kernel/context/signing';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { formatError } from '@lotse/kernel/graphql/format-error';
import { httpErrorHandler } from '@lotse/kernel/http/error-handler';
import type { Logger } from '@lotse/kernel/logging';
import { createAuthenticator, type Authenticator } from './auth/authenticator.ts';
import { bearerToken, requestIdFrom } from './auth/bearer.ts';
import { clientIpOf } from './auth/client-ip.ts';
import { explorerRouter } from './explorer/explorer.ts';
import type { GatewayContext } from './gateway-context.ts';
import { createArmor, parseOptions } from './limits/armor.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { metricsRoute } from './observability/metrics-route.ts';
import { requestLogPlugin } from './observability/request-log.ts';
import { SignedDataSource } from './federation/signed-data-source.ts';

export interface GatewayOptions {
  production: boolean;
  secret: string;
  supergraphSdl: string;
  /** Where each subgraph's GraphQL endpoint is, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Identity's private authenticate route. */
  authenticateUrl: string;
  timeoutMs: number;
  /** How many reverse proxies in front of the gateway append to X-Forwarded-For (see auth/client-ip.ts). */
  trustedProxyHops: number;
  /** Bearer token a Prometheus scraper must present at /metrics (see observability/metrics-route.ts). */
  metricsToken?: string;
  logger: Logger;
}

export interface Gateway {
  router: Router;
  apollo: ApolloServer<GatewayContext>;
  authenticator: Authenticator;
  metrics: Metrics;
  /** Builds the signed internal context for a request or WebSocket connection. */
  contextFor(request: IncomingMessage, token: string | null): Promise<InternalContext>;
  stop(): Promise<void>;
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { production, logger } = options;
  // One keep-alive pool for all subgraph traffic: connection setup is the gateway's biggest avoidable cost.
  const dispatcher = new Agent({ connections: 128, keepAliveTimeout: 30_000, pipelining: 1 });
  const authenticator = createAuthenticator({
    authenticateUrl: options.authenticateUrl,
    secret: options.secret,
    dispatcher,
    timeoutMs: options.timeoutMs,
  });
  const metrics = createMetrics();
  const armor = createArmor(production);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new SignedDataSource({ url, secret: options.secret, dispatcher, timeoutMs: options.timeoutMs });
    },
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    csrfPrevention: true,
    // Lotse stops its servers in order on a signal (app/src/runtime/start.ts), not Apollo.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    validationRules: armor.validationRules,
    parseOptions,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      metrics.plugin,
      requestLogPlugin(logger, { production }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const contextFor = async (request: IncomingMessage, token: string | null): Promise<InternalContext> => {
    const { principal, entities } = await authenticator.authenticate(token);
    return {
      requestId: requestIdFrom(request.headers),
      principal,
      entities,
      clientIp: clientIpOf(request, options.trustedProxyHops),
      exp: Date.now() + CONTEXT_TTL_MS,
    };
  };

  const router = express.Router();
  router.get('/metrics', metricsRoute(metrics, { token: options.metricsToken, production }));
  if (!production) {
    router.use(explorerRouter());
    router.get('/graphql', (req, res, next) => (req.accepts('html') ? res.redirect('/explorer') : next()));
  }
  router.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        internal: await contextFor(req, bearerToken(req.headers.authorization)),
      }),
    }),
  );
  router.use(httpErrorHandler(logger));

  return {
    router,
    apollo,
    authenticator,
    metrics,
    contextFor,
    async stop() {
      await apollo.stop();
      await dispatcher.close();
    },
  };
}
