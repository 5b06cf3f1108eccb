import type { MikroORM } from '@mikro-orm/postgresql';
import { migrateSubgraph } from '@lotse/kernel/db/orm';
import { migrateBus } from '@lotse/kernel/events/bus';
import { createIdentityOrm, SCHEMA as IDENTITY } from '@lotse/identity/persistence';
import { createTicketsOrm, SCHEMA as TICKETS } from '@lotse/tickets/persistence';
import type { SubgraphName } from '../../../schema/subgraphs.ts';

/** How to open each subgraph's ORM; the single list the launcher, the migrate CLI and the tests share. */
export const subgraphOrms: Record<SubgraphName, { schema: string; open: (url: string, poolSize?: number) => Promise<MikroORM> }> = {
  identity: { schema: IDENTITY, open: createIdentityOrm },
  tickets: { schema: TICKETS, open: createTicketsOrm },
};

/** Creates the event bus and applies every subgraph's pending migrations; returns the names applied, by subgraph. */
export async function migrateAll(url: string): Promise<Record<string, string[]>> {
  await migrateBus(url);
  const applied: Record<string, string[]> = {};
  for (const [name, { schema, open }] of Object.entries(subgraphOrms)) {
    const orm = await open(url, 2);
    try {
      applied[name] = await migrateSubgraph(orm, schema);
    } finally {
      await orm.close();
    }
  }
  return applied;
}
