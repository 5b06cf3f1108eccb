import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The caller's address, for login throttling and the audit trail. Behind `trustedProxyHops`
 * reverse proxies (TLS terminator, load balancer) the socket shows the nearest proxy, so the
 * address comes from X-Forwarded-For — counted from the right, because everything left of what our
 * own proxies appended was written by the client and proves nothing.
 */
export function clientIpOf(request: IncomingMessage, trustedProxyHops: number): string {
  const socketAddress = request.socket.remoteAddress ?? '';
  if (trustedProxyHops <= 0) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress];
  const candidate = chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!;
  return isIP(candidate) ? candidate : socketAddress;
}
