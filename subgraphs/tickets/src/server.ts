import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ConsumesEvents } from '@lotse/kernel/events/consumer';
import type { EventStream } from '@lotse/kernel/events/event-stream';
import { DateTime } from '@lotse/kernel/graphql/date-time';
import { buildModuleSchema } from '@lotse/kernel/graphql/module-schema';
import { createSubgraphServer, type SubgraphServer } from '@lotse/kernel/graphql/subgraph-server';
import type { Logger } from '@lotse/kernel/logging';
import { subgraphSdl } from '../../../schema/subgraphs.ts';
import { ticketsContext } from './context.ts';
import { notificationWriter } from './modules/notifications/notification-consumer.ts';
import { staffReplica } from './modules/staff/staff-replica.ts';

/** The tickets subgraph's schema: schema/tickets/*.graphql and the resolvers of src/modules. */
export const ticketsSchema = () =>
  buildModuleSchema({
    typeDefs: parse(subgraphSdl('tickets')),
    modulesDir: fileURLToPath(new URL('./modules', import.meta.url)),
    shared: { DateTime },
  });

export async function createTicketsSubgraph(options: {
  orm: MikroORM;
  secret: string;
  logger: Logger;
  events: EventStream;
}): Promise<SubgraphServer & ConsumesEvents> {
  const server = await createSubgraphServer({
    name: 'tickets',
    schema: await ticketsSchema(),
    orm: options.orm,
    secret: options.secret,
    logger: options.logger,
    extendContext: ticketsContext(options.events),
  });
  return { ...server, consumers: [staffReplica, notificationWriter] };
}
