import type { IncomingMessage } from 'node:http';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { CONTEXT_HEADER, SIGNATURE_HEADER, verifySignedContext } from '../context/signing.ts';
import type { InternalContext } from '../context/principal.ts';
import { malformedJsonBody, unauthorizedRequest } from './http-error.ts';
import { headerValue, refuseBadSignatureHeaders } from './signature-precheck.ts';

/**
 * Subgraphs trust nothing but the gateway's signature. Its headers are checked before a byte of
 * the body is read, the HMAC over the raw body before any JSON parsing; anything unsigned, forged
 * or stale gets a 401.
 */
export interface SignedRequest extends Request {
  internalContext?: InternalContext;
}

export function verifyRequest(secret: string, req: IncomingMessage, body: string | Uint8Array) {
  return verifySignedContext(
    secret,
    headerValue(req, CONTEXT_HEADER),
    headerValue(req, SIGNATURE_HEADER),
    body,
  );
}

/** Goes after the raw body parser: verifies the HMAC over the exact bytes, then parses them. */
function requireSignature(secret: string): RequestHandler {
  return (req: SignedRequest, _res: Response, next: NextFunction) => {
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const result = verifyRequest(secret, req, raw);
    if (!result.ok) {
      next(unauthorizedRequest());
      return;
    }
    req.internalContext = result.context;
    try {
      req.body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      next(malformedJsonBody());
      return;
    }
    next();
  };
}

/**
 * The whole check in the order that matters: signature headers, then the body (at most `limit`),
 * then the HMAC over it. Leaves the parsed JSON body and the verified context on the request; its
 * refusals go to `next()`, so the router needs httpErrorHandler (error-handler.ts) after the route.
 */
export function signedJsonBody(secret: string, limit: string): RequestHandler[] {
  return [refuseBadSignatureHeaders, express.raw({ type: () => true, limit }), requireSignature(secret)];
}

/** The body that is signed for a WebSocket upgrade, which has none of its own. */
export const WS_UPGRADE_BODY = 'graphql-ws upgrade';

/** The bytes signed for one subscription: its operation, variables and name. */
export const subscriptionSigningBody = (payload: {
  query: string;
  variables?: unknown;
  operationName?: unknown;
}) => JSON.stringify([payload.query, payload.variables ?? null, payload.operationName ?? null]);
