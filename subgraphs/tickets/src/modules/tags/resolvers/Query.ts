import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { listTags } from '../tag.service.ts';

export const Query: QueryResolvers = {
  ticketTags: (_parent, { entity, prefix, first }, context) => listTags(context, entity, prefix, first),
};
