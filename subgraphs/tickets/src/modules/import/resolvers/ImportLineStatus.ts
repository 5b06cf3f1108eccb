import { enumValues } from '@lotse/kernel/graphql/enum-values';
import type { ImportLineStatusResolvers } from '../../../generated/resolvers.ts';
import { importLineStatuses } from '../import.service.ts';

export const ImportLineStatus: ImportLineStatusResolvers = enumValues(importLineStatuses);
