import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DateTime } from '@lotse/kernel/graphql/date-time';
import { buildModuleSchema } from '@lotse/kernel/graphql/module-schema';
import { createSubgraphServer, type SubgraphServer } from '@lotse/kernel/graphql/subgraph-server';
import type { Logger } from '@lotse/kernel/logging';
import { subgraphSdl } from '../../../schema/subgraphs.ts';
import { identityContext } from './context.ts';
import { authenticateRoute } from './modules/authentication/internal-route.ts';

/** The identity subgraph's schema: schema/identity/*.graphql and the resolvers of src/modules. */
export const identitySchema = () =>
  buildModuleSchema({
    typeDefs: parse(subgraphSdl('identity')),
    modulesDir: fileURLToPath(new URL('./modules', import.meta.url)),
    shared: { DateTime },
  });

/** The identity subgraph: its GraphQL endpoint plus the gateway's private authenticate route. */
export async function createIdentitySubgraph(options: {
  orm: MikroORM;
  secret: string;
  logger: Logger;
  sessionTtlHours: number;
}): Promise<SubgraphServer> {
  const server = await createSubgraphServer({
    name: 'identity',
    schema: await identitySchema(),
    orm: options.orm,
    secret: options.secret,
    logger: options.logger,
    extendContext: identityContext(options.sessionTtlHours),
  });
  server.router.use(authenticateRoute(options.orm, options.secret, options.logger));
  return server;
}
