import type { IncomingHttpHeaders } from 'node:http';

/** The bearer secret of a request (`Authorization: Bearer …`), sessions and API tokens alike. */
export function bearerToken(authorization: string | string[] | undefined): string | null {
  const value = Array.isArray(authorization) ? authorization[0] : authorization;
  const match = value ? /^Bearer\s+(\S{1,512})$/i.exec(value.trim()) : null;
  return match ? match[1]! : null;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a caller's `x-request-id` when it looks like one, so logs can be followed across systems. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && requestIdPattern.test(given) ? given : crypto.randomUUID();
}
