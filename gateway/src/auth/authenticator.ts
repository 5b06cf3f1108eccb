import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { fetch, type Dispatcher } from 'undici';
import type { EntityRef, Principal } from '@lotse/kernel/context/principal';
import { CONTEXT_TTL_MS, signedHeaders } from '@lotse/kernel/context/signing';

/**
 * Resolves bearer secrets to principals by asking identity (the only owner of sessions and tokens).
 * Answers are cached for a few seconds: that bounds how long a revoked credential keeps working
 * and keeps identity off the hot path of every request.
 */
export interface Authentication {
  principal: Principal;
  entities: EntityRef[];
}

export interface Authenticator {
  authenticate(token: string | null): Promise<Authentication>;
}

export const AUTH_CACHE_TTL_MS = 5_000;

export function createAuthenticator(options: {
  authenticateUrl: string;
  secret: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
}): Authenticator {
  const cache = new LRUCache<string, Authentication>({ max: 10_000, ttl: AUTH_CACHE_TTL_MS });
  const inflight = new Map<string, Promise<Authentication>>();

  const ask = async (token: string | null): Promise<Authentication> => {
    const body = JSON.stringify({ token });
    const context = {
      requestId: crypto.randomUUID(),
      principal: { kind: 'anonymous' as const },
      entities: [],
      clientIp: '',
      exp: Date.now() + CONTEXT_TTL_MS,
    };
    const response = await fetch(options.authenticateUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(options.secret, context, body) },
      body,
      dispatcher: options.dispatcher,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) throw new Error(`identity answered ${response.status} to authenticate`);
    return (await response.json()) as Authentication;
  };

  return {
    async authenticate(token) {
      const key = token ? createHash('sha256').update(token).digest('hex') : 'anonymous';
      const cached = cache.get(key);
      if (cached) return cached;
      let pending = inflight.get(key);
      if (!pending) {
        pending = ask(token).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      const result = await pending;
      cache.set(key, result);
      return result;
    },
  };
}
