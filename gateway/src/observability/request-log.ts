import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@lotse/kernel/logging';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * One structured line per GraphQL operation: request id (the same id the subgraphs log), who,
 * what, how long, and the error codes returned. Variables are never logged: they carry passwords
 * and customer text. Production logs it at info; elsewhere at debug, so a developer's terminal is not
 * flooded with a line per request (LOG_LEVEL=debug shows them).
 */
export function requestLogPlugin(
  logger: Logger,
  options: { production: boolean },
): ApolloServerPlugin<GatewayContext> {
  const level = options.production ? 'info' : 'debug';
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, errors }) {
          if (!logger.isLevelEnabled(level)) return;
          const { requestId, principal } = contextValue.internal;
          logger[level](
            {
              requestId,
              userId: principal.kind === 'user' ? principal.userId : null,
              operation: operation?.operation ?? 'invalid',
              operationName: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errorCodes: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN') ?? [],
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
