import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { createTicketView, deleteTicketView, renameTicketView, updateTicketView } from '../view.service.ts';

export const Mutation: MutationResolvers = {
  createTicketView: (_parent, { input }, context) => createTicketView(context, input),
  renameTicketView: (_parent, { id, name }, context) => renameTicketView(context, id, name),
  updateTicketView: (_parent, { id, input }, context) => updateTicketView(context, id, input),
  deleteTicketView: (_parent, { id }, context) => deleteTicketView(context, id),
};
