import type { PathName } from '../options.ts';
import { percentile } from '../stats.ts';
import type { Measurement } from './protocol.ts';
import type { Target } from './targets.ts';

/**
 * A closed-loop load: `concurrency` workers, each sending its next request as soon as the last one
 * answered, for a fixed time. Latency is measured per request from send to fully read response.
 */
export async function measure(target: Target, path: PathName, concurrency: number, durationMs: number): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const cpu = process.cpuUsage();
  const began = performance.now();
  const end = began + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      try {
        await target.send();
        latencies.push(performance.now() - start);
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - began) / 1000;
  const used = process.cpuUsage(cpu);
  const sorted = Float64Array.from(latencies).sort();
  return {
    path,
    concurrency,
    requests: latencies.length,
    errors,
    firstError,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    loadCpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, latencies.length),
  };
}
