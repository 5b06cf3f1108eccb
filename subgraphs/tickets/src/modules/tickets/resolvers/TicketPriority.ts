import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { TicketPriorityResolvers } from '../../../generated/resolvers.ts';
import { ticketPriorities } from '../ticket.entity.ts';

export const TicketPriority: TicketPriorityResolvers = enumValues(ticketPriorities);
