import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { NotificationKindResolvers } from '../../../generated/resolvers.ts';
import { notificationKinds } from '../notification.entity.ts';

export const NotificationKind: NotificationKindResolvers = enumValues(notificationKinds);
