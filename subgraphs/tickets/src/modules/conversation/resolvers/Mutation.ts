import type { MutationResolvers } from '../../../generated/resolvers.ts';
import { addInternalNote, editMessage, replyToTicket } from '../message.service.ts';

export const Mutation: MutationResolvers = {
  replyToTicket: (_parent, { input }, context) => replyToTicket(context, input),
  addInternalNote: (_parent, { input }, context) => addInternalNote(context, input),
  editMessage: (_parent, { input }, context) => editMessage(context, input),
};
