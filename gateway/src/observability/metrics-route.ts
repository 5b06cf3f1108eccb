import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { bearerToken } from '../auth/bearer.ts';
import type { Metrics } from './metrics.ts';

/**
 * `GET /metrics` for Prometheus. The gateway's port is public, and metrics tell an outsider which
 * operations run and how often, so: with a metrics token, only a scraper presenting it as a bearer
 * token gets them; without one, production serves no metrics at all and development serves them
 * openly (a local Prometheus needs no setup).
 */
export function metricsRoute(metrics: Metrics, options: { token: string | undefined; production: boolean }): RequestHandler {
  const expected = options.token ? digest(options.token) : null;
  return async (req, res, next) => {
    if (!expected) {
      if (options.production) return next();
    } else {
      const given = bearerToken(req.headers.authorization);
      if (!given || !timingSafeEqual(digest(given), expected)) {
        res.status(401).set('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('Unauthorized');
        return;
      }
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** Compared as digests: equal lengths for timingSafeEqual, and no length leak. */
const digest = (token: string) => createHash('sha256').update(token).digest();
