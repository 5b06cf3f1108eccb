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

/**
 * What an error may tell a client besides its code. Only these extensions ever leave Lotse
 * (graphql/format-error.ts drops every other one): adding one is an API change too.
 */
export interface ErrorDetails {
  /** The argument or input field that is invalid (BAD_USER_INPUT). */
  field?: string;
  /** How long to wait before trying again (RATE_LIMITED). */
  retryAfterSeconds?: number;
}

// A record rather than a list so that the compiler insists on every key of ErrorDetails.
const clientExtensionKeys: Record<'code' | keyof ErrorDetails, true> = {
  code: true,
  field: true,
  retryAfterSeconds: true,
};
/** The `extensions` keys a client can rely on; everything else is internal. */
export const CLIENT_EXTENSIONS: readonly string[] = Object.keys(clientExtensionKeys);

/** An expected failure with a code and a message that is safe to show to the caller. */
export class LotseError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
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
