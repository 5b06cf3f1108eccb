import pg from 'pg';

/**
 * What a log line needs to tell why a database connection failed, without a stack trace: the
 * SQLSTATE the server sent (`57P01` when an administrator or a shutdown terminated the backend), or
 * the socket's error code (`ECONNREFUSED` while the server is down), and the message.
 */
export interface ConnectionErrorFields {
  sqlstate?: string;
  code?: string;
  reason: string;
}

export function connectionErrorFields(error: unknown): ConnectionErrorFields {
  if (error instanceof pg.DatabaseError) return { sqlstate: error.code, reason: error.message };
  if (!(error instanceof Error)) return { reason: String(error) };
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? { code, reason: error.message } : { reason: error.message };
}
