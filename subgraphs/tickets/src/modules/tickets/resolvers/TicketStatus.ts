import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { TicketStatusResolvers } from '../../../generated/resolvers.ts';
import { ticketStatuses } from '../ticket.entity.ts';

export const TicketStatus: TicketStatusResolvers = enumValues(ticketStatuses);
