import { GraphQLError } from 'graphql';

/**
 * The stable error codes clients can rely on (`extensions.code`). Adding one is an API change:
 * document it in docs/api.md.
 */
export const ErrorCode = {
  badUserInput: 'BAD_USER_INPUT',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  rateLimited: 'RATE_LIMITED',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure with a code and a message that is safe to show to the caller. */
export class LotseError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, field?: string) =>
  new LotseError(ErrorCode.badUserInput, message, field ? { field } : {});
export const unauthenticated = (message = 'Sign in to do this.') =>
  new LotseError(ErrorCode.unauthenticated, message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new LotseError(ErrorCode.forbidden, message);
export const notFound = (what: string) => new LotseError(ErrorCode.notFound, `${what} was not found.`);
export const conflict = (message: string) => new LotseError(ErrorCode.conflict, message);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new LotseError(ErrorCode.rateLimited, message, { retryAfterSeconds });
