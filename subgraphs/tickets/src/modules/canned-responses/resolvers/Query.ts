import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { listCannedResponses, suggestCannedResponses } from '../canned-response.service.ts';

export const Query: QueryResolvers = {
  cannedResponses: (_parent, args, context) => listCannedResponses(context, args),
  suggestedCannedResponses: (_parent, { ticketId, first }, context) =>
    suggestCannedResponses(context, ticketId, first),
};
