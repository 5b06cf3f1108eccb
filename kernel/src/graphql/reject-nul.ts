import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { badInput } from '../errors.ts';

/**
 * PostgreSQL cannot store U+0000 in text; without this check a NUL in any argument would surface
 * as an internal error from deep inside a write. Refused up front, in variables and in literals.
 */
const hasNul = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
};

const literalHasNul = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
};

export const rejectNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (hasNul(request.variables) || literalHasNul(document)) {
          // Thrown before execution, Apollo would answer HTTP 500; this is an ordinary GraphQL error.
          const error = badInput('Text must not contain NUL characters.');
          error.extensions.http = { status: 200 };
          throw error;
        }
      },
    };
  },
};
