import type { TicketResolvers } from '../../../generated/resolvers.ts';
import { findTicket } from '../ticket.service.ts';

/** Creator and assignee are references: the gateway asks identity for them in one batch. */
export const Ticket: TicketResolvers = {
  __resolveReference: (reference, context) => findTicket(context, reference.id),
  entity: (ticket) => ({ __typename: 'Entity', code: ticket.entity }),
  createdBy: (ticket) => ({ __typename: 'User', id: ticket.createdById }),
  assignee: (ticket) => (ticket.assigneeId ? { __typename: 'User', id: ticket.assigneeId } : null),
};
