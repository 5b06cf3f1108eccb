import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { CONTEXT_HEADER, SIGNATURE_HEADER, verifySignedContext } from '../context/signing.ts';
import type { InternalContext } from '../context/principal.ts';

/**
 * Subgraphs trust nothing but the gateway's signature. This middleware runs on the raw body, before
 * any JSON parsing, and answers 401 to anything unsigned, forged or stale.
 */
export interface SignedRequest extends Request {
  internalContext?: InternalContext;
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function verifyRequest(secret: string, req: IncomingMessage, body: string | Uint8Array) {
  return verifySignedContext(secret, header(req, CONTEXT_HEADER), header(req, SIGNATURE_HEADER), body);
}

export function requireSignature(secret: string) {
  return (req: SignedRequest, res: Response, next: NextFunction) => {
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const result = verifyRequest(secret, req, raw);
    if (!result.ok) {
      res
        .status(401)
        .json({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    req.internalContext = result.context;
    try {
      req.body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      res
        .status(400)
        .json({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next();
  };
}

/** The body that is signed for a WebSocket upgrade, which has none of its own. */
export const WS_UPGRADE_BODY = 'graphql-ws upgrade';

/** The bytes signed for one subscription: its operation, variables and name. */
export const subscriptionSigningBody = (payload: {
  query: string;
  variables?: unknown;
  operationName?: unknown;
}) => JSON.stringify([payload.query, payload.variables ?? null, payload.operationName ?? null]);
