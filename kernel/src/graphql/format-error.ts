import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, LotseError } from '../errors.ts';
import type { Logger } from '../logging.ts';

/**
 * Lets expected errors (LotseError, GraphQL validation) through with their codes and replaces
 * everything else with a generic INTERNAL_SERVER_ERROR, logging the original. Clients never see a
 * stack trace or an SQL message.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof LotseError) return { ...formatted, extensions: { ...original.extensions } };
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
