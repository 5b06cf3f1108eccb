import { readFileSync } from 'node:fs';
import express from 'express';
import { fetch } from 'undici';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '@lotse/kernel/config/config';
import { startEventStream, type EventStream } from '@lotse/kernel/events/event-stream';
import { startRelay, type Relay } from '@lotse/kernel/events/relay';
import { startConsumer, type Consumer } from '@lotse/kernel/events/consumer';
import { staffReplicaHandlers } from '@lotse/tickets/modules/staff/staff-replica';
import { subgraphHealthPath, subgraphPath, type SubgraphServer } from '@lotse/kernel/graphql/subgraph-server';
import { listen, type UpgradeHandler } from '@lotse/kernel/http/host';
import type { Logger } from '@lotse/kernel/logging';
import { createIdentitySubgraph } from '@lotse/identity/server';
import { authenticatePath } from '@lotse/identity/modules/authentication/internal-route';
import { createTicketsSubgraph } from '@lotse/tickets/server';
import { createGateway, type Gateway } from '@lotse/gateway/server';
import { createSubscriptionServer } from '@lotse/gateway/subscriptions/subscription-server';
import { supergraphPath, type SubgraphName } from '../../../schema/subgraphs.ts';
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
  stop(): Promise<void>;
}

type HealthCheck = () => Promise<void>;

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
  const upgrades: Record<string, UpgradeHandler> = {};
  const checks: Record<string, HealthCheck> = {};
  const host = await listen(app, upgrades, { host: config.HOST, port: options.port ?? config.PORT });
  const selfUrl = `http://127.0.0.1:${host.port}`;
  app.get('/health', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, await check().then(() => 'ok', () => 'failing')]),
    );
    const healthy = results.length > 0 && results.every(([, status]) => status === 'ok');
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unavailable', checks: Object.fromEntries(results) });
  });

  const closers: (() => Promise<unknown>)[] = [];
  const orms: MikroORM[] = [];
  const subgraphs: RunningLotse['subgraphs'] = {};
  let events: EventStream | null = null;
  const consumers: Consumer[] = [];
  const relays: Relay[] = [];

  const openSubgraph = async (name: SubgraphName, build: (orm: MikroORM) => Promise<SubgraphServer>) => {
    const { schema, open } = subgraphOrms[name];
    const orm = await open(databaseUrl);
    orms.push(orm);
    const relay: Relay = await startRelay({ url: databaseUrl, schema, logger });
    relays.push(relay);
    closers.push(() => relay.stop());
    const server = await build(orm);
    subgraphs[name] = server;
    app.use(server.router);
    upgrades[server.path] = server.handleUpgrade;
    checks[name] = server.checkHealth;
    closers.push(() => server.stop());
  };

  if (runs('identity')) {
    await openSubgraph('identity', (orm) =>
      createIdentitySubgraph({ orm, secret, logger, sessionTtlHours: config.SESSION_TTL_HOURS }),
    );
  }
  if (runs('tickets')) {
    events = await startEventStream(databaseUrl, logger);
    closers.push(() => events!.stop());
    checks['tickets events'] = async () => {
      if (!events!.connected()) throw new Error('event stream disconnected');
    };
    await openSubgraph('tickets', (orm) => createTicketsSubgraph({ orm, secret, logger, events: events! }));
    const staffReplica = await startConsumer({
      url: databaseUrl,
      schema: subgraphOrms.tickets.schema,
      name: 'staff-replica',
      handlers: staffReplicaHandlers,
      logger,
    });
    consumers.push(staffReplica);
    closers.push(() => staffReplica.stop());
  }

  let gateway: Gateway | null = null;
  if (runs('gateway')) {
    const urlOf = (name: SubgraphName, configured: string | undefined) => configured ?? `${selfUrl}${subgraphPath(name)}`;
    const subgraphUrls = { identity: urlOf('identity', config.IDENTITY_URL), tickets: urlOf('tickets', config.TICKETS_URL) };
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
    closers.push(() => gateway!.stop());
    const subscriptions = createSubscriptionServer({
      gateway,
      supergraphSdl,
      subgraphUrls,
      secret,
      production: config.NODE_ENV === 'production',
      logger,
    });
    upgrades['/graphql'] = subscriptions.handleUpgrade;
    // Closers run in reverse: client subscriptions end before the gateway and subgraphs stop.
    closers.push(() => subscriptions.stop());
    for (const [name, url] of Object.entries(subgraphUrls)) {
      checks[`gateway→${name}`] = async () => {
        const response = await fetch(new URL(subgraphHealthPath(name), url), { signal: AbortSignal.timeout(2000) });
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
      await host.close();
      for (const close of closers.reverse()) await close();
      for (const orm of orms) await orm.close();
    },
  };
}
