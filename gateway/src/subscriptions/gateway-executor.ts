import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { InternalContext } from '@lotse/kernel/context/principal';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * Runs an operation through the gateway's own federated executor (query planning, the signed data
 * sources, the armor and the metrics plugin), as the given caller. Entity lookups per event and
 * queries or mutations sent over WebSocket both go this way, so they obey exactly the HTTP rules.
 */
export interface GatewayRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export type GatewayExecutor = (request: GatewayRequest, internal: InternalContext) => Promise<FormattedExecutionResult>;

export function gatewayExecutor(apollo: ApolloServer<GatewayContext>): GatewayExecutor {
  return async (request, internal) => {
    const response = await apollo.executeOperation(request, { contextValue: { internal } });
    if (response.body.kind === 'single') return response.body.singleResult;
    return { errors: [{ message: 'Incremental delivery (@defer, @stream) is not available over WebSocket.', extensions: { code: 'BAD_REQUEST' } }] };
  };
}
