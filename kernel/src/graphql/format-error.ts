import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput, conflict, ErrorCode, LotseError } from '../errors.ts';
import type { Logger } from '../logging.ts';

/**
 * Lets expected errors (LotseError, GraphQL validation) through with their codes and replaces
 * everything else with a generic INTERNAL_SERVER_ERROR, logging the original. Clients never see a
 * stack trace or an SQL message.
 */
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

export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof LotseError) return { ...formatted, extensions: { ...original.extensions } };
    const translated = translateDatabaseError(original);
    if (translated)
      return { message: translated.message, path: formatted.path, extensions: { ...translated.extensions } };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.internal) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.internal },
    };
  };
}
