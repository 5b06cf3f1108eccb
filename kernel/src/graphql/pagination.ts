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

/** Builds a connection from `size + 1` fetched rows; the extra row only tells whether a next page exists. */
export function toConnection<T extends Keyset>(
  rows: T[],
  size: number,
  count: () => Promise<number>,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count,
  };
}

export const isUuid = (value: string) => uuidPattern.test(value);
