import { formatSize, type PathName } from './options.ts';
import type { PlanSummary } from './explain.ts';
import type { Measurement } from './load/protocol.ts';
import { median } from './stats.ts';

/**
 * Turns the runs into the tables of docs/benchmarks.md: per size and concurrency the median
 * req/s, p50 and p99 of each path, and the throughput ratios gateway/subgraph and subgraph/SQL.
 */
export interface Run extends Measurement {
  /** CPU the Lotse process used, ms per request (0 for SQL: Lotse is idle then). */
  serverCpuMsPerRequest: number;
  /** Share of the whole machine busy during the run (all processes, ours included). */
  machineBusy: number;
}

export interface Summary {
  runs: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  firstError: string | null;
  serverCpuMsPerRequest: number;
  loadCpuMsPerRequest: number;
  machineBusy: number;
}

export interface SizeResult {
  size: number;
  seedSeconds: number;
  plan: PlanSummary | null;
  cells: { concurrency: number; paths: Partial<Record<PathName, Summary>> }[];
}

export function summarize(runs: Run[]): Summary {
  return {
    runs: runs.length,
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    firstError: runs.find((run) => run.firstError)?.firstError ?? null,
    serverCpuMsPerRequest: median(runs.map((run) => run.serverCpuMsPerRequest)),
    loadCpuMsPerRequest: median(runs.map((run) => run.loadCpuMsPerRequest)),
    machineBusy: median(runs.map((run) => run.machineBusy)),
  };
}

const num = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '–');
const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : '–');
const pct = (a: Summary | undefined, b: Summary | undefined) => (a && b ? `${Math.round((100 * a.rps) / b.rps)}%` : '–');
const cell = (summary: Summary | undefined) =>
  summary ? [num(summary.rps), `${ms(summary.p50)} / ${ms(summary.p99)}`] : ['–', '–'];

export function resultsTable(results: SizeResult[]): string {
  const header =
    '| tickets | clients | gateway req/s | gateway p50 / p99 ms | subgraph req/s | subgraph p50 / p99 ms | SQL req/s | SQL p50 / p99 ms | gateway/subgraph | subgraph/SQL |';
  const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.flatMap((result) =>
    result.cells.map(({ concurrency, paths }) =>
      [
        formatSize(result.size),
        String(concurrency),
        ...cell(paths.gateway),
        ...cell(paths.subgraph),
        ...cell(paths.sql),
        pct(paths.gateway, paths.subgraph),
        pct(paths.subgraph, paths.sql),
      ].join(' | '),
    ),
  );
  return [header, rule, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** Where the time goes: CPU per request in the Lotse process (noise-robust), and how busy the machine was. */
export function cpuTable(results: SizeResult[]): string {
  const rows = results.flatMap((result) =>
    result.cells.map(({ concurrency, paths }) => {
      const g = paths.gateway;
      const s = paths.subgraph;
      return [
        formatSize(result.size),
        String(concurrency),
        g ? ms(g.serverCpuMsPerRequest) : '–',
        s ? ms(s.serverCpuMsPerRequest) : '–',
        g && s ? ms(g.serverCpuMsPerRequest - s.serverCpuMsPerRequest) : '–',
        ...(['gateway', 'subgraph', 'sql'] as const).map((path) => (paths[path] ? `${Math.round(paths[path].machineBusy * 100)}%` : '–')),
      ].join(' | ');
    }),
  );
  return [
    '| tickets | clients | Lotse CPU ms/req, via gateway | Lotse CPU ms/req, direct to subgraph | added by the gateway | machine busy, gateway runs | subgraph runs | SQL runs |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

export function plansTable(results: SizeResult[]): string {
  const rows = results
    .filter((result) => result.plan)
    .map((result) => {
      const plan = result.plan!;
      return `| ${formatSize(result.size)} | ${result.seedSeconds.toFixed(1)} s | ${plan.scans.join('; ')} | ${plan.executionMs.toFixed(3)} ms | ${plan.sharedHit} / ${plan.sharedRead} |`;
    });
  return [
    '| tickets | seeding | page query plan (EXPLAIN ANALYZE, once after seeding) | execution | buffers hit / read |',
    '|---:|---:|---|---:|---:|',
    ...rows,
  ].join('\n');
}

export function errorsNote(results: SizeResult[]): string {
  const lines = results.flatMap((result) =>
    result.cells.flatMap(({ concurrency, paths }) =>
      Object.entries(paths)
        .filter(([, summary]) => summary.errors > 0)
        .map(([path, summary]) => `- ${formatSize(result.size)}, ${concurrency} clients, ${path}: ${summary.errors} errors (first: ${summary.firstError})`),
    ),
  );
  return lines.length ? `Errors:\n${lines.join('\n')}` : 'No request failed.';
}
