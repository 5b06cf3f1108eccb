import { z } from 'zod';

/**
 * Every setting Lotse reads from the environment, validated once at boot. A bad value stops the
 * process with a list of every problem, not just the first. The README's configuration table
 * documents each variable; keep the two in step.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const port = z.coerce.number().int().min(0).max(65535);

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    LOTSE_DATA_DIR: z.string().min(1).default('.data'),
    LOTSE_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    LOTSE_SERVICE: z.enum(['all', 'gateway', 'identity', 'tickets']).default('all'),
    LOTSE_SEED_DEMO: booleanFlag.optional(),
    IDENTITY_URL: z.url().optional(),
    TICKETS_URL: z.url().optional(),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((config, issues) => {
    if (config.NODE_ENV !== 'production') return;
    if (!config.LOTSE_SIGNING_SECRET) {
      issues.addIssue({ code: 'custom', path: ['LOTSE_SIGNING_SECRET'], message: 'is required in production' });
    }
    if (!config.DATABASE_URL) {
      issues.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    if (config.LOTSE_SERVICE === 'gateway' && !(config.IDENTITY_URL && config.TICKETS_URL)) {
      issues.addIssue({ code: 'custom', path: ['IDENTITY_URL'], message: 'and TICKETS_URL are required for a gateway' });
    }
  });

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
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
}
