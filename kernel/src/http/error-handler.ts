import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logging.ts';
import {
  bodyTooLarge,
  HttpError,
  internalServerError,
  malformedJsonBody,
  unreadableRequest,
} from './http-error.ts';

/**
 * The last handler of every Lotse router. Whatever failed before a GraphQL server could answer —
 * a refused signature, or the body parser: malformed JSON, a body over the limit, a connection
 * aborted mid-body — is answered in GraphQL's error shape with a stable code and the matching
 * status, instead of express's default page, which prints the stack trace outside production.
 * Unexpected failures are logged and answered as a generic 500.
 */
function asHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  // body-parser's errors (made with http-errors) carry a `type` and a `status`.
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (type === 'entity.too.large') return bodyTooLarge();
  if (type === 'entity.parse.failed') return malformedJsonBody();
  if (typeof status === 'number' && status >= 400 && status < 500) return unreadableRequest(status);
  return null;
}

export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    let answer = asHttpError(error);
    if (!answer) {
      logger.error({ err: error, path: req.path }, 'unexpected error in an HTTP handler');
      answer = internalServerError();
    }
    res
      .status(answer.status)
      .json({ errors: [{ message: answer.message, extensions: { code: answer.code } }] });
  };
}
