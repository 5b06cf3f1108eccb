import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { importTicketsFile } from '../../src/commands/import-tickets.ts';
import { subgraphOrms } from '../../src/runtime/subgraphs.ts';
import { KA, OL, startTestLotse, type TestLotse, type TestUser } from '../harness.ts';

/**
 * Importing from another desk (issue 15): the CLI importer with identity at hand and the admin
 * mutation; idempotency, a bad line among good ones, historical times in the history, and entities.
 */
const IMPORT = `mutation($ndjson: String!) { importTickets(ndjson: $ndjson) {
  imported skipped failed lines { line externalId status ticketId reason } } }`;
const HISTORY = `query($id: ID!) { ticket(id: $id) { number title status priority createdAt category { name } tags
  history(first: 100) { edges { node { type occurredAt } } } } }`;

interface ImportResult {
  importTickets: {
    imported: number;
    skipped: number;
    failed: number;
    lines: {
      line: number;
      externalId: string | null;
      status: string;
      ticketId: string | null;
      reason: string | null;
    }[];
  };
}

let lotse: TestLotse;
let db: pg.Client;
let orms: { identity: MikroORM; tickets: MikroORM };
let agent: TestUser;
let dir: string;
const run = crypto.randomUUID().slice(0, 8);
const customerEmail = `importee.${run}@example.com`;

beforeAll(async () => {
  lotse = await startTestLotse();
  db = new pg.Client({ connectionString: lotse.databaseUrl });
  await db.connect();
  orms = {
    identity: await subgraphOrms.identity.open(lotse.databaseUrl, 2),
    tickets: await subgraphOrms.tickets.open(lotse.databaseUrl, 2),
  };
  agent = await lotse.createUser({ role: 'support_agent', entity: KA });
  dir = await mkdtemp(path.join(tmpdir(), 'lotse-import-'));
});
afterAll(async () => {
  await orms?.tickets.close();
  await orms?.identity.close();
  await db?.end();
  await lotse?.stop();
});

const line = (externalId: string, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    externalId,
    entity: KA,
    title: `Imported ${externalId}`,
    description: 'From the old desk',
    priority: 'HIGH',
    category: `Legacy ${run}/Invoices`,
    tags: ['legacy', 'billing'],
    channel: 'email',
    customer: { email: customerEmail, name: 'Imma Porter' },
    createdAt: '2024-03-01T09:00:00Z',
    events: [
      { at: '2024-03-01T09:05:00Z', type: 'assigned', to: agent.email },
      {
        at: '2024-03-01T09:10:00Z',
        type: 'message',
        author: customerEmail,
        public: true,
        body: 'Where is it?',
      },
      {
        at: '2024-03-01T10:00:00Z',
        type: 'message',
        author: agent.email,
        public: true,
        body: '<p>Here <script>alert(1)</script>it is</p>',
      },
      { at: '2024-03-01T10:01:00Z', type: 'message', author: agent.email, public: false, body: 'sent it' },
      { at: '2024-03-02T09:00:00Z', type: 'status', to: 'RESOLVED' },
      { at: '2024-03-03T09:00:00Z', type: 'rating', score: 5, comment: 'Great' },
    ],
    ...overrides,
  });

/** Everything an import writes, counted: the same file twice must leave these the same. */
async function footprint() {
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
  return {
    tickets: await count('select count(*) as n from tickets.ticket'),
    messages: await count('select count(*) as n from tickets.message'),
    ratings: await count('select count(*) as n from tickets.ticket_rating'),
    imports: await count('select count(*) as n from tickets.ticket_import'),
    categories: await count('select count(*) as n from tickets.category'),
    tags: await count('select coalesce(sum(use_count), 0) as n from tickets.tag'),
    events: await count('select count(*) as n from tickets.outbox_event'),
    users: await count('select count(*) as n from identity.app_user'),
  };
}

describe('import-tickets (CLI)', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'cli.ndjson');
    await writeFile(
      file,
      [
        line(`CLI-1-${run}`),
        line(`CLI-2-${run}`, {
          events: [{ at: '2024-03-01T09:05:00Z', type: 'assigned', to: 'nobody@example.com' }],
        }),
        '',
        line(`CLI-3-${run}`, { createdAt: '2024-04-01T09:00:00Z', events: [] }),
      ].join('\n'),
    );
  });

  it('imports good lines, reports a bad one with its number and reason, and leaves nothing of it', async () => {
    const said: string[] = [];
    const summary = await importTicketsFile(file, orms, (text) => said.push(text));
    expect(summary).toMatchObject({ imported: 2, skipped: 0, failed: 1 });
    expect(summary.lines.map((result) => [result.line, result.status])).toEqual([
      [1, 'imported'],
      [2, 'failed'],
      [4, 'imported'],
    ]);
    expect(summary.lines[1]!.reason).toMatch(/nobody@example\.com is not an active staff member/);
    expect(said.join('\n')).toMatch(/line 2: failed \(CLI-2-.*\): .*nobody@example\.com/);
    expect(said.at(-1)).toBe('Done: 2 imported, 0 already imported, 1 failed.');
    const left = await db.query(`select 1 from tickets.ticket_import where external_id = $1`, [
      `CLI-2-${run}`,
    ]);
    expect(left.rowCount).toBe(0);
    // The unknown customer was created with the customer role in the entity.
    const customer = await db.query<{ type: string; role: string; entity: string }>(
      `select u.type, g.role, g.entity from identity.app_user u join identity.role_grant g on g.user_id = u.id where u.email = $1`,
      [customerEmail],
    );
    expect(customer.rows).toEqual([{ type: 'customer', role: 'customer', entity: KA }]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await footprint();
    const summary = await importTicketsFile(file, orms, () => {});
    expect(summary).toMatchObject({ imported: 0, skipped: 2, failed: 1 });
    expect(await footprint()).toEqual(before);
  });

  it('keeps the historical times: the ticket, its messages and its history', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const [{ ticket_id: id }] = (
      await db.query<{ ticket_id: string }>(
        `select ticket_id from tickets.ticket_import where external_id = $1`,
        [`CLI-1-${run}`],
      )
    ).rows as [{ ticket_id: string }];
    const result = await lotse.graphql<{
      ticket: {
        number: string;
        status: string;
        priority: string;
        createdAt: string;
        category: { name: string };
        tags: string[];
        history: { edges: { node: { type: string; occurredAt: string } }[] };
      };
    }>(HISTORY, { id }, admin.token);
    const ticket = result.data!.ticket;
    expect(ticket).toMatchObject({ status: 'RESOLVED', priority: 'HIGH', category: { name: 'Invoices' } });
    expect(ticket.number).toMatch(/^KA-2024-/);
    expect(ticket.tags).toEqual(['billing', 'legacy']);
    expect(new Date(ticket.createdAt).toISOString()).toBe('2024-03-01T09:00:00.000Z');
    const history = ticket.history.edges.map(({ node }) => [
      node.type,
      new Date(node.occurredAt).toISOString(),
    ]);
    expect(history.slice(0, -1)).toEqual([
      ['ticket.created', '2024-03-01T09:00:00.000Z'],
      ['ticket.tags_changed', '2024-03-01T09:00:00.000Z'],
      ['ticket.updated', '2024-03-01T09:05:00.000Z'],
      ['ticket.message_added', '2024-03-01T09:10:00.000Z'],
      ['ticket.message_added', '2024-03-01T10:00:00.000Z'],
      ['ticket.message_added', '2024-03-01T10:01:00.000Z'],
      ['ticket.status_changed', '2024-03-02T09:00:00.000Z'],
      ['ticket.rated', '2024-03-03T09:00:00.000Z'],
    ]);
    expect(history.at(-1)![0]).toBe('ticket.imported');
    const messages = await db.query<{ body_html: string; created_at: Date; visibility: string }>(
      `select body_html, created_at, visibility from tickets.message where ticket_id = $1 order by position`,
      [id],
    );
    expect(messages.rows.map((row) => row.created_at.toISOString())).toEqual([
      '2024-03-01T09:10:00.000Z',
      '2024-03-01T10:00:00.000Z',
      '2024-03-01T10:01:00.000Z',
    ]);
    expect(messages.rows[1]!.body_html).not.toContain('script');
    expect(messages.rows[2]!.visibility).toBe('internal_note');
    const ratings = await db.query(`select score, comment from tickets.ticket_rating where ticket_id = $1`, [
      id,
    ]);
    expect(ratings.rows).toEqual([{ score: 5, comment: 'Great' }]);
  });
});

describe('importTickets (mutation)', () => {
  it('imports for an admin into their entity, reporting the bad line in the middle', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const ndjson = [line(`API-1-${run}`), '{"externalId": "broken"', line(`API-3-${run}`, { tags: ['!bad'] })]
      .concat(line(`API-4-${run}`))
      .join('\n');
    const first = await lotse.graphql<ImportResult>(IMPORT, { ndjson }, admin.token);
    expect(first.errors).toBeUndefined();
    const result = first.data!.importTickets;
    expect(result).toMatchObject({ imported: 2, skipped: 0, failed: 2 });
    expect(result.lines.map((entry) => [entry.line, entry.status])).toEqual([
      [1, 'IMPORTED'],
      [2, 'FAILED'],
      [3, 'FAILED'],
      [4, 'IMPORTED'],
    ]);
    expect(result.lines[1]!.reason).toBe('not valid JSON');
    expect(result.lines[2]!.reason).toMatch(/^tags: /);

    const before = await footprint();
    const again = await lotse.graphql<ImportResult>(IMPORT, { ndjson }, admin.token);
    expect(again.data!.importTickets).toMatchObject({ imported: 0, skipped: 2, failed: 2 });
    expect(again.data!.importTickets.lines[0]!.ticketId).toBe(result.lines[0]!.ticketId);
    expect(await footprint()).toEqual(before);
  });

  it('refuses lines of another entity to an admin of KA, and callers without the permission', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const result = await lotse.graphql<ImportResult>(
      IMPORT,
      { ndjson: line(`API-OL-${run}`, { entity: OL, events: [] }) },
      admin.token,
    );
    expect(result.data!.importTickets).toMatchObject({ imported: 0, failed: 1 });
    expect(result.data!.importTickets.lines[0]!.reason).toBe(`You may not import tickets into ${OL}.`);
    const none = await db.query(`select 1 from tickets.ticket_import where external_id = $1`, [
      `API-OL-${run}`,
    ]);
    expect(none.rowCount).toBe(0);

    const agentToken = await lotse.login(agent);
    const refused = await lotse.graphql(IMPORT, { ndjson: line(`API-X-${run}`) }, agentToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names people the tickets desk does not know', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const result = await lotse.graphql<ImportResult>(
      IMPORT,
      {
        ndjson: line(`API-NEW-${run}`, {
          customer: { email: `new.${run}@example.com`, name: 'New' },
          events: [],
        }),
      },
      admin.token,
    );
    expect(result.data!.importTickets.lines[0]!.reason).toMatch(
      /is not a customer known to the tickets desk/,
    );
  });
});
