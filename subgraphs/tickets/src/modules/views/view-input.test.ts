import { describe, expect, it } from '@jest/globals';
import { cleanViewName, effectiveFilter, parseViewFilter, parseViewOrder } from './view-input.ts';

/** BAD_USER_INPUT naming the field. */
const onField = (field: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });
const ID = '6f1c1a44-7d0b-4b8e-9d1e-0e6c7e0d5a11';

describe('saved view input', () => {
  it('keeps known filter fields, drops nulls and empty lists, normalizes instants and tags', () => {
    expect(
      parseViewFilter({
        entity: 'kids_ascension',
        status: ['new', 'in_progress', 'new'],
        priority: [],
        assigneeId: ID,
        unassigned: null,
        assignedToMe: true,
        createdAfter: '2026-12-01T10:00:00+01:00',
        tag: '  Billing ',
      }),
    ).toEqual({
      entity: 'kids_ascension',
      status: ['new', 'in_progress'],
      assigneeId: ID,
      assignedToMe: true,
      createdAfter: '2026-12-01T09:00:00.000Z',
      tag: 'billing',
    });
    expect(parseViewFilter(null)).toEqual({});
  });

  it('refuses what a ticket list would refuse, naming the field', () => {
    expect(() => parseViewFilter({ status: ['OPEN'] })).toThrow(onField('filter.status'));
    expect(() => parseViewFilter({ assigneeId: 'nope' })).toThrow(onField('filter.assigneeId'));
    expect(() => parseViewFilter({ createdBefore: 'yesterday' })).toThrow(onField('filter.createdBefore'));
    expect(() => parseViewFilter({ awaitingReply: 'yes' })).toThrow(onField('filter.awaitingReply'));
    expect(() => parseViewFilter({ tag: '!!' })).toThrow(onField('filter.tag'));
    expect(() => parseViewFilter({ sql: 'drop' })).toThrow(onField('filter.sql'));
    expect(() => parseViewFilter([])).toThrow(onField('filter'));
  });

  it('parses orders with DESC as the default direction', () => {
    expect(parseViewOrder(null)).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(parseViewOrder({ field: 'PRIORITY' })).toEqual({ field: 'PRIORITY', direction: 'DESC' });
    expect(parseViewOrder({ field: 'STATUS', direction: 'ASC' })).toEqual({
      field: 'STATUS',
      direction: 'ASC',
    });
    expect(() => parseViewOrder({ field: 'TITLE' })).toThrow(onField('orderBy'));
    expect(() => parseViewOrder({ field: 'STATUS', direction: 'UP' })).toThrow(onField('orderBy'));
  });

  it('bounds names and pins shared views to their entity', () => {
    expect(cleanViewName('  Mine ')).toBe('Mine');
    expect(() => cleanViewName(' ')).toThrow(onField('name'));
    expect(() => cleanViewName('x'.repeat(81))).toThrow(onField('name'));
    expect(effectiveFilter({ status: ['new'] }, 'ozean_licht')).toEqual({
      status: ['new'],
      entity: 'ozean_licht',
    });
    expect(effectiveFilter({ entity: 'kids_ascension' }, null)).toEqual({ entity: 'kids_ascension' });
  });
});
