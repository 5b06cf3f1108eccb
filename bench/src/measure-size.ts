import type { LoadGenerator } from './load/load-generator.ts';
import { busyShare, cpuSnapshot, waitForQuiet } from './machine.ts';
import { formatSize, type BenchOptions, type PathName } from './options.ts';
import type { Profiler } from './profiler.ts';
import { summarize, type Run, type SizeResult } from './report.ts';

/** One measured run, with the Lotse process's CPU per request and the machine's load during it. */
async function measureRun(load: LoadGenerator, path: PathName, concurrency: number, durationMs: number): Promise<Run> {
  const machine = cpuSnapshot();
  const cpu = process.cpuUsage();
  const result = await load.measure(path, concurrency, durationMs);
  const used = process.cpuUsage(cpu);
  return {
    ...result,
    serverCpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, result.requests),
    machineBusy: busyShare(machine, cpuSnapshot()),
  };
}

/**
 * Measures one size: per concurrency a warm-up of every path, then the runs, interleaved. The
 * Lotse process is this one, so its CPU per request is read here; the machine's load is recorded
 * with every run.
 */
export async function measureSize(
  load: LoadGenerator,
  options: BenchOptions,
  size: number,
  profiler: Profiler,
  say: (line: string) => void,
): Promise<SizeResult['cells']> {
  const cells: SizeResult['cells'] = [];
  for (const concurrency of options.concurrency) {
    const runs = new Map<PathName, Run[]>(options.paths.map((path) => [path, []]));
    if (options.warmupMs > 0) for (const path of options.paths) await load.measure(path, concurrency, options.warmupMs);
    // Runs are interleaved (g s q g s q …) so that a noisy moment hits every path alike.
    for (let run = 1; run <= options.runs; run += 1) {
      for (const path of options.paths) {
        await waitForQuiet(options.quietWaitMs, options.quietThreshold, say);
        const name = `${formatSize(size)}-${concurrency}-${path}-${run}`;
        const result = await profiler.around(name, () => measureRun(load, path, concurrency, options.durationMs));
        runs.get(path)!.push(result);
        say(
          `  ${formatSize(size)} · ${concurrency} clients · ${path.padEnd(8)} run ${run}/${options.runs}: ` +
            `${Math.round(result.rps)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, ` +
            `server CPU ${result.serverCpuMsPerRequest.toFixed(2)} ms/req, load CPU ${result.loadCpuMsPerRequest.toFixed(2)} ms/req, ` +
            `machine ${Math.round(result.machineBusy * 100)}% busy` +
            (result.errors ? `, ${result.errors} errors (${result.firstError})` : ''),
        );
      }
    }
    cells.push({ concurrency, paths: Object.fromEntries([...runs].map(([path, list]) => [path, summarize(list)])) });
  }
  return cells;
}
