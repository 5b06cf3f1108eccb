import { describe, expect, it } from '@jest/globals';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { Principal } from '@lotse/kernel/context/principal';
import { defineAbilityFor } from '@lotse/kernel/policy/ability';
import { customer, grant, KA, OL, staff, USER_ID } from '@lotse/kernel/testing/principals';
import { thrown } from '@lotse/kernel/testing/thrown';
import { assertCanEdit, assertCanWrite, noteReaders, readableMessages } from './conversation-access.ts';

const contextOf = (principal: Principal) =>
  ({ principal, ability: defineAbilityFor(principal) }) as unknown as SubgraphContext;
const code = (run: () => unknown) => thrown(run).extensions.code;
const own = { entity: KA, createdById: USER_ID };
const someoneElses = { entity: KA, createdById: 'user-2' };

describe('conversation access', () => {
  it('limits customers to public replies inside the query', () => {
    const scope = readableMessages(contextOf(customer(grant('customer', KA))));
    expect(scope).toEqual({
      kind: 'rows',
      where: {
        $and: [
          { ticket: { $and: [{ entity: KA, createdById: USER_ID }, { deletedAt: null }] } },
          { visibility: 'public_reply' },
        ],
      },
    });
  });

  it('shows internal notes to staff in the entities where they read every ticket', () => {
    const agent = contextOf(staff(grant('support_agent', KA), grant('customer', OL)));
    expect(noteReaders(agent)).toEqual({ kind: 'some', entities: [KA] });
    const scope = readableMessages(agent);
    expect(scope.kind === 'rows' && scope.where.$and).toContainEqual({
      $or: [{ visibility: 'public_reply' }, { ticket: { entity: { $in: [KA] } } }],
    });
    expect(noteReaders(contextOf(staff(grant('analyst', KA))))).toEqual({ kind: 'some', entities: [KA] });
    expect(readableMessages(contextOf(staff(grant('super_admin', null))))).toEqual({
      kind: 'rows',
      where: { ticket: { $and: [{}, { deletedAt: null }] } },
    });
  });

  it('shows nothing to callers without a ticket grant', () => {
    expect(readableMessages(contextOf({ kind: 'anonymous' }))).toEqual({ kind: 'none' });
    expect(noteReaders(contextOf(customer(grant('customer', KA))))).toEqual({ kind: 'none' });
  });

  it('lets staff who may update write both kinds, and a customer reply on their own ticket only', () => {
    const agent = contextOf(staff(grant('support_agent', KA)));
    const analyst = contextOf(staff(grant('analyst', KA)));
    const buyer = contextOf(customer(grant('customer', KA)));
    expect(() => assertCanWrite(agent, 'public_reply', someoneElses)).not.toThrow();
    expect(() => assertCanWrite(agent, 'internal_note', someoneElses)).not.toThrow();
    expect(code(() => assertCanWrite(analyst, 'public_reply', someoneElses))).toBe('FORBIDDEN');
    expect(() => assertCanWrite(buyer, 'public_reply', own)).not.toThrow();
    expect(code(() => assertCanWrite(buyer, 'internal_note', own))).toBe('FORBIDDEN');
    expect(code(() => assertCanWrite(buyer, 'public_reply', someoneElses))).toBe('FORBIDDEN');
  });

  it('lets only the author edit, while still allowed to write', () => {
    const agent = contextOf(staff(grant('support_agent', KA)));
    const moved = contextOf(staff(grant('support_agent', OL)));
    const mine = { authorId: USER_ID, visibility: 'internal_note' as const };
    expect(() => assertCanEdit(agent, mine, someoneElses)).not.toThrow();
    expect(code(() => assertCanEdit(agent, { ...mine, authorId: 'user-2' }, someoneElses))).toBe('FORBIDDEN');
    expect(code(() => assertCanEdit(moved, mine, someoneElses))).toBe('FORBIDDEN');
  });
});
