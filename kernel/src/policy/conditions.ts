import { rulesToCondition } from '@casl/ability/extra';
import type { AppAbility } from './ability.ts';
import type { Action, Subject } from './permissions.ts';

/**
 * Translates the ability's rules for (action, subject) into a MongoDB-style filter, which MikroORM
 * accepts as a `where` condition. `null` means nothing is permitted: callers must return an empty
 * result without querying, so out-of-scope rows are never loaded.
 */
export type AccessFilter = Record<string, unknown>;

export function accessFilter(ability: AppAbility, action: Action, subject: Subject): AccessFilter | null {
  return rulesToCondition(
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
}
