import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { UserTypeResolvers } from '../../../generated/resolvers.ts';
import { userTypes } from '../user.entity.ts';

export const UserType: UserTypeResolvers = enumValues(userTypes);
