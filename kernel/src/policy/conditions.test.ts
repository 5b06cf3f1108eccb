import { mongoQueryMatcher, subject } from '@casl/ability';
import { customer, grant, KA, OL, staff, USER_ID } from '../testing/principals.ts';
import { describe, expect, it } from '@jest/globals';
import type { Principal } from '../context/principal.ts';
import { defineAbilityFor } from './ability.ts';
import { rowScope, type AccessFilter } from './conditions.ts';

/** The filter of a scope that permits rows; fails the test for `none`. */
function filterOf(scope: ReturnType<typeof rowScope>): AccessFilter {
  if (scope.kind !== 'rows') throw new Error('expected rows, got none');
  return scope.where;
}
import type { Action, Subject } from './permissions.ts';

const user = staff;

type Row = { entity: string; createdById: string };

/**
 * Evaluates a filter the way the database would: `$or`/`$and` combine sub-filters, and the plain
 * field conditions are matched by CASL's own Mongo query matcher. Any other operator fails the test,
 * so a filter shape this helper does not understand cannot pass silently.
 */
function matches(filter: AccessFilter, row: Row): boolean {
  const { $or, $and, ...fields } = filter;
  const unknown = Object.keys(fields).filter((key) => key.startsWith('$'));
  if (unknown.length) throw new Error(`unexpected operator ${unknown.join(', ')}`);
  if ($or !== undefined && !($or as AccessFilter[]).some((part) => matches(part, row))) return false;
  if ($and !== undefined && !($and as AccessFilter[]).every((part) => matches(part, row))) return false;
  return mongoQueryMatcher(fields)(row);
}

const rows: Row[] = [KA, OL, 'third_entity'].flatMap((entity) =>
  [USER_ID, 'someone-else'].map((createdById) => ({ entity, createdById })),
);

describe('rowScope', () => {
  it('is none when nothing is permitted', () => {
    const none = { kind: 'none' };
    expect(rowScope(defineAbilityFor({ kind: 'anonymous' }), 'read', 'Ticket')).toEqual(none);
    expect(rowScope(defineAbilityFor(user(grant('support_agent', KA))), 'publish', 'Article')).toEqual(none);
    expect(rowScope(defineAbilityFor(user(grant('no_such_role', null))), 'read', 'Ticket')).toEqual(none);
  });

  it('is an empty filter (every row) for a global grant', () => {
    expect(filterOf(rowScope(defineAbilityFor(user(grant('super_admin', null))), 'read', 'Ticket'))).toEqual(
      {},
    );
  });

  it('is an empty filter when a global grant sits beside a scoped one', () => {
    const ability = defineAbilityFor(user(grant('support_agent', KA), grant('analyst', null)));
    expect(filterOf(rowScope(ability, 'read', 'Ticket'))).toEqual({});
  });

  it('restricts a scoped grant to its entity', () => {
    const filter = filterOf(rowScope(defineAbilityFor(user(grant('support_agent', KA))), 'read', 'Ticket'));
    expect(filter).toEqual({ entity: KA });
    expect(rows.filter((row) => matches(filter, row))).toEqual([
      { entity: KA, createdById: USER_ID },
      { entity: KA, createdById: 'someone-else' },
    ]);
  });

  it('restricts a customer to its own tickets in its entity', () => {
    const ability = defineAbilityFor(customer(grant('customer', KA)));
    const filter = filterOf(rowScope(ability, 'read', 'Ticket'));
    expect(filter).toEqual({ entity: KA, createdById: USER_ID });
    expect(rows.filter((row) => matches(filter, row))).toEqual([{ entity: KA, createdById: USER_ID }]);
  });

  it('lets a customer create in its entity without an ownership condition', () => {
    const ability = defineAbilityFor(customer(grant('customer', KA)));
    expect(filterOf(rowScope(ability, 'create', 'Ticket'))).toEqual({ entity: KA });
  });

  it('combines grants in two entities with $or', () => {
    const ability = defineAbilityFor(user(grant('support_agent', KA), grant('kb_editor', OL)));
    const filter = filterOf(rowScope(ability, 'read', 'Ticket'));
    expect(filter).toEqual({ $or: expect.arrayContaining([{ entity: KA }, { entity: OL }]) });
    expect(rows.filter((row) => matches(filter, row)).map((row) => row.entity)).toEqual([KA, KA, OL, OL]);
    // update is held in one entity only
    expect(filterOf(rowScope(ability, 'update', 'Ticket'))).toEqual({ entity: KA });
  });

  const principals: [string, Principal][] = [
    ['anonymous', { kind: 'anonymous' }],
    ['global super admin', user(grant('super_admin', null))],
    ['admin in one entity', user(grant('admin', KA))],
    ['agent and editor in two entities', user(grant('support_agent', KA), grant('kb_editor', OL))],
    ['customer', customer(grant('customer', OL))],
    ['customer in two entities', customer(grant('customer', KA), grant('customer', OL))],
    ['global customer', customer(grant('customer', null))],
    ['customer who is also an analyst', customer(grant('customer', KA), grant('analyst', KA))],
  ];
  const checks: [Action, Subject][] = [
    ['read', 'Ticket'],
    ['update', 'Ticket'],
    ['create', 'Ticket'],
    ['publish', 'Article'],
    ['read', 'User'],
    ['manage', 'Entity'],
  ];

  it.each(principals)('matches exactly the rows the ability permits (%s)', (_label, principal) => {
    const ability = defineAbilityFor(principal);
    for (const [action, type] of checks) {
      const scope = rowScope(ability, action, type);
      for (const row of rows) {
        const permitted = ability.can(action, subject(type, { ...row }) as unknown as Subject);
        expect({ action, type, row, selected: scope.kind === 'rows' && matches(scope.where, row) }).toEqual({
          action,
          type,
          row,
          selected: permitted,
        });
      }
    }
  });
});
