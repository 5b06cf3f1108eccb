import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

/**
 * Query limits, the same on HTTP and on WebSocket. Generous for real clients (the console's
 * deepest query is 6 levels), tight enough that a hostile query costs nothing to refuse.
 */
export const limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 5000,
} as const;

export const parseOptions = { maxTokens: limits.maxTokens };

export function createArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // Tokens are limited by graphql-js's own parser option (see parseOptions), which fails as a
    // parse error (400); armor's plugin variant surfaces as a 500 under Apollo Server 5.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** For the WebSocket path, which has no Apollo plugins: the same validation rules as HTTP. */
export function webSocketValidationRules(production: boolean): readonly ValidationRule[] {
  return createArmor(production).validationRules;
}
