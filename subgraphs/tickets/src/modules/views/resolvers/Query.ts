import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { findTicketView, listTicketViews } from '../view.service.ts';

export const Query: QueryResolvers = {
  ticketViews: (_parent, _args, context) => listTicketViews(context),
  ticketView: (_parent, { id }, context) => findTicketView(context, id),
};
