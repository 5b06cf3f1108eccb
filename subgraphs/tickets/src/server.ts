import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventStream } from '@lotse/kernel/events/event-stream';
import { createSubgraphServer, type SubgraphServer } from '@lotse/kernel/graphql/subgraph-server';
import type { Logger } from '@lotse/kernel/logging';
import { subgraphSdl } from '../../../schema/subgraphs.ts';
import { ticketsContext } from './context.ts';
import { resolvers } from './resolvers.ts';

export const ticketsSchema = () => buildSubgraphSchema([{ typeDefs: parse(subgraphSdl('tickets')), resolvers: resolvers as never }]);

export async function createTicketsSubgraph(options: {
  orm: MikroORM;
  secret: string;
  logger: Logger;
  events: EventStream;
}): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: 'tickets',
    schema: ticketsSchema(),
    orm: options.orm,
    secret: options.secret,
    logger: options.logger,
    extendContext: ticketsContext(options.events),
  });
}
