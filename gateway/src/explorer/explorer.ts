import path from 'node:path';
import { createRequire } from 'node:module';
import express, { type Router } from 'express';
import { ruruHTML } from 'ruru/server';

/**
 * A GraphQL explorer that works offline: Ruru (GraphiQL) served from its npm package, never a
 * CDN. Apollo Sandbox, which loads from Apollo's CDN, is linked for those who are online.
 */
// ruru's exports do not include package.json: resolve its main file and walk up to the package root.
const staticDir = path.join(path.dirname(createRequire(import.meta.url).resolve('ruru/server')), '..', 'static');

export function explorerRouter(): Router {
  const router = express.Router();
  router.use('/explorer/static', express.static(staticDir, { immutable: true, maxAge: '7d' }));
  router.get('/', (_req, res) => res.redirect('/explorer'));
  router.get('/explorer', (_req, res) => {
    res
      .type('html')
      .send(ruruHTML({ endpoint: '/graphql', subscriptionEndpoint: '/graphql', staticPath: '/explorer/static/' }));
  });
  return router;
}
