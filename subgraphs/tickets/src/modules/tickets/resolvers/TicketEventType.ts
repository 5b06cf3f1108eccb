import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { TicketEventTypeResolvers } from '../../../generated/resolvers.ts';
import type { TicketEventMessage } from '../ticket-event.ts';

const kinds: readonly TicketEventMessage['type'][] = ['created', 'updated'];

export const TicketEventType: TicketEventTypeResolvers = enumValues(kinds);
