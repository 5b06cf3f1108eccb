import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { liveTickets } from '../tickets/ticket-access.ts';
import { lockTicket } from '../tickets/ticket.service.ts';
import type { TicketEntity } from '../tickets/ticket.entity.ts';

export { ticketSnapshot } from '../tickets/ticket.service.ts';

/**
 * What the modules that change a ticket's sorting (categories, tags) share: the ticket locked for the
 * change, with the tickets module's scope inside the locking query (out of reach: NOT_FOUND).
 */
export const lockLiveTicket = (
  tx: EntityManager,
  context: SubgraphContext,
  id: string,
): Promise<TicketEntity> => lockTicket(tx, liveTickets(context), id);
