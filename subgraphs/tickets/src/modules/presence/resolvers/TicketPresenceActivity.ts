import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { TicketPresenceActivityResolvers } from '../../../generated/resolvers.ts';
import { presenceActivities } from '../presence.entity.ts';

export const TicketPresenceActivity: TicketPresenceActivityResolvers = enumValues(presenceActivities);
