import { rulesToCondition } from '@casl/ability/extra';
import type { AppAbility } from './ability.ts';
import type { Action, Subject } from './permissions.ts';
import { noRows, rowsWhere, type RowScope, type Where } from './scope.ts';

/**
 * Translates the ability's rules for (action, subject) into a MongoDB-style filter, which MikroORM
 * accepts as a `where` condition. `none` means nothing is permitted: callers return an empty
 * result without querying, so out-of-scope rows are never loaded.
 */
export type AccessFilter = Where;

export function rowScope(ability: AppAbility, action: Action, subject: Subject): RowScope {
  const where = rulesToCondition(
    ability.rulesFor(action, subject),
    (rule): AccessFilter => {
      const conditions = (rule.conditions ?? {}) as AccessFilter;
      return rule.inverted ? { $not: conditions } : conditions;
    },
    {
      and: (parts) => ({ $and: parts }),
      or: (parts) => (parts.length === 1 ? parts[0]! : { $or: parts }),
      empty: () => ({}),
    },
  );
  return where === null ? noRows : rowsWhere(where);
}
