import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { mergeTickets, setParentTicket, setTicketLink } from '../relations.service.ts';

export const Mutation: MutationResolvers = {
  linkTickets: (_parent, { id, relatedId }, context) => setTicketLink(context, id, relatedId, true),
  unlinkTickets: (_parent, { id, relatedId }, context) => setTicketLink(context, id, relatedId, false),
  setParentTicket: (_parent, { id, parentId }, context) => setParentTicket(context, id, parentId),
  mergeTickets: (_parent, { sourceId, targetId }, context) => mergeTickets(context, sourceId, targetId),
};
