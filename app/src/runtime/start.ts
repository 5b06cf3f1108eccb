import { readFileSync } from 'node:fs';
import express from 'express';
import { fetch } from 'undici';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '@lotse/kernel/config/config';
import { startEventStream, type EventStream } from '@lotse/kernel/events/event-stream';
import { startRelay, type Relay } from '@lotse/kernel/events/relay';
import { startConsumer, type Consumer, type ConsumesEvents } from '@lotse/kernel/events/consumer';
import { logLostConnections } from '@lotse/kernel/db/orm';
import { subgraphHealthPath, subgraphPath, type SubgraphServer } from '@lotse/kernel/graphql/subgraph-server';
import { listen, type UpgradeHandler } from '@lotse/kernel/http/host';
import type { Logger } from '@lotse/kernel/logging';
import { createIdentitySubgraph } from '@lotse/identity/server';
import { authenticatePath } from '@lotse/identity/modules/authentication/internal-route';
import { createTicketsSubgraph } from '@lotse/tickets/server';
import { createGateway, type Gateway } from '@lotse/gateway/server';
import { createSubscriptionServer } from '@lotse/gateway/subscriptions/subscription-server';
import { supergraphPath, type SubgraphName } from '../../../schema/subgraphs.ts';
import { createRequestDrain } from './request-drain.ts';
import { subgraphOrms } from './subgraphs.ts';

/**
 * Starts the parts of Lotse this process runs — everything (`all`), the gateway alone, or one
 * subgraph — on one HTTP server. The same code serves the one-command install and a production
 * deployment with one service per container; only configuration differs.
 */
export interface RunningLotse {
  url: string;
  gateway: Gateway | null;
  subgraphs: Partial<Record<SubgraphName, SubgraphServer>>;
  events: EventStream | null;
  /** Resolves when this process's relays and consumers have handled every event committed so far. */
  caughtUp(): Promise<void>;
  /**
   * Stops in order: refuse new client requests and let those in flight finish, end subscriptions and
   * the GraphQL servers, close the HTTP server, stop consumers, relays and the event stream, close the
   * ORM pools. Stopping the database server, if this process owns one, is the caller's last step.
   */
  stop(): Promise<void>;
}

type HealthCheck = () => Promise<void>;
type Stop = () => Promise<unknown>;

/** How long a stop waits for requests in flight before closing their connections. */
const DRAIN_TIMEOUT_MS = 10_000;

export async function startLotse(options: {
  config: Config;
  databaseUrl: string;
  secret: string;
  logger: Logger;
  port?: number;
}): Promise<RunningLotse> {
  const { config, databaseUrl, secret, logger } = options;
  const role = config.LOTSE_SERVICE;
  const runs = (part: 'gateway' | SubgraphName) => role === 'all' || role === part;

  const app = express();
  app.disable('x-powered-by');
  const requests = createRequestDrain();
  app.use(requests.middleware);
  const upgrades: Record<string, UpgradeHandler> = {};
  const checks: Record<string, HealthCheck> = {};
  const host = await listen(app, upgrades, { host: config.HOST, port: options.port ?? config.PORT });
  const selfUrl = `http://127.0.0.1:${host.port}`;
  app.get('/health', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [
        name,
        await check().then(
          () => 'ok',
          () => 'failing',
        ),
      ]),
    );
    const healthy = results.length > 0 && results.every(([, status]) => status === 'ok');
    res
      .status(healthy ? 200 : 503)
      .json({ status: healthy ? 'ok' : 'unavailable', checks: Object.fromEntries(results) });
  });

  // What stop() ends, by phase; each phase stops its parts in reverse order of start.
  const servers: Stop[] = [];
  const workers: Stop[] = [];
  const orms: MikroORM[] = [];
  const subgraphs: RunningLotse['subgraphs'] = {};
  let events: EventStream | null = null;
  const consumers: Consumer[] = [];
  const relays: Relay[] = [];

  const openSubgraph = async (
    name: SubgraphName,
    build: (orm: MikroORM) => Promise<SubgraphServer & Partial<ConsumesEvents>>,
  ) => {
    const { schema, open } = subgraphOrms[name];
    const orm = await open(databaseUrl);
    orms.push(orm);
    await logLostConnections(orm, logger);
    const relay: Relay = await startRelay({ url: databaseUrl, schema, logger });
    relays.push(relay);
    workers.push(() => relay.stop());
    const server = await build(orm);
    subgraphs[name] = server;
    app.use(server.router);
    upgrades[server.path] = server.handleUpgrade;
    checks[name] = server.checkHealth;
    servers.push(() => server.stop());
    // Only the consumers the subgraph hands over: it owns them and their position in its schema.
    for (const definition of server.consumers ?? []) {
      const consumer = await startConsumer({ ...definition, url: databaseUrl, schema, logger });
      consumers.push(consumer);
      workers.push(() => consumer.stop());
    }
  };

  if (runs('identity')) {
    await openSubgraph('identity', (orm) =>
      createIdentitySubgraph({ orm, secret, logger, sessionTtlHours: config.SESSION_TTL_HOURS }),
    );
  }
  if (runs('tickets')) {
    const stream = await startEventStream(databaseUrl, logger);
    events = stream;
    workers.push(() => stream.stop());
    checks['tickets events'] = async () => {
      if (!stream.connected()) throw new Error('event stream disconnected');
    };
    await openSubgraph('tickets', (orm) => createTicketsSubgraph({ orm, secret, logger, events: stream }));
  }

  let gateway: Gateway | null = null;
  if (runs('gateway')) {
    const urlOf = (name: SubgraphName, configured: string | undefined) =>
      configured ?? `${selfUrl}${subgraphPath(name)}`;
    const subgraphUrls = {
      identity: urlOf('identity', config.IDENTITY_URL),
      tickets: urlOf('tickets', config.TICKETS_URL),
    };
    const supergraphSdl = readFileSync(supergraphPath, 'utf8');
    gateway = await createGateway({
      production: config.NODE_ENV === 'production',
      secret,
      supergraphSdl,
      subgraphUrls,
      authenticateUrl: new URL(authenticatePath, subgraphUrls.identity).toString(),
      timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      trustedProxyHops: config.TRUSTED_PROXY_HOPS,
      metricsToken: config.LOTSE_METRICS_TOKEN,
      logger,
    });
    app.use(gateway.router);
    servers.push(() => gateway!.stop());
    const subscriptions = createSubscriptionServer({
      gateway,
      supergraphSdl,
      subgraphUrls,
      secret,
      production: config.NODE_ENV === 'production',
      logger,
    });
    upgrades['/graphql'] = requests.guardUpgrade(subscriptions.handleUpgrade);
    // Client subscriptions end before the gateway and the subgraphs they reach stop.
    servers.push(() => subscriptions.stop());
    for (const [name, url] of Object.entries(subgraphUrls)) {
      checks[`gateway→${name}`] = async () => {
        const response = await fetch(new URL(subgraphHealthPath(name), url), {
          signal: AbortSignal.timeout(2000),
        });
        if (!response.ok) throw new Error(`${name} answered ${response.status}`);
      };
    }
  }

  return {
    url: host.url,
    gateway,
    subgraphs,
    events,
    caughtUp: async () => {
      for (const relay of relays) await relay.flushed();
      for (const consumer of consumers) await consumer.caughtUp();
    },
    async stop() {
      await requests.drain(DRAIN_TIMEOUT_MS);
      for (const stop of servers.reverse()) await stop();
      await host.close();
      for (const stop of workers.reverse()) await stop();
      for (const orm of orms) await orm.close();
    },
  };
}
