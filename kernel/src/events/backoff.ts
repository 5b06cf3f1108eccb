/**
 * Delays between attempts to reach a database that is away: 0.1 s, doubling up to 5 s, and back to
 * 0.1 s after a success. Quick when one connection was dropped, gentle while the server is down.
 */
export interface Backoff {
  /** The delay before the next attempt; each call doubles the one after. */
  next(): number;
  reset(): void;
}

export function createBackoff(firstMs = 100, maxMs = 5000): Backoff {
  let delayMs = firstMs;
  return {
    next() {
      const current = delayMs;
      delayMs = Math.min(delayMs * 2, maxMs);
      return current;
    },
    reset() {
      delayMs = firstMs;
    },
  };
}
