import { describe, expect, it } from '@jest/globals';
import type { InternalContext } from './principal.ts';
import {
  CONTEXT_HEADER,
  CONTEXT_TTL_MS,
  SIGNATURE_HEADER,
  encodeContext,
  signContext,
  signedHeaders,
  verifySignedContext,
} from './signing.ts';

const SECRET = 'a-test-signing-secret-of-32-chars!!';
const BODY = '{"query":"{ me { id } }"}';

const makeContext = (exp = Date.now() + 5 * 60_000): InternalContext => ({
  requestId: 'req-12345678',
  principal: {
    kind: 'user',
    userId: 'user-1',
    userType: 'staff',
    roles: [{ role: 'support_agent', entity: 'kids_ascension' }],
    credentialId: 'cred-1',
    credentialKind: 'session',
  },
  entities: [{ code: 'kids_ascension', prefix: 'KA', name: 'Kids Ascension' }],
  clientIp: '203.0.113.7',
  exp,
});

/** The timestamp a signature carries, so freshness can be tested against it exactly. */
const timestampOf = (signature: string) => Number(/^t=(\d+),/.exec(signature)![1]);

function sign(context = makeContext(), body: string | Uint8Array = BODY) {
  const headers = signedHeaders(SECRET, context, body);
  return { encoded: headers[CONTEXT_HEADER], signature: headers[SIGNATURE_HEADER], context };
}

describe('signed internal context', () => {
  it('round-trips the context', () => {
    const { encoded, signature, context } = sign();
    expect(verifySignedContext(SECRET, encoded, signature, BODY)).toEqual({ ok: true, context });
  });

  it('hashes the body bytes, whether given as a string or as bytes', () => {
    const { encoded, signature } = sign(makeContext(), new TextEncoder().encode(BODY));
    expect(verifySignedContext(SECRET, encoded, signature, BODY).ok).toBe(true);
  });

  it('encodes the context as base64url JSON', () => {
    const context = makeContext();
    const encoded = encodeContext(context);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))).toEqual(context);
  });

  it('signs with a timestamp and a hex HMAC', () => {
    const before = Date.now();
    const signature = signContext(SECRET, encodeContext(makeContext()), BODY);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(timestampOf(signature)).toBeGreaterThanOrEqual(before);
    expect(timestampOf(signature)).toBeLessThanOrEqual(Date.now());
  });

  it('rejects a request without context or signature', () => {
    const { encoded, signature } = sign();
    const missing = { ok: false, reason: 'missing signature' };
    expect(verifySignedContext(SECRET, undefined, signature, BODY)).toEqual(missing);
    expect(verifySignedContext(SECRET, encoded, undefined, BODY)).toEqual(missing);
    expect(verifySignedContext(SECRET, '', signature, BODY)).toEqual(missing);
    expect(verifySignedContext(SECRET, encoded, '', BODY)).toEqual(missing);
  });

  it.each([
    ['garbage', 'not a signature'],
    ['no timestamp', `v1=${'a'.repeat(64)}`],
    ['a non-numeric timestamp', `t=soon,v1=${'a'.repeat(64)}`],
    ['a short mac', `t=${Date.now()},v1=${'a'.repeat(63)}`],
    ['a long mac', `t=${Date.now()},v1=${'a'.repeat(65)}`],
    ['upper-case hex', `t=${Date.now()},v1=${'A'.repeat(64)}`],
    ['a trailing part', `t=${Date.now()},v1=${'a'.repeat(64)},v2=x`],
  ])('rejects a malformed signature (%s)', (_label, signature) => {
    const { encoded } = sign();
    expect(verifySignedContext(SECRET, encoded, signature, BODY)).toEqual({
      ok: false,
      reason: 'malformed signature',
    });
  });

  it('rejects a signature made with another secret', () => {
    const { encoded, signature } = sign();
    expect(verifySignedContext(`${SECRET}-other`, encoded, signature, BODY)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('rejects an altered body', () => {
    const { encoded, signature } = sign();
    const altered = BODY.replace('me', 'users');
    expect(verifySignedContext(SECRET, encoded, signature, altered)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('rejects an altered context', () => {
    const { signature, context } = sign();
    const escalated = encodeContext({
      ...context,
      principal: {
        ...context.principal,
        roles: [{ role: 'super_admin', entity: null }],
      } as InternalContext['principal'],
    });
    expect(verifySignedContext(SECRET, escalated, signature, BODY)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('rejects an altered timestamp', () => {
    const { encoded, signature } = sign();
    const moved = signature.replace(/^t=(\d+)/, (_all, t: string) => `t=${Number(t) + 1}`);
    expect(verifySignedContext(SECRET, encoded, moved, BODY, timestampOf(signature))).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it(`accepts a signature up to ${CONTEXT_TTL_MS} ms away from the verifier's clock`, () => {
    const { encoded, signature } = sign();
    const t = timestampOf(signature);
    expect(verifySignedContext(SECRET, encoded, signature, BODY, t + CONTEXT_TTL_MS).ok).toBe(true);
    expect(verifySignedContext(SECRET, encoded, signature, BODY, t - CONTEXT_TTL_MS).ok).toBe(true);
  });

  it('rejects a signature older or newer than that', () => {
    const { encoded, signature } = sign();
    const t = timestampOf(signature);
    const expired = { ok: false, reason: 'signature expired' };
    expect(verifySignedContext(SECRET, encoded, signature, BODY, t + CONTEXT_TTL_MS + 1)).toEqual(expired);
    expect(verifySignedContext(SECRET, encoded, signature, BODY, t - CONTEXT_TTL_MS - 1)).toEqual(expired);
  });

  it('rejects a context past its exp, even with a fresh signature', () => {
    const { encoded, signature } = sign(makeContext(Date.now() - 1));
    expect(verifySignedContext(SECRET, encoded, signature, BODY, timestampOf(signature))).toEqual({
      ok: false,
      reason: 'context expired',
    });
  });

  it('accepts a context until its exp', () => {
    const exp = Date.now() + 1000;
    const { encoded, signature } = sign(makeContext(exp));
    expect(verifySignedContext(SECRET, encoded, signature, BODY, exp).ok).toBe(true);
  });

  it('rejects a signed context without a numeric exp', () => {
    const encoded = Buffer.from(JSON.stringify({ ...makeContext(), exp: 'never' })).toString('base64url');
    const signature = signContext(SECRET, encoded, BODY);
    expect(verifySignedContext(SECRET, encoded, signature, BODY)).toEqual({
      ok: false,
      reason: 'context expired',
    });
  });

  it('rejects a correctly signed context that is not JSON', () => {
    const encoded = Buffer.from('this is not json').toString('base64url');
    const signature = signContext(SECRET, encoded, BODY);
    expect(verifySignedContext(SECRET, encoded, signature, BODY)).toEqual({
      ok: false,
      reason: 'malformed context',
    });
  });
});
