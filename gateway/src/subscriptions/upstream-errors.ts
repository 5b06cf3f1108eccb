import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * graphql-ws reports a subscription's failure through `sink.error` as one of three things: an array
 * of formatted GraphQL errors (the server answered with an Error message), a CloseEvent (the socket
 * closed), or an Error/ErrorEvent (the socket failed). Only the first is about the operation; the
 * others are transport failures that a new connection may cure.
 */
export const isFormattedErrors = (value: unknown): value is GraphQLFormattedError[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && 'message' in item);

/** A formatted error (plain JSON) as a GraphQLError that keeps its path and always has a code. */
export function toGraphQLError(formatted: GraphQLFormattedError, path?: ReadonlyArray<string | number>): GraphQLError {
  const code = formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  return new GraphQLError(formatted.message, { path: path ?? formatted.path, extensions: { ...formatted.extensions, code } });
}

/**
 * The operation errors in a graphql-ws sink error, or null when it is a transport failure. A
 * subgraph's UNAUTHENTICATED means it refused the gateway's signature (only signed-in subscribers
 * are forwarded): that is the gateway's fault, and must not tell the client to sign in again.
 */
export function operationErrors(error: unknown): GraphQLError[] | null {
  if (!isFormattedErrors(error)) return null;
  return error.map((formatted) =>
    formatted.extensions?.code === 'UNAUTHENTICATED'
      ? toGraphQLError({ ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } })
      : toGraphQLError(formatted),
  );
}

/** A loggable description of a transport failure (CloseEvents are not Errors and print as `{}`). */
export function describeTransportFailure(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { err: error };
  if (typeof error === 'object' && error !== null) {
    const { code, reason, type, message } = error as Record<string, unknown>;
    return { code, reason, type, message };
  }
  return { error: String(error) };
}
