import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { MessageVisibilityResolvers } from '../../../generated/resolvers.ts';
import { messageVisibilities } from '../message.entity.ts';

export const MessageVisibility: MessageVisibilityResolvers = enumValues(messageVisibilities);
