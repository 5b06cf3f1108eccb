import { badInput } from '../errors.ts';

/**
 * Relay-style cursor pagination over a keyset (newest first: created_at desc, id desc). A cursor is
 * the last row's sort key, opaque to clients; pages stay stable while rows are added.
 */
export interface Keyset {
  createdAt: Date;
  id: string;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return size;
}

export const encodeCursor = (key: Keyset) =>
  Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString('base64url');

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string | null | undefined): Keyset | null {
  if (cursor == null) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(createdAt));
    if (typeof id === 'string' && uuidPattern.test(id) && !Number.isNaN(date.getTime()))
      return { createdAt: date, id };
  } catch {
    // fall through to the error below: any undecodable cursor is the caller's mistake
  }
  throw badInput('after is not a cursor from this list.', 'after');
}

/** The MikroORM condition for "after this cursor" in newest-first order. */
export const afterKeyset = (key: Keyset) => ({
  $or: [{ createdAt: { $lt: key.createdAt } }, { createdAt: key.createdAt, id: { $lt: key.id } }],
});

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from `size + 1` fetched rows; the extra row only tells whether a next page exists.
 * Rows are newest-first keysets unless `cursorOf` says how to write a row's cursor (see `SortOrder`).
 */
export function toConnection<T extends Keyset>(
  rows: T[],
  size: number,
  count: () => Promise<number>,
): Connection<T>;
export function toConnection<T>(
  rows: T[],
  size: number,
  count: () => Promise<number>,
  cursorOf: (row: T) => string,
): Connection<T>;
export function toConnection<T>(
  rows: T[],
  size: number,
  count: () => Promise<number>,
  cursorOf: (row: T) => string = (row) => encodeCursor(row as Keyset),
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count,
  };
}

export const isUuid = (value: string) => uuidPattern.test(value);

/**
 * Keyset pagination under any sort a list offers. A `SortOrder` names the sort and lists its keys
 * (properties, most significant first); the row's id always breaks ties, and every key runs in the
 * same direction, so one index on (keys…, id) serves the order both ways. The cursor is the sort's
 * name, its direction, the last row's key values and its id, opaque to clients: a cursor written
 * under one order is refused (BAD_USER_INPUT on `after`) under another instead of skipping rows.
 *
 * Timestamp keys travel as ISO strings with microseconds: PostgreSQL stores microseconds, and a
 * cursor rounded to JavaScript's milliseconds would skip or repeat rows written in the same
 * millisecond. Read them with `timestampText` in the list query.
 */
export type SortDirection = 'asc' | 'desc';
export type SortKeyType = 'timestamp' | 'integer';

export interface SortOrder {
  /** Stable name written into cursors, e.g. `created_at`. */
  readonly name: string;
  readonly direction: SortDirection;
  /** The sort keys before the id, most significant first. */
  readonly keys: readonly { readonly property: string; readonly type: SortKeyType }[];
}

export type SortValue = string | number;

/** Where a page ends under a sort: the last row's key values (in key order) and its id. */
export interface SortPosition {
  values: SortValue[];
  id: string;
}

const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;

export const encodeSortCursor = (order: SortOrder, position: SortPosition) =>
  Buffer.from(JSON.stringify([order.name, order.direction, ...position.values, position.id])).toString(
    'base64url',
  );

const validValue = (type: SortKeyType, value: unknown): value is SortValue =>
  type === 'integer'
    ? Number.isSafeInteger(value)
    : typeof value === 'string' && timestampPattern.test(value) && !Number.isNaN(Date.parse(value));

/** The position a cursor of this order names; null without a cursor; BAD_USER_INPUT on `after` otherwise. */
export function decodeSortCursor(order: SortOrder, cursor: string | null | undefined): SortPosition | null {
  if (cursor == null) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts.length === order.keys.length + 3) {
      const [name, direction, ...rest] = parts as unknown[];
      const id = rest.pop();
      const values = rest;
      if (
        name === order.name &&
        direction === order.direction &&
        typeof id === 'string' &&
        uuidPattern.test(id) &&
        order.keys.every((key, index) => validValue(key.type, values[index]))
      )
        return { values: values as SortValue[], id };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw badInput('after is not a cursor from this list and order.', 'after');
}

/**
 * The MikroORM condition for "after this position" under the order:
 * k1 ⋚ v1, or k1 = v1 and k2 ⋚ v2, …, or all keys equal and id ⋚ the id.
 */
export function afterPosition(order: SortOrder, position: SortPosition) {
  const op = order.direction === 'desc' ? '$lt' : '$gt';
  const columns = [...order.keys.map((key) => key.property), 'id'];
  const values = [...position.values, position.id];
  return {
    $or: columns.map((column, index) => {
      const condition: Record<string, unknown> = {};
      for (let before = 0; before < index; before++) condition[columns[before]!] = values[before];
      condition[column] = { [op]: values[index] };
      return condition;
    }),
  };
}

/** The MikroORM `orderBy` of the order: every key, then the id, all in the order's direction. */
export const sortOrderBy = (order: SortOrder) =>
  Object.fromEntries(
    [...order.keys.map((key) => key.property), 'id'].map((column) => [column, order.direction]),
  );

/**
 * SQL that reads a timestamptz column as the cursor's text (UTC, microseconds), for a list query's
 * select list. `column` is a trusted identifier from the code, never input.
 */
export const timestampText = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
