import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * Structured logs; every request log line carries the request id the gateway assigned. `json` (one
 * JSON object per line, for log collectors) is the production format; `pretty` is for a developer's
 * terminal: one readable line per entry, written synchronously so nothing is lost on exit.
 */
export type LogFormat = 'json' | 'pretty';

export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  format: LogFormat = 'json',
): Logger {
  const options = { name: `lotse-${service}`, level, base: { service } };
  if (format === 'json') return pino(options);
  return pino(
    options,
    pretty({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' }),
  );
}
export type { Logger };
