import { expect } from '@jest/globals';
import { GraphQLError } from 'graphql';

/** For unit tests: runs `run`, expects it to throw a GraphQLError (a LotseError) and returns it. */
export function thrown(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}
