import type { MutationResolvers } from '../../../generated/resolvers.ts';
import {
  archiveCategory,
  createCategory,
  moveCategory,
  renameCategory,
  setDefaultAssignee,
  setTicketCategory,
} from '../category.service.ts';

export const Mutation: MutationResolvers = {
  createTicketCategory: (_parent, { input }, context) => createCategory(context, input),
  renameTicketCategory: (_parent, { id, name }, context) => renameCategory(context, id, name),
  moveTicketCategory: (_parent, { id, parentId }, context) => moveCategory(context, id, parentId),
  archiveTicketCategory: (_parent, { id }, context) => archiveCategory(context, id),
  setTicketCategoryDefaultAssignee: (_parent, { id, defaultAssigneeId }, context) =>
    setDefaultAssignee(context, id, defaultAssigneeId),
  setTicketCategory: (_parent, { ticketId, categoryId }, context) =>
    setTicketCategory(context, ticketId, categoryId),
};
