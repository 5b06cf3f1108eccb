import { readFileSync } from 'node:fs';

/**
 * The machine is shared: other work steals CPU from a run. Before each run we wait (bounded) until
 * the machine is quiet, and we record how busy it was during the run, so noisy runs can be seen.
 * Linux only (/proc/stat); elsewhere the checks are skipped.
 */
export interface CpuSnapshot {
  busy: number;
  total: number;
}

export function cpuSnapshot(): CpuSnapshot | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy, total: busy + idle! + iowait! };
  } catch {
    return null;
  }
}

/** Share of all cores busy between two snapshots, 0–1. */
export const busyShare = (from: CpuSnapshot | null, to: CpuSnapshot | null) =>
  from && to && to.total > from.total ? (to.busy - from.busy) / (to.total - from.total) : Number.NaN;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until less than `threshold` of the machine is busy for a second, at most `maxMs`. */
export async function waitForQuiet(maxMs: number, threshold: number, log: (line: string) => void): Promise<number> {
  const deadline = Date.now() + maxMs;
  let warned = false;
  for (;;) {
    const before = cpuSnapshot();
    await sleep(1000);
    const share = busyShare(before, cpuSnapshot());
    if (!(share > threshold) || Date.now() >= deadline) {
      if (warned && share > threshold) log(`  (machine still ${Math.round(share * 100)}% busy; measuring anyway)`);
      return share;
    }
    if (!warned) log(`  (machine ${Math.round(share * 100)}% busy with other work; waiting up to ${Math.round(maxMs / 1000)} s)`);
    warned = true;
  }
}
