import type { MutationResolvers } from '../../../generated/resolvers.ts';
import {
  createCannedResponse,
  deleteCannedResponse,
  renderCannedResponse,
  updateCannedResponse,
} from '../canned-response.service.ts';

export const Mutation: MutationResolvers = {
  createCannedResponse: (_parent, { input }, context) => createCannedResponse(context, input),
  updateCannedResponse: (_parent, { id, input }, context) => updateCannedResponse(context, id, input),
  deleteCannedResponse: (_parent, { id }, context) => deleteCannedResponse(context, id),
  renderCannedResponse: (_parent, { id, ticketId }, context) => renderCannedResponse(context, id, ticketId),
};
