import { describe, expect, it } from '@jest/globals';
import { fieldChanges } from './field-changes.ts';

describe('fieldChanges', () => {
  it('lists only the fields whose value changed', () => {
    expect(
      fieldChanges(
        { status: 'new', title: 'Same', assigneeId: null },
        { status: 'assigned', title: 'Same', assigneeId: 'u1' },
      ),
    ).toEqual([
      { field: 'status', oldValue: 'new', newValue: 'assigned' },
      { field: 'assigneeId', oldValue: null, newValue: 'u1' },
    ]);
  });

  it('shows every field of a created record as new', () => {
    expect(fieldChanges(null, { number: 'KA-2026-00001', priority: 'high' })).toEqual([
      { field: 'number', oldValue: null, newValue: 'KA-2026-00001' },
      { field: 'priority', oldValue: null, newValue: 'high' },
    ]);
  });

  it('renders structured values as JSON and notices fields that disappear', () => {
    expect(fieldChanges({ tags: ['a'], note: 'x' }, { tags: ['a', 'b'] })).toEqual([
      { field: 'tags', oldValue: '["a"]', newValue: '["a","b"]' },
      { field: 'note', oldValue: 'x', newValue: null },
    ]);
  });

  it('treats a payload that is not an object as one value', () => {
    expect(fieldChanges(null, 'closed')).toEqual([{ field: 'value', oldValue: null, newValue: 'closed' }]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});
