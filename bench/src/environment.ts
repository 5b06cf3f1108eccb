import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** What a result was measured on: when, which commit, which Node, CPU and database. */
export function environment(databaseDescription: string): string {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status', '--porcelain', '--', 'gateway', 'kernel', 'subgraphs', 'app') ? ' with uncommitted changes' : '';
  return [
    `- ${new Date().toISOString()}, commit ${git('rev-parse', '--short', 'HEAD') || 'unknown'}${dirty}`,
    `- Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`,
    `- ${databaseDescription}`,
  ].join('\n');
}
