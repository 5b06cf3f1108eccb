import { describe, expect, it } from '@jest/globals';
import {
  assertCanMoveInto,
  categoryPath,
  cleanCategoryName,
  depthFirst,
  nearestDefaultAssignee,
  splitCategoryPath,
  subtreeHeight,
} from './category-tree.ts';

const row = (id: string, name: string, pathIds: string[], entity: string | null = 'ka') => ({
  id,
  name,
  pathIds,
  entity,
  archivedAt: null as Date | null,
});

/** BAD_USER_INPUT naming the field. */
const onField = (field: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });

describe('category names and paths', () => {
  it('trims and collapses whitespace, refusing empty, long, slashed and control-character names', () => {
    expect(cleanCategoryName('  Billing   and  Invoices ')).toBe('Billing and Invoices');
    for (const bad of ['', '   ', 'a'.repeat(81), 'Billing/Invoices', 'tab\u0007'])
      expect(() => cleanCategoryName(bad)).toThrow(onField('name'));
    expect(cleanCategoryName('a'.repeat(80))).toHaveLength(80);
  });

  it('splits a path into 1–5 cleaned names', () => {
    expect(splitCategoryPath(' Billing / Invoices ')).toEqual(['Billing', 'Invoices']);
    expect(() => splitCategoryPath('a/b/c/d/e/f')).toThrow(onField('path'));
    expect(() => splitCategoryPath('Billing//Invoices')).toThrow(onField('path'));
  });

  it('joins the names of a path, root first', () => {
    const rows = [row('a', 'Billing', ['a']), row('b', 'Invoices', ['a', 'b'])];
    expect(categoryPath(rows[1]!, new Map(rows.map((r) => [r.id, r])))).toBe('Billing/Invoices');
  });
});

describe('moving categories', () => {
  const root = row('r', 'Root', ['r']);
  const child = row('c', 'Child', ['r', 'c']);
  const grandchild = row('g', 'Grand', ['r', 'c', 'g']);

  it('measures a subtree in levels', () => {
    expect(subtreeHeight(root, [root, child, grandchild])).toBe(3);
    expect(subtreeHeight(grandchild, [grandchild])).toBe(1);
  });

  it('refuses cycles: into itself or below itself', () => {
    expect(() => assertCanMoveInto(root, 3, root)).toThrow(onField('parentId'));
    expect(() => assertCanMoveInto(root, 3, grandchild)).toThrow(onField('parentId'));
  });

  it('refuses more than five levels', () => {
    const deep = row('d', 'Deep', ['1', '2', '3', 'd']);
    expect(() => assertCanMoveInto(child, 2, deep)).toThrow(onField('parentId'));
    expect(() => assertCanMoveInto(grandchild, 1, deep)).not.toThrow();
  });

  it("refuses another entity's parent and archived parents, and accepts shared parents", () => {
    expect(() => assertCanMoveInto(child, 2, row('o', 'OL', ['o'], 'ol'))).toThrow(onField('parentId'));
    expect(() => assertCanMoveInto(child, 2, row('s', 'Shared', ['s'], null))).not.toThrow();
    expect(() => assertCanMoveInto(row('x', 'S', ['x'], null), 1, child)).toThrow(onField('parentId'));
    const archived = { ...root, id: 'z', pathIds: ['z'], archivedAt: new Date() };
    expect(() => assertCanMoveInto(child, 2, archived)).toThrow(onField('parentId'));
  });
});

describe('routing and order', () => {
  it('routes to the nearest default assignee up the path', () => {
    expect(nearestDefaultAssignee([{ defaultAssigneeId: 'a' }, { defaultAssigneeId: null }])).toBe('a');
    expect(nearestDefaultAssignee([{ defaultAssigneeId: 'a' }, { defaultAssigneeId: 'b' }])).toBe('b');
    expect(nearestDefaultAssignee([{ defaultAssigneeId: null }])).toBeNull();
  });

  it('lists a tree depth first, siblings by name regardless of case and with numbers in order', () => {
    const rows = [
      row('2', 'shipping', ['2']),
      row('1b', 'Invoices 10', ['1', '1b']),
      row('1', 'Billing', ['1']),
      row('1a', 'Invoices 9', ['1', '1a']),
    ];
    expect(depthFirst(rows).map((r) => r.id)).toEqual(['1', '1a', '1b', '2']);
  });
});
