import type pg from 'pg';
import { PAGE_SQL } from './page.ts';

/** The page query's actual plan at the current size: which index it walks and what it costs. */
export interface PlanSummary {
  plan: string;
  /** The index scan nodes, e.g. `Index Scan using ticket_entity_status_newest on ticket t0`. */
  scans: string[];
  executionMs: number;
  sharedHit: number;
  sharedRead: number;
}

export async function explainPage(client: pg.ClientBase): Promise<PlanSummary> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>({
    text: `explain (analyze, buffers) ${PAGE_SQL.text}`,
    values: PAGE_SQL.values,
  });
  const lines = rows.map((row) => row['QUERY PLAN']);
  const plan = lines.join('\n');
  const buffers = /shared hit=(\d+)(?: read=(\d+))?/.exec(plan);
  return {
    plan,
    scans: lines.filter((line) => /Scan/.test(line)).map((line) => line.replace(/^[\s>-]+/, '').replace(/\s+\(cost.*$/, '')),
    executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN),
    sharedHit: Number(buffers?.[1] ?? 0),
    sharedRead: Number(buffers?.[2] ?? 0),
  };
}
