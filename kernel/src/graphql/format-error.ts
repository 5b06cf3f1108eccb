import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput, CLIENT_EXTENSIONS, conflict, ErrorCode, LotseError } from '../errors.ts';
import type { Logger } from '../logging.ts';

/**
 * What a client sees of any error, on every path (HTTP through the gateway or a subgraph, WebSocket
 * on either): its message, locations and path, and of its extensions only those in
 * CLIENT_EXTENSIONS. Anything else — the gateway's `serviceName`, a failed subgraph call's
 * `response` with its URL and body, a stack trace — is internal detail and never leaves the server.
 */
export function toClientError(error: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(error.extensions ?? {}).filter(([key]) => CLIENT_EXTENSIONS.includes(key)),
  );
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions,
  };
}

/**
 * The database's last line of defence, said in the caller's terms: a race two requests lost against
 * a unique constraint is a CONFLICT, text PostgreSQL cannot store (a NUL character) is bad input.
 */
function translateDatabaseError(error: unknown): LotseError | null {
  if (error instanceof UniqueConstraintViolationException)
    return conflict('This conflicts with existing data.');
  const sqlState = (error as { code?: unknown } | null)?.code;
  if (sqlState === '22021' || sqlState === '22P05') return badInput('Text must not contain NUL characters.');
  return null;
}

/**
 * Lets expected errors (LotseError, GraphQL validation, other coded errors) through with their codes
 * and replaces everything else with a generic INTERNAL_SERVER_ERROR, logging the original. Every
 * answer goes through toClientError: clients never see a stack trace, an SQL message or an internal
 * extension.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof LotseError)
      return toClientError({ ...formatted, extensions: original.extensions });
    const translated = translateDatabaseError(original);
    if (translated)
      return toClientError({
        message: translated.message,
        path: formatted.path,
        extensions: translated.extensions,
      });
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.internal) return toClientError(formatted);
    logger.error({ err: original }, 'unexpected error while resolving');
    return toClientError({
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.internal },
    });
  };
}
