import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KA, startTestLotse, type TestLotse } from '../harness.ts';

/**
 * Finding tickets: every filter and every order of `tickets`, paged through with small pages,
 * against an independent expectation computed here. Each test opens its own tickets (narrowed to
 * them with `createdById`) and sets the columns it sorts and filters on directly, with microsecond
 * timestamps and ties, so pages must hold across rows written in the same millisecond.
 */
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const LIST = `query($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
  tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
  }
}`;
type Page = {
  tickets: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const priorities = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
const statuses = ['new', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed'] as const;

interface Row {
  id: string;
  priority: (typeof priorities)[number];
  status: (typeof statuses)[number];
  createdAt: string;
  updatedAt: string;
  assignee: 'me' | 'other' | null;
  awaitingReply: boolean;
}

let lotse: TestLotse;
let db: pg.Client;
beforeAll(async () => {
  lotse = await startTestLotse();
  db = new pg.Client({ connectionString: lotse.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await lotse.stop();
});

// Microsecond instants: several share a millisecond, two are equal (ties broken by id).
const at = (micros: string) => `2026-03-01T10:00:00.${micros}Z`;
const ms = (millis: string) => at(`${millis}000`);
const plan: Omit<Row, 'id'>[] = [
  {
    priority: 'LOW',
    status: 'new',
    createdAt: at('000100'),
    updatedAt: at('900001'),
    assignee: null,
    awaitingReply: true,
  },
  {
    priority: 'URGENT',
    status: 'waiting',
    createdAt: at('000200'),
    updatedAt: at('900002'),
    assignee: 'me',
    awaitingReply: false,
  },
  {
    priority: 'MEDIUM',
    status: 'assigned',
    createdAt: at('000200'),
    updatedAt: at('900002'),
    assignee: 'other',
    awaitingReply: true,
  },
  {
    priority: 'HIGH',
    status: 'in_progress',
    createdAt: at('000300'),
    updatedAt: at('100000'),
    assignee: 'me',
    awaitingReply: true,
  },
  {
    priority: 'URGENT',
    status: 'new',
    createdAt: at('500000'),
    updatedAt: at('500000'),
    assignee: null,
    awaitingReply: false,
  },
  {
    priority: 'LOW',
    status: 'resolved',
    createdAt: at('500000'),
    updatedAt: at('000400'),
    assignee: 'other',
    awaitingReply: false,
  },
  {
    priority: 'MEDIUM',
    status: 'closed',
    createdAt: at('999999'),
    updatedAt: at('999999'),
    assignee: 'me',
    awaitingReply: false,
  },
];

/** Opens the planned tickets as a fresh agent and sets their columns; returns the agent and the rows. */
async function seed() {
  const agent = await lotse.signedIn('support_agent', KA);
  const other = await lotse.createUser({ role: 'support_agent', entity: KA });
  const rows: Row[] = [];
  for (const [index, row] of plan.entries()) {
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      CREATE,
      { input: { entity: KA, title: `find me ${index}`, description: 'x', priority: row.priority } },
      agent.token,
    );
    const { id } = created.data!.createTicket.ticket;
    await db.query(
      `update tickets.ticket set status = $2, created_at = $3, updated_at = $4, assignee_id = $5, awaiting_reply = $6
        where id = $1`,
      [
        id,
        row.status,
        row.createdAt,
        row.updatedAt,
        row.assignee === 'me' ? agent.id : row.assignee === 'other' ? other.id : null,
        row.awaitingReply,
      ],
    );
    rows.push({ ...row, id });
  }
  return { agent, rows };
}

/** Every page of the list, `first` at a time; fails on a duplicate. */
async function pageThrough(token: string, variables: Record<string, unknown>, first = 2) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 50; pages++) {
    const result: { data?: Page | null; errors?: unknown } = await lotse.graphql<Page>(
      LIST,
      { ...variables, first, after },
      token,
    );
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data!.tickets;
    totalCount = result.data!.tickets.totalCount;
    expect(edges.length).toBeLessThanOrEqual(first);
    ids.push(...edges.map((edge) => edge.node.id));
    if (!pageInfo.hasNextPage) break;
    expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
    after = pageInfo.endCursor;
  }
  expect(new Set(ids).size).toBe(ids.length);
  return { ids, totalCount };
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const rank = {
  PRIORITY: (row: Row) => priorities.indexOf(row.priority),
  STATUS: (row: Row) => statuses.indexOf(row.status),
};

/** The expected order, computed independently: the sort's keys, then created_at, then id. */
function expectedOrder(rows: Row[], field: string, direction: 'ASC' | 'DESC') {
  const keyOf = (row: Row): (string | number)[] =>
    field === 'CREATED_AT'
      ? [row.createdAt, row.id]
      : field === 'UPDATED_AT'
        ? [row.updatedAt, row.id]
        : [rank[field as 'PRIORITY' | 'STATUS'](row), row.createdAt, row.id];
  const sorted = [...rows].sort((a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    for (let index = 0; index < ka.length; index++) {
      const order = compare(ka[index]!, kb[index]!);
      if (order) return order;
    }
    return 0;
  });
  return (direction === 'ASC' ? sorted : sorted.reverse()).map((row) => row.id);
}

describe('tickets: orders', () => {
  it.each([
    ['CREATED_AT', 'DESC'],
    ['CREATED_AT', 'ASC'],
    ['UPDATED_AT', 'DESC'],
    ['UPDATED_AT', 'ASC'],
    ['PRIORITY', 'DESC'],
    ['PRIORITY', 'ASC'],
    ['STATUS', 'DESC'],
    ['STATUS', 'ASC'],
  ] as const)('pages through %s %s without duplicates or gaps', async (field, direction) => {
    const { agent, rows } = await seed();
    const filter = { createdById: agent.id };
    for (const first of [1, 2, 3]) {
      const { ids, totalCount } = await pageThrough(
        agent.token,
        { filter, orderBy: { field, direction } },
        first,
      );
      expect(ids).toEqual(expectedOrder(rows, field, direction));
      expect(totalCount).toBe(rows.length);
    }
  });

  it('sorts newest first by default and by urgency, not alphabetically', async () => {
    const { agent, rows } = await seed();
    const filter = { createdById: agent.id };
    expect((await pageThrough(agent.token, { filter })).ids).toEqual(
      expectedOrder(rows, 'CREATED_AT', 'DESC'),
    );
    const { ids } = await pageThrough(agent.token, { filter, orderBy: { field: 'PRIORITY' } }, 100);
    const byId = new Map(rows.map((row) => [row.id, row.priority]));
    expect([...new Set(ids.map((id) => byId.get(id)))]).toEqual(['URGENT', 'HIGH', 'MEDIUM', 'LOW']);
  });

  it('refuses a cursor from another order, another direction or nowhere, on after', async () => {
    const { agent } = await seed();
    const filter = { createdById: agent.id };
    const first = await lotse.graphql<Page>(
      LIST,
      { filter, first: 2, orderBy: { field: 'PRIORITY' } },
      agent.token,
    );
    const cursor = first.data!.tickets.pageInfo.endCursor;
    for (const orderBy of [
      { field: 'CREATED_AT' },
      { field: 'STATUS' },
      { field: 'PRIORITY', direction: 'ASC' },
      undefined,
    ]) {
      const refused = await lotse.graphql<Page>(
        LIST,
        { filter, first: 2, orderBy, after: cursor },
        agent.token,
      );
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const after of ['nonsense', Buffer.from('["priority","desc","x","y"]').toString('base64url')]) {
      const refused = await lotse.graphql<Page>(
        LIST,
        { filter, orderBy: { field: 'PRIORITY' }, after },
        agent.token,
      );
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('tickets: filters', () => {
  it('filters by each field, paging through the matches in order', async () => {
    const { agent, rows } = await seed();
    const cases: [Record<string, unknown>, (row: Row) => boolean][] = [
      [{ unassigned: true }, (row) => row.assignee === null],
      [{ unassigned: false }, (row) => row.assignee !== null],
      [{ assignedToMe: true }, (row) => row.assignee === 'me'],
      [{ assignedToMe: false }, (row) => row.assignee !== 'me'],
      [{ awaitingReply: true }, (row) => row.awaitingReply],
      [{ awaitingReply: false }, (row) => !row.awaitingReply],
      // DateTime arguments carry milliseconds; the rows' microseconds lie between them.
      [{ createdAfter: ms('001') }, (row) => row.createdAt >= ms('001')],
      [{ createdBefore: ms('500') }, (row) => row.createdAt < ms('500')],
      [
        { createdAfter: ms('001'), createdBefore: ms('600') },
        (row) => row.createdAt >= ms('001') && row.createdAt < ms('600'),
      ],
      [{ updatedAfter: ms('900') }, (row) => row.updatedAt >= ms('900')],
      [{ updatedBefore: ms('500') }, (row) => row.updatedAt < ms('500')],
      [
        { updatedAfter: ms('100'), updatedBefore: ms('900') },
        (row) => row.updatedAt >= ms('100') && row.updatedAt < ms('900'),
      ],
      [{ status: ['NEW', 'WAITING'] }, (row) => row.status === 'new' || row.status === 'waiting'],
      [{ priority: ['URGENT'] }, (row) => row.priority === 'URGENT'],
      [{ assigneeId: agent.id }, (row) => row.assignee === 'me'],
      [
        { entity: KA, assignedToMe: true, awaitingReply: true },
        (row) => row.assignee === 'me' && row.awaitingReply,
      ],
      [{ unassigned: true, assignedToMe: true }, () => false],
    ];
    for (const [filter, matches] of cases) {
      expect(rows.filter(matches).length).toBeLessThan(rows.length + (Object.keys(filter).length ? 0 : 1));
      const expected = expectedOrder(rows.filter(matches), 'CREATED_AT', 'DESC');
      const { ids, totalCount } = await pageThrough(agent.token, {
        filter: { ...filter, createdById: agent.id },
      });
      expect({ filter, ids }).toEqual({ filter, ids: expected });
      expect(totalCount).toBe(expected.length);
    }
  });

  it('combines a filter with another order', async () => {
    const { agent, rows } = await seed();
    const filter = { createdById: agent.id, unassigned: false };
    const { ids } = await pageThrough(agent.token, {
      filter,
      orderBy: { field: 'UPDATED_AT', direction: 'ASC' },
    });
    expect(ids).toEqual(
      expectedOrder(
        rows.filter((row) => row.assignee !== null),
        'UPDATED_AT',
        'ASC',
      ),
    );
  });

  it('leaves deleted tickets out of every order, and pages through them with deleted: true', async () => {
    const { agent, rows } = await seed();
    const admin = await lotse.signedIn('admin', KA);
    const gone = [rows[1]!, rows[4]!];
    for (const row of gone) {
      const result = await lotse.graphql(
        'mutation($id: ID!) { deleteTicket(id: $id) { id } }',
        { id: row.id },
        admin.token,
      );
      expect(result.errors).toBeUndefined();
    }
    // Deleting is a change: it moves updated_at, which the UPDATED_AT order sorts by.
    for (const row of gone) {
      const { rows: now } = await db.query(
        `select to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as u from tickets.ticket where id = $1`,
        [row.id],
      );
      row.updatedAt = now[0].u;
    }
    const live = rows.filter((row) => !gone.includes(row));
    const filter = { createdById: agent.id };
    for (const field of ['CREATED_AT', 'UPDATED_AT', 'PRIORITY', 'STATUS'] as const) {
      for (const token of [agent.token, admin.token]) {
        const { ids, totalCount } = await pageThrough(token, { filter, orderBy: { field } });
        expect(ids).toEqual(expectedOrder(live, field, 'DESC'));
        expect(totalCount).toBe(live.length);
      }
      const deleted = await pageThrough(
        admin.token,
        { filter: { ...filter, deleted: true }, orderBy: { field } },
        1,
      );
      expect(deleted.ids).toEqual(expectedOrder(gone, field, 'DESC'));
    }
    expect((await pageThrough(agent.token, { filter: { ...filter, deleted: true } })).ids).toEqual([]);
  });
});
