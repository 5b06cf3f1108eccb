import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Allocates the next number for an entity and year, e.g. `KA-2026-00001`. The upsert takes a row
 * lock on (entity, year), so concurrent creators queue for a moment and never share a number; the
 * number is part of the creating transaction, so a rolled-back ticket gives its number back.
 */
export async function nextTicketNumber(tx: EntityManager, entity: string, prefix: string, now = new Date()) {
  const year = now.getUTCFullYear();
  const [row] = await tx.execute<{ last_value: number }[]>(
    `insert into tickets.ticket_number_sequence (entity, year, last_value) values (?, ?, 1)
     on conflict (entity, year) do update set last_value = ticket_number_sequence.last_value + 1
     returning last_value`,
    [entity, year],
  );
  return formatTicketNumber(prefix, year, row!.last_value);
}

export const formatTicketNumber = (prefix: string, year: number, sequence: number) =>
  `${prefix}-${year}-${String(sequence).padStart(5, '0')}`;
