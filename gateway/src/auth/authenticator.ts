import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { fetch, type Dispatcher } from 'undici';
import type { EntityRef, Principal } from '@lotse/kernel/context/principal';
import { CONTEXT_TTL_MS, signedHeaders } from '@lotse/kernel/context/signing';

/**
 * Resolves bearer secrets to principals by asking identity (the only owner of sessions and tokens).
 * Answers are cached for a few seconds: that bounds how long a revoked credential keeps working
 * and keeps identity off the hot path of every request. In an answer's last second, the request
 * that uses it also asks identity again in the background, so a busy client never waits for
 * identity (at 50 concurrent requests, every expiry used to stall all of them at once); an answer
 * is still never used longer than AUTH_CACHE_TTL_MS after it arrived.
 */
export interface Authentication {
  principal: Principal;
  entities: EntityRef[];
}

export interface Authenticator {
  authenticate(token: string | null): Promise<Authentication>;
}

export const AUTH_CACHE_TTL_MS = 5_000;
const REFRESH_AHEAD_MS = 1_000;

interface CachedAuthentication {
  value: Authentication;
  storedAt: number;
}

export function createAuthenticator(options: {
  authenticateUrl: string;
  secret: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
}): Authenticator {
  const cache = new LRUCache<string, CachedAuthentication>({ max: 10_000, ttl: AUTH_CACHE_TTL_MS });
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

  /** One question to identity per credential at a time; the answer goes into the cache. */
  const refresh = (key: string, token: string | null): Promise<Authentication> => {
    let pending = inflight.get(key);
    if (!pending) {
      pending = ask(token)
        .then((value) => {
          cache.set(key, { value, storedAt: Date.now() });
          return value;
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    return pending;
  };

  return {
    async authenticate(token) {
      const key = token ? createHash('sha256').update(token).digest('hex') : 'anonymous';
      const cached = cache.get(key);
      if (!cached) return refresh(key, token);
      if (Date.now() - cached.storedAt >= AUTH_CACHE_TTL_MS - REFRESH_AHEAD_MS) {
        // A failed background refresh changes nothing: once the answer expires, the next request asks
        // identity itself and sees the failure.
        refresh(key, token).catch(() => undefined);
      }
      return cached.value;
    },
  };
}
