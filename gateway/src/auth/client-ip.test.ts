import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { clientIpOf } from './client-ip.ts';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('clientIpOf', () => {
  it('uses the socket address when no proxy is trusted, whatever the client claims', () => {
    expect(clientIpOf(request('203.0.113.9', '10.0.0.1'), 0)).toBe('203.0.113.9');
  });

  it('takes the address our one trusted proxy appended, not what the client wrote before it', () => {
    expect(clientIpOf(request('10.0.0.2', '1.2.3.4, 198.51.100.7'), 1)).toBe('198.51.100.7');
  });

  it('counts two hops from the right', () => {
    expect(clientIpOf(request('10.0.0.3', '1.2.3.4, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
  });

  it('falls back to the socket address for a missing or malformed header', () => {
    expect(clientIpOf(request('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientIpOf(request('10.0.0.2', 'not-an-ip'), 1)).toBe('10.0.0.2');
  });

  it('uses the leftmost address when the chain is shorter than the configured hops', () => {
    expect(clientIpOf(request('10.0.0.2', '198.51.100.7'), 5)).toBe('198.51.100.7');
  });
});
