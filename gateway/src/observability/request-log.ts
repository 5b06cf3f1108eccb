import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@lotse/kernel/logging';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * One structured line per GraphQL operation: request id (the same id the subgraphs log), who,
 * what, how long, and the error codes returned. Variables are never logged: they carry passwords
 * and customer text.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, errors }) {
          if (!logger.isLevelEnabled('info')) return;
          const { requestId, principal } = contextValue.internal;
          logger.info(
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
