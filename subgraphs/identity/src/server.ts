import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createSubgraphServer, type SubgraphServer } from '@lotse/kernel/graphql/subgraph-server';
import type { Logger } from '@lotse/kernel/logging';
import { subgraphSdl } from '../../../schema/subgraphs.ts';
import { identityContext } from './context.ts';
import { authenticateRoute } from './modules/authentication/internal-route.ts';
import { resolvers } from './resolvers.ts';

export const identitySchema = () =>
  buildSubgraphSchema([{ typeDefs: parse(subgraphSdl('identity')), resolvers: resolvers as never }]);

/** The identity subgraph: its GraphQL endpoint plus the gateway's private authenticate route. */
export async function createIdentitySubgraph(options: {
  orm: MikroORM;
  secret: string;
  logger: Logger;
  sessionTtlHours: number;
}): Promise<SubgraphServer> {
  const server = await createSubgraphServer({
    name: 'identity',
    schema: identitySchema(),
    orm: options.orm,
    secret: options.secret,
    logger: options.logger,
    extendContext: identityContext(options.sessionTtlHours),
  });
  server.router.use(authenticateRoute(options.orm, options.secret));
  return server;
}
