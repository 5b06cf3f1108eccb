import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalContext, Principal } from '../context/principal.ts';
import { defineAbilityFor, type AppAbility } from '../policy/ability.ts';
import type { Logger } from '../logging.ts';

/**
 * What every resolver in every subgraph gets: the verified caller, their ability, a request-scoped
 * EntityManager (MikroORM's identity map must never be shared between requests) and a logger that
 * carries the request id.
 */
export interface SubgraphContext {
  internal: InternalContext;
  principal: Principal;
  ability: AppAbility;
  em: EntityManager;
  logger: Logger;
}

export function baseContext(internal: InternalContext, em: EntityManager, logger: Logger): SubgraphContext {
  return {
    internal,
    principal: internal.principal,
    ability: defineAbilityFor(internal.principal),
    em: em.fork(),
    logger: logger.child({ requestId: internal.requestId }),
  };
}
