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
  /**
   * Drops the cached answer for a credential, and any answer to it still on its way, so the next
   * request asks identity. For whoever knows the credential just changed — a test that has logged
   * out or changed a role then sees the effect at once instead of after AUTH_CACHE_TTL_MS.
   */
  forget(token: string | null): void;
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
  /** The clock answers age by; tests pass one they can move forward. */
  now?: () => number;
}): Authenticator {
  const now = options.now ?? Date.now;
  // Expiry is checked against `now` below, not by the cache, so that one clock decides it.
  const cache = new LRUCache<string, CachedAuthentication>({ max: 10_000 });
  const inflight = new Map<string, Promise<Authentication>>();
  const keyOf = (token: string | null) =>
    token ? createHash('sha256').update(token).digest('hex') : 'anonymous';

  const ask = async (token: string | null): Promise<Authentication> => {
    const body = JSON.stringify({ token });
    const context = {
      requestId: crypto.randomUUID(),
      principal: { kind: 'anonymous' as const },
      entities: [],
      clientIp: '',
      // Identity checks this against its own wall clock, never the injected one.
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
    const asked = inflight.get(key);
    if (asked) return asked;
    const pending: Promise<Authentication> = ask(token)
      .then((value) => {
        // A question the credential was forgotten during answers its caller, but is not cached.
        if (inflight.get(key) === pending) cache.set(key, { value, storedAt: now() });
        return value;
      })
      .finally(() => {
        if (inflight.get(key) === pending) inflight.delete(key);
      });
    inflight.set(key, pending);
    return pending;
  };

  return {
    async authenticate(token) {
      const key = keyOf(token);
      const cached = cache.get(key);
      const age = cached ? now() - cached.storedAt : Infinity;
      if (!cached || age >= AUTH_CACHE_TTL_MS) return refresh(key, token);
      if (age >= AUTH_CACHE_TTL_MS - REFRESH_AHEAD_MS) {
        // A failed background refresh changes nothing: once the answer expires, the next request asks
        // identity itself and sees the failure.
        refresh(key, token).catch(() => undefined);
      }
      return cached.value;
    },
    forget(token) {
      const key = keyOf(token);
      cache.delete(key);
      inflight.delete(key);
    },
  };
}
