import type { InternalContext } from '@lotse/kernel/context/principal';

/** The gateway's per-request context: the internal context it signs for the subgraphs. */
export interface GatewayContext {
  internal: InternalContext;
}
