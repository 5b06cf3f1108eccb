import type pg from 'pg';

/**
 * Generates many tickets in one set-based INSERT … SELECT (demo data, benchmarks): a million rows
 * take seconds, not the hours row-by-row creation would. Numbers continue the entity's sequence
 * and are padded as `formatTicketNumber` pads them: to at least five digits, never truncated.
 */
export interface GenerateTicketsOptions {
  entity: string;
  prefix: string;
  count: number;
  creatorIds: string[];
  assigneeIds: string[];
  /** Tickets are spread evenly over this many days before now. */
  spreadDays: number;
}

export async function generateTickets(client: pg.ClientBase, options: GenerateTicketsOptions): Promise<void> {
  const year = new Date().getUTCFullYear();
  await client.query('begin');
  try {
    const { rows } = await client.query<{ start: number }>(
      `insert into tickets.ticket_number_sequence (entity, year, last_value) values ($1, $2, $3)
       on conflict (entity, year) do update set last_value = ticket_number_sequence.last_value + $3
       returning last_value - $3 as start`,
      [options.entity, year, options.count],
    );
    await client.query(
      `insert into tickets.ticket
         (number, entity, title, description, status, priority, created_by_id, assignee_id, created_at, updated_at)
       select $2 || '-' || $3 || '-' || lpad(($4 + n)::text, greatest(5, length(($4 + n)::text)), '0'),
              $1,
              (array['Login fails after password reset', 'Video does not play', 'Invoice missing',
                     'Kurs lässt sich nicht öffnen', 'App stürzt beim Start ab', 'Refund request'])[1 + n % 6]
                || ' #' || ($4 + n),
              'Generated ticket ' || ($4 + n) || ' for ' || $1 || '.',
              (array['new', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed'])[1 + (n * 7) % 6],
              (array['low', 'medium', 'medium', 'high', 'urgent'])[1 + (n * 3) % 5],
              ($5::uuid[])[1 + n % cardinality($5::uuid[])],
              case when n % 4 = 0 then null else ($6::uuid[])[1 + n % greatest(cardinality($6::uuid[]), 1)] end,
              now() - make_interval(secs => ($7::float8 * 86400 * n) / $8),
              now() - make_interval(secs => ($7::float8 * 86400 * n) / $8)
       from generate_series(1, $8) as n`,
      [
        options.entity,
        options.prefix,
        year,
        rows[0]!.start,
        options.creatorIds,
        options.assigneeIds,
        options.spreadDays,
        options.count,
      ],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
