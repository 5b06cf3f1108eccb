import { describe, expect, it } from '@jest/globals';
import { thrown } from '../testing/thrown.ts';
import {
  MAX_PAGE_SIZE,
  afterKeyset,
  afterPosition,
  decodeSortCursor,
  encodeSortCursor,
  sortOrderBy,
  type SortOrder,
  decodeCursor,
  encodeCursor,
  isUuid,
  pageSize,
  toConnection,
  type Keyset,
} from './pagination.ts';

const ID = '0b6f4a52-3c1e-4c3a-9a57-2f1f3f0f8e11';

/** Runs `run` and returns the GraphQL error it throws; fails when it does not throw one. */

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('pageSize', () => {
  it('defaults to 50', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(null)).toBe(50);
  });

  it(`accepts 1 to ${MAX_PAGE_SIZE}`, () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(37)).toBe(37);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %p as BAD_USER_INPUT on first',
    (first) => {
      const error = thrown(() => pageSize(first));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(error.message).toBe(`first must be between 1 and ${MAX_PAGE_SIZE}.`);
    },
  );
});

describe('cursors', () => {
  it('round-trip a keyset', () => {
    const key: Keyset = { createdAt: new Date('2026-11-25T09:30:00.123Z'), id: ID };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it('are opaque base64url', () => {
    expect(encodeCursor({ createdAt: new Date('2026-01-01T00:00:00Z'), id: ID })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('differ for rows with the same time and different ids', () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    expect(encodeCursor({ createdAt, id: ID })).not.toBe(
      encodeCursor({ createdAt, id: '1b6f4a52-3c1e-4c3a-9a57-2f1f3f0f8e11' }),
    );
  });

  it('decode null and undefined to no cursor', () => {
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'not-a-cursor'],
    ['base64 of non-JSON', b64('hello')],
    ['a JSON object', b64('{"createdAt":"2026-01-01T00:00:00Z","id":"x"}')],
    ['a JSON number', b64('42')],
    ['JSON null', b64('null')],
    ['an empty array', b64('[]')],
    ['an id that is not a uuid', b64('["2026-01-01T00:00:00.000Z","1 or 1=1"]')],
    ['a numeric id', b64('["2026-01-01T00:00:00.000Z",7]')],
    ['an invalid date', b64(`["not a date","${ID}"]`)],
    ['a missing id', b64('["2026-01-01T00:00:00.000Z"]')],
  ])('reject %s as BAD_USER_INPUT on after', (_label, cursor) => {
    const error = thrown(() => decodeCursor(cursor));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toBe('after is not a cursor from this list.');
  });
});

describe('afterKeyset', () => {
  it('selects rows strictly after the cursor in newest-first order', () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    expect(afterKeyset({ createdAt, id: ID })).toEqual({
      $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: ID } }],
    });
  });
});

describe('isUuid', () => {
  it('accepts uuids in either case and nothing else', () => {
    expect(isUuid(ID)).toBe(true);
    expect(isUuid(ID.toUpperCase())).toBe(true);
    expect(isUuid(`${ID}0`)).toBe(false);
    expect(isUuid(ID.replaceAll('-', ''))).toBe(false);
    expect(isUuid('')).toBe(false);
  });
});

describe('toConnection', () => {
  const rows = Array.from({ length: 4 }, (_, index) => ({
    createdAt: new Date(Date.UTC(2026, 0, 10 - index)),
    id: `0b6f4a52-3c1e-4c3a-9a57-2f1f3f0f8e1${index}`,
    title: `row ${index}`,
  }));
  const count = async () => 42;

  it('reports a next page when one row more than the page was fetched', () => {
    const connection = toConnection(rows, 3, count);
    expect(connection.edges.map((edge) => edge.node)).toEqual(rows.slice(0, 3));
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(rows[2]!) });
  });

  it('reports no next page when the rows fit', () => {
    expect(toConnection(rows, 4, count).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: encodeCursor(rows[3]!),
    });
    expect(toConnection(rows.slice(0, 2), 3, count).pageInfo.hasNextPage).toBe(false);
  });

  it('gives every edge the cursor of its node, which decodes to its keyset', () => {
    for (const edge of toConnection(rows, 3, count).edges) {
      expect(decodeCursor(edge.cursor)).toEqual({ createdAt: edge.node.createdAt, id: edge.node.id });
    }
  });

  it('has no end cursor when empty', () => {
    const connection = toConnection([], 10, count);
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('passes the count through lazily', async () => {
    let calls = 0;
    const connection = toConnection(rows, 3, async () => ++calls);
    expect(calls).toBe(0);
    await expect(connection.totalCount()).resolves.toBe(1);
  });
});

describe('sorted keysets', () => {
  const byPriority: SortOrder = {
    name: 'priority',
    direction: 'desc',
    keys: [
      { property: 'priorityRank', type: 'integer' },
      { property: 'createdAt', type: 'timestamp' },
    ],
  };
  const position = { values: [3, '2026-01-01T00:00:00.000123Z'], id: ID };

  it('round-trip a position with microsecond timestamps', () => {
    const cursor = encodeSortCursor(byPriority, position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSortCursor(byPriority, cursor)).toEqual(position);
    expect(decodeSortCursor(byPriority, null)).toBeNull();
  });

  it.each([
    ['another order', { ...byPriority, name: 'status' }],
    ['another direction', { ...byPriority, direction: 'asc' as const }],
    ['fewer keys', { ...byPriority, keys: byPriority.keys.slice(0, 1) }],
  ])('refuse a cursor of %s as BAD_USER_INPUT on after', (_label, other) => {
    const error = thrown(() => decodeSortCursor(other, encodeSortCursor(byPriority, position)));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each([
    ['a keyset cursor', encodeCursor({ createdAt: new Date('2026-01-01T00:00:00Z'), id: ID })],
    ['a string rank', b64(`["priority","desc","3","2026-01-01T00:00:00Z","${ID}"]`)],
    ['a local time', b64(`["priority","desc",3,"2026-01-01T00:00:00","${ID}"]`)],
    ['a bad id', b64('["priority","desc",3,"2026-01-01T00:00:00Z","1 or 1=1"]')],
    ['garbage', 'not-a-cursor'],
  ])('refuse %s', (_label, cursor) => {
    expect(thrown(() => decodeSortCursor(byPriority, cursor)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('select rows strictly after the position, key by key, the id last', () => {
    expect(afterPosition(byPriority, position)).toEqual({
      $or: [
        { priorityRank: { $lt: 3 } },
        { priorityRank: 3, createdAt: { $lt: '2026-01-01T00:00:00.000123Z' } },
        { priorityRank: 3, createdAt: '2026-01-01T00:00:00.000123Z', id: { $lt: ID } },
      ],
    });
    expect(afterPosition({ ...byPriority, direction: 'asc' }, position).$or[0]).toEqual({
      priorityRank: { $gt: 3 },
    });
  });

  it('order by every key, then the id, in one direction', () => {
    expect(sortOrderBy(byPriority)).toEqual({ priorityRank: 'desc', createdAt: 'desc', id: 'desc' });
  });
});
