/**
 * A failure answered at the HTTP level, before (or instead of) a GraphQL server: its status, a
 * stable `extensions.code` and a message that is safe to show. Middlewares pass one to `next()` and
 * httpErrorHandler (error-handler.ts) writes it in GraphQL's error shape, so every such answer of
 * every Lotse router looks the same.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const unauthorizedRequest = () => new HttpError(401, 'UNAUTHENTICATED', 'Unauthorized');
export const malformedJsonBody = () =>
  new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
export const bodyTooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
export const unreadableRequest = (status: number) =>
  new HttpError(status, 'BAD_REQUEST', 'The request could not be read.');
export const internalServerError = () => new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
