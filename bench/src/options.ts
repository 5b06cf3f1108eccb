import { parseArgs } from 'node:util';

/**
 * The benchmark's command line. Defaults are the documented run (`npm run bench`); the flags make
 * short experiments possible (`npm run bench -- --sizes 100k --runs 1`).
 */
export interface BenchOptions {
  /** Total ticket counts to measure at, ascending; each step seeds only the difference. */
  sizes: number[];
  concurrency: number[];
  paths: PathName[];
  runs: number;
  warmupMs: number;
  durationMs: number;
  /** Keep the embedded PostgreSQL's data here (default: a temporary directory, removed at the end). */
  dataDir: string | null;
  /** Print EXPLAIN (ANALYZE, BUFFERS) of the page query at each size. */
  explain: boolean;
  /** Write the markdown results here as well as to stdout. */
  out: string | null;
  /** Write a CPU profile of the server per measured run into this directory. */
  profileDir: string | null;
  /** Before each run, wait at most this long for the machine to be less than `quietThreshold` busy. */
  quietWaitMs: number;
  quietThreshold: number;
}

export const pathNames = ['gateway', 'subgraph', 'sql'] as const;
export type PathName = (typeof pathNames)[number];

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`Not a size: "${text}" (use e.g. 10k, 100k, 1m or 250000)`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * factor);
}

export const formatSize = (size: number) =>
  size >= 1_000_000 && size % 1_000_000 === 0 ? `${size / 1_000_000}M` : size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);

const list = (text: string) => text.split(',').map((part) => part.trim()).filter(Boolean);

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10k,100k,1m' },
      concurrency: { type: 'string', default: '1,50' },
      paths: { type: 'string', default: pathNames.join(',') },
      runs: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
      duration: { type: 'string', default: '6' },
      'data-dir': { type: 'string' },
      explain: { type: 'boolean', default: true },
      'no-explain': { type: 'boolean', default: false },
      out: { type: 'string' },
      profile: { type: 'string' },
      'quiet-wait': { type: 'string', default: '20' },
      'quiet-threshold': { type: 'string', default: '0.25' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      [
        'npm run bench -- [--sizes 10k,100k,1m] [--concurrency 1,50] [--paths gateway,subgraph,sql]',
        '                 [--runs 3] [--warmup 2] [--duration 6] [--data-dir DIR] [--no-explain] [--out FILE] [--profile DIR]',
        '                 [--quiet-wait 20] [--quiet-threshold 0.25]',
        'Uses DATABASE_URL when set (a fresh database is created on it), else an embedded PostgreSQL.',
        '',
      ].join('\n'),
    );
    process.exit(0);
  }
  const sizes = list(values.sizes).map(parseSize).sort((a, b) => a - b);
  const concurrency = list(values.concurrency).map(Number);
  const paths = list(values.paths) as PathName[];
  const unknownPath = paths.find((path) => !pathNames.includes(path));
  const problems = [
    sizes.some((size) => size < 2) && '--sizes must be at least 2 tickets',
    concurrency.some((n) => !Number.isInteger(n) || n < 1 || n > 1000) && '--concurrency takes integers 1–1000',
    unknownPath && `--paths: unknown path "${unknownPath}" (use ${pathNames.join(', ')})`,
    !(Number(values.runs) >= 1) && '--runs must be at least 1',
    !(Number(values.duration) > 0) && '--duration must be positive (seconds)',
    !(Number(values.warmup) >= 0) && '--warmup must not be negative (seconds)',
    !(Number(values['quiet-wait']) >= 0) && '--quiet-wait must not be negative (seconds)',
    !(Number(values['quiet-threshold']) > 0) && '--quiet-threshold is a share of the machine, e.g. 0.25',
  ].filter(Boolean);
  if (problems.length) throw new Error(`Bad arguments:\n  ${problems.join('\n  ')}`);
  return {
    sizes: [...new Set(sizes)],
    concurrency,
    paths,
    runs: Number(values.runs),
    warmupMs: Number(values.warmup) * 1000,
    durationMs: Number(values.duration) * 1000,
    dataDir: values['data-dir'] ?? null,
    explain: values.explain && !values['no-explain'],
    out: values.out ?? null,
    profileDir: values.profile ?? null,
    quietWaitMs: Number(values['quiet-wait']) * 1000,
    quietThreshold: Number(values['quiet-threshold']),
  };
}
