import { pino, type Logger } from 'pino';

/** Structured JSON logs; every request log line carries the request id the gateway assigned. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: `lotse-${service}`, level, base: { service } });
}
export type { Logger };
