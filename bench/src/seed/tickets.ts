import type pg from 'pg';
import { generateTickets } from '@lotse/tickets/seed/generate-tickets';

/**
 * Grows the ticket table to a target size in chunks of `generateTickets` (one set-based
 * INSERT … SELECT each), split evenly across the entities, with a progress line per chunk.
 */
export interface GrowOptions {
  entities: readonly { code: string; prefix: string }[];
  people: Record<string, { creatorIds: string[]; assigneeIds: string[] }>;
  /** Tickets are spread evenly over this many days before now. */
  spreadDays: number;
  chunk: number;
  log: (line: string) => void;
}

export async function ticketCount(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: string }>('select count(*) as n from tickets.ticket');
  return Number(rows[0]!.n);
}

export async function growTickets(client: pg.ClientBase, target: number, options: GrowOptions): Promise<void> {
  const start = await ticketCount(client);
  const missing = target - start;
  if (missing <= 0) return;
  const began = performance.now();
  const perEntity = options.entities.map((_, i) => Math.floor(missing / options.entities.length) + (i < missing % options.entities.length ? 1 : 0));
  let done = 0;
  const remaining = [...perEntity];
  while (remaining.some((n) => n > 0)) {
    for (const [i, entity] of options.entities.entries()) {
      const count = Math.min(options.chunk, remaining[i]!);
      if (count === 0) continue;
      const people = options.people[entity.code]!;
      await generateTickets(client, { entity: entity.code, prefix: entity.prefix, count, spreadDays: options.spreadDays, ...people });
      remaining[i]! -= count;
      done += count;
      const seconds = (performance.now() - began) / 1000;
      options.log(
        `  seeded ${(start + done).toLocaleString('en')} / ${target.toLocaleString('en')} tickets` +
          ` (${Math.round(done / seconds).toLocaleString('en')} rows/s)`,
      );
    }
  }
  options.log('  vacuum analyze …');
  // What autovacuum would have done by then: fresh statistics and a visibility map.
  await client.query('vacuum (analyze) tickets.ticket');
}
