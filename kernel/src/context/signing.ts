import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { InternalContext } from './principal.ts';

/**
 * Gateway → subgraph request signing. The signature covers the timestamp, the encoded context and a
 * hash of the exact body bytes, so neither the identity nor the operation can be altered in transit,
 * and a subgraph can reject an unsigned request before it parses anything.
 */
export const CONTEXT_HEADER = 'x-lotse-context';
export const SIGNATURE_HEADER = 'x-lotse-signature';
export const CONTEXT_TTL_MS = 60_000;

export interface SignedHeaders {
  [CONTEXT_HEADER]: string;
  [SIGNATURE_HEADER]: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('hex');

export function encodeContext(context: InternalContext): string {
  return Buffer.from(JSON.stringify(context)).toString('base64url');
}

export function signContext(secret: string, encodedContext: string, body: string | Uint8Array): string {
  const timestamp = Date.now();
  return `t=${timestamp},v1=${mac(secret, `${timestamp}.${encodedContext}.${sha256(body)}`)}`;
}

export function signedHeaders(
  secret: string,
  context: InternalContext,
  body: string | Uint8Array,
): SignedHeaders {
  const encoded = encodeContext(context);
  return { [CONTEXT_HEADER]: encoded, [SIGNATURE_HEADER]: signContext(secret, encoded, body) };
}

export type VerifyResult = { ok: true; context: InternalContext } | { ok: false; reason: string };

/** Checks signature, freshness and expiry; returns the decoded context only when all hold. */
export function verifySignedContext(
  secret: string,
  encodedContext: string | undefined,
  signature: string | undefined,
  body: string | Uint8Array,
  now = Date.now(),
): VerifyResult {
  if (!encodedContext || !signature) return { ok: false, reason: 'missing signature' };
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
  if (!match) return { ok: false, reason: 'malformed signature' };
  const timestamp = Number(match[1]);
  if (Math.abs(now - timestamp) > CONTEXT_TTL_MS) return { ok: false, reason: 'signature expired' };
  const expected = Buffer.from(mac(secret, `${timestamp}.${encodedContext}.${sha256(body)}`), 'hex');
  const given = Buffer.from(match[2]!, 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'bad signature' };
  }
  let context: InternalContext;
  try {
    context = JSON.parse(Buffer.from(encodedContext, 'base64url').toString('utf8')) as InternalContext;
  } catch {
    return { ok: false, reason: 'malformed context' };
  }
  if (
    typeof context !== 'object' ||
    context === null ||
    typeof context.exp !== 'number' ||
    context.exp < now
  ) {
    return { ok: false, reason: 'context expired' };
  }
  return { ok: true, context };
}
