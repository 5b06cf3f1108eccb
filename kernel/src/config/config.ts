import { z } from 'zod';

/**
 * Every setting Lotse reads from the environment, validated once at boot. A bad value stops the
 * process with a list of every problem, not just the first. The README's configuration table
 * documents each variable; keep the two in step.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');
// Not z.coerce: an empty PORT would silently become 0, a random port.
const port = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a port number')
  .transform(Number)
  .pipe(z.number().int().min(0).max(65535));

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  LOTSE_DATA_DIR: z.string().min(1).default('.data'),
  LOTSE_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOTSE_SERVICE: z.enum(['all', 'gateway', 'identity', 'tickets']).default('all'),
  LOTSE_SEED_DEMO: booleanFlag.optional(),
  IDENTITY_URL: z.url({ protocol: /^https?$/ }).optional(),
  TICKETS_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOTSE_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * What production additionally requires. Checked on the raw environment, beside the schema, so a
 * bad PORT and a missing secret are reported together rather than one after the other.
 */
function productionProblems(env: NodeJS.ProcessEnv): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!env.LOTSE_SIGNING_SECRET) problems.push('LOTSE_SIGNING_SECRET is required in production');
  if (!env.DATABASE_URL) problems.push('DATABASE_URL is required in production');
  if (env.LOTSE_SERVICE === 'gateway' && !(env.IDENTITY_URL && env.TICKETS_URL)) {
    problems.push('IDENTITY_URL and TICKETS_URL are required for a gateway in production');
  }
  return problems;
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)),
    ...productionProblems(env),
  ];
  if (problems.length) throw new ConfigError(problems);
  return parsed.data!;
}
