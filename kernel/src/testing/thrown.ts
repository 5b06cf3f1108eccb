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

/** For unit tests of rules that either pass or refuse: `'ok'`, or the refusal's `extensions.code`. */
export function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return String((error as GraphQLError).extensions.code);
  }
}
