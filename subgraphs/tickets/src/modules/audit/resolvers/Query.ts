import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { auditLog } from '../audit.service.ts';

export const Query: QueryResolvers = {
  auditLog: (_parent, args, context) => auditLog(context, args),
};
