import { describe, expect, it } from '@jest/globals';
import type { IncomingMessage } from 'node:http';
import { CONTEXT_HEADER, encodeContext, signContext, SIGNATURE_HEADER } from '../context/signing.ts';
import { signatureHeadersProblem } from './signature-precheck.ts';

const secret = 'a-test-secret-of-at-least-32-characters';
const now = Date.now();
const context = encodeContext({
  requestId: 'req-12345678',
  principal: { kind: 'anonymous' },
  entities: [],
  clientIp: '127.0.0.1',
  exp: now + 60_000,
});
const requestWith = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const problemOf = (encodedContext: string, signature: string, at = now) =>
  signatureHeadersProblem(
    requestWith({ [CONTEXT_HEADER]: encodedContext, [SIGNATURE_HEADER]: signature }),
    at,
  );

describe('signatureHeadersProblem', () => {
  it('leaves well-formed, fresh headers to the HMAC check, whatever the body', () => {
    expect(problemOf(context, signContext(secret, context, 'any body'))).toBeNull();
  });

  it('names what is wrong with headers no body can make right', () => {
    const signature = signContext(secret, context, '');
    expect(signatureHeadersProblem(requestWith({}), now)).toBe('missing signature');
    expect(problemOf(context, 't=1,v1=00')).toBe('malformed signature');
    expect(problemOf(context, signature, now + 120_000)).toBe('signature expired');
    expect(problemOf('not json', signContext(secret, 'not json', ''))).toBe('malformed context');
    const expired = encodeContext({
      ...JSON.parse(Buffer.from(context, 'base64url').toString()),
      exp: now - 1,
    });
    expect(problemOf(expired, signContext(secret, expired, ''))).toBe('context expired');
  });
});
