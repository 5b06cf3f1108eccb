import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { CONTEXT_HEADER, CONTEXT_TTL_MS, SIGNATURE_HEADER } from '../context/signing.ts';
import { unauthorizedRequest } from './http-error.ts';

/**
 * What a subgraph can check of the gateway's signature before the body arrives: both headers are
 * there, the signature has the shape `signContext` writes, its timestamp is fresh, and the context
 * decodes and has not expired. Only the HMAC needs the body (see signed-request.ts). Refusing here
 * means an unsigned caller cannot make a subgraph buffer megabytes, or hold a connection open by
 * announcing a body it never sends.
 */
const SIGNATURE_FORMAT = /^t=(\d+),v1=[0-9a-f]{64}$/;

export const headerValue = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The decoded context's expiry, or null when it is not a base64url JSON object with a numeric `exp`. */
function expiryOf(encodedContext: string): number | null {
  try {
    const context: unknown = JSON.parse(Buffer.from(encodedContext, 'base64url').toString('utf8'));
    const exp = (context as { exp?: unknown } | null)?.exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

/** Why the signature headers are unacceptable whatever the body, or null when only the HMAC is left. */
export function signatureHeadersProblem(req: IncomingMessage, now = Date.now()): string | null {
  const encodedContext = headerValue(req, CONTEXT_HEADER);
  const signature = headerValue(req, SIGNATURE_HEADER);
  if (!encodedContext || !signature) return 'missing signature';
  const match = SIGNATURE_FORMAT.exec(signature);
  if (!match) return 'malformed signature';
  if (Math.abs(now - Number(match[1])) > CONTEXT_TTL_MS) return 'signature expired';
  const exp = expiryOf(encodedContext);
  if (exp === null) return 'malformed context';
  if (exp < now) return 'context expired';
  return null;
}

/** Goes before the body parser; the router's httpErrorHandler answers the 401. */
export function refuseBadSignatureHeaders(req: Request, res: Response, next: NextFunction) {
  if (signatureHeadersProblem(req) === null) {
    next();
    return;
  }
  // The body was never read: close rather than wait for (or drain) whatever the caller still sends.
  res.set('connection', 'close');
  next(unauthorizedRequest());
}
