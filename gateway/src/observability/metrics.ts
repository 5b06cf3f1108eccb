import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';

/** Prometheus metrics for `/metrics`: process defaults plus GraphQL request counts and latency. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lotse_' });
  const requests = new Counter({
    name: 'lotse_graphql_requests_total',
    help: 'GraphQL operations by type and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'lotse_graphql_request_duration_seconds',
    help: 'GraphQL operation latency',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const subscriptions = new Counter({
    name: 'lotse_subscriptions_started_total',
    help: 'Subscriptions started through the gateway',
    registers: [registry],
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const stop = duration.startTimer();
      return {
        async willSendResponse({ operation, errors }) {
          const kind = operation?.operation ?? 'invalid';
          stop({ operation: kind });
          requests.inc({ operation: kind, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
  return { registry, plugin, subscriptions };
}
export type Metrics = ReturnType<typeof createMetrics>;
