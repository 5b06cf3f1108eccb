import express, { type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { httpErrorHandler } from '@lotse/kernel/http/error-handler';
import { signedJsonBody } from '@lotse/kernel/http/signed-request';
import type { Logger } from '@lotse/kernel/logging';
import { entityDirectory } from '../entities/entity.service.ts';
import { authenticate } from './authenticate.ts';

/**
 * The gateway's one private call into identity: "who holds this bearer secret?", answered with the
 * principal and the entity directory. Signed like every gateway request; not part of the GraphQL API.
 */
export const authenticatePath = '/subgraphs/identity/internal/authenticate';

export interface AuthenticateResponse {
  principal: Awaited<ReturnType<typeof authenticate>>;
  entities: Awaited<ReturnType<typeof entityDirectory>>;
}

export function authenticateRoute(orm: MikroORM, secret: string, logger: Logger): Router {
  const router = express.Router();
  router.post(authenticatePath, ...signedJsonBody(secret, '8kb'), async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const token = typeof req.body?.token === 'string' ? req.body.token : null;
      const body: AuthenticateResponse = {
        principal: await authenticate(em, token),
        entities: await entityDirectory(em),
      };
      res.json(body);
    } catch (error) {
      next(error);
    }
  });
  // Its own handler: this router is mounted after the subgraph's, whose handler never sees its errors.
  router.use(httpErrorHandler(logger));
  return router;
}
