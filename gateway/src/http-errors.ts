import type { NextFunction, Request, Response } from 'express';

/**
 * Body-parser failures answered in GraphQL's error shape with a stable code, instead of express's
 * HTML error page: malformed JSON is BAD_REQUEST, an oversized body PAYLOAD_TOO_LARGE.
 */
export function httpErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const status = (error as { status?: number }).status ?? 500;
  const type = (error as { type?: string }).type;
  const [code, message] =
    type === 'entity.too.large'
      ? ['PAYLOAD_TOO_LARGE', 'The request body is too large.']
      : type === 'entity.parse.failed'
        ? ['BAD_REQUEST', 'The request body is not valid JSON.']
        : status < 500
          ? ['BAD_REQUEST', 'The request could not be read.']
          : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
