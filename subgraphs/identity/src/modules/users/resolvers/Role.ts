import { enumValues } from '@lotse/kernel/graphql/enum-values';
import { roleNames } from '@lotse/kernel/policy/roles';
import type { RoleResolvers } from '../../../generated/resolvers.ts';

export const Role: RoleResolvers = enumValues(roleNames);
