import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { tagFilterWhere } from '@lotse/tickets/modules/tags/tag-filter';
import { TicketSchema } from '@lotse/tickets/modules/tickets/ticket.entity';
import { subgraphOrms } from '../../src/runtime/subgraphs.ts';
import { KA, OL, startTestLotse, type GraphQLResponse, type TestLotse } from '../harness.ts';

/**
 * Ticket tags through the gateway: normalization, adding and removing in one change with its event,
 * the 20-tag limit, who sees and changes tags, autocomplete by use per entity, and `tagFilterWhere`.
 */
const TAG = `mutation($t: ID!, $add: [String!], $remove: [String!]) { tagTicket(ticketId: $t, add: $add, remove: $remove) { id tags } }`;
const TAGS = `query($id: ID!) { ticket(id: $id) { tags } }`;
const AUTOCOMPLETE = `query($entity: String!, $prefix: String, $first: Int) { ticketTags(entity: $entity, prefix: $prefix, first: $first) { name useCount } }`;
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;

let lotse: TestLotse;
let db: pg.Client;
let orm: MikroORM;
beforeAll(async () => {
  lotse = await startTestLotse();
  db = new pg.Client({ connectionString: lotse.databaseUrl });
  await db.connect();
  orm = await subgraphOrms.tickets.open(lotse.databaseUrl, 1);
});
afterAll(async () => {
  await orm?.close();
  await db?.end();
  await lotse?.stop();
});

const errorOf = (result: GraphQLResponse) =>
  result.errors?.[0]?.extensions as { code?: string; field?: string } | undefined;
/** A tag no other test uses: each test works on its own words. */
const word = (stem: string) => `${stem}-${crypto.randomUUID().slice(0, 8)}`;

async function ticket(token: string, entity = KA): Promise<string> {
  const result = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
    CREATE_TICKET,
    { input: { entity, title: 'Tag me', description: 'x' } },
    token,
  );
  return result.data!.createTicket.ticket.id;
}

const tag = (token: string, t: string, add: string[] = [], remove: string[] = []) =>
  lotse.graphql<{ tagTicket: { id: string; tags: string[] } }>(TAG, { t, add, remove }, token);

describe('ticket tags', () => {
  it('normalizes, adds and removes in one change, records it, and ignores no-ops', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const id = await ticket(agent.token);
    const vip = word('vip');
    const added = await tag(agent.token, id, [` ${vip.toUpperCase()} `, 'Refund  Requested', vip]);
    expect(added.data!.tagTicket.tags).toEqual([vip, 'refund-requested'].sort());
    const changed = await tag(agent.token, id, ['angry'], ['refund-requested', 'not-there']);
    expect(changed.data!.tagTicket.tags).toEqual(['angry', vip].sort());
    await tag(agent.token, id, [vip], ['never-had-it']); // nothing changes
    expect(
      (await lotse.graphql<{ ticket: { tags: string[] } }>(TAGS, { id }, agent.token)).data!.ticket.tags,
    ).toEqual(['angry', vip].sort());
    const { rows } = await db.query(
      `select type, actor_id, before, after from tickets.outbox_event where aggregate_id = $1 and type = 'ticket.tags_changed' order by id`,
      [id],
    );
    expect(rows).toEqual([
      {
        type: 'ticket.tags_changed',
        actor_id: agent.id,
        before: { tags: [] },
        after: { tags: [vip, 'refund-requested'].sort() },
      },
      {
        type: 'ticket.tags_changed',
        actor_id: agent.id,
        before: { tags: [vip, 'refund-requested'].sort() },
        after: { tags: ['angry', vip].sort() },
      },
    ]);
  });

  it('refuses bad tags and more than 20 per ticket, naming the field', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const id = await ticket(agent.token);
    for (const bad of ['', '#hash', 'x'.repeat(51), 'semi;colon'])
      expect(errorOf(await tag(agent.token, id, [bad]))).toEqual({ code: 'BAD_USER_INPUT', field: 'add' });
    expect(errorOf(await tag(agent.token, id, [], ['%']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'remove',
    });
    expect(errorOf(await tag(agent.token, id, ['same'], ['SAME']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'add',
    });
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect((await tag(agent.token, id, twenty)).data!.tagTicket.tags).toHaveLength(20);
    expect(errorOf(await tag(agent.token, id, ['one-more']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'add',
    });
    expect((await tag(agent.token, id, ['one-more'], ['t0'])).data!.tagTicket.tags).toContain('one-more');
    expect(errorOf(await tag(agent.token, id, [...twenty, 'x']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'add',
    });
  });

  it('shows tags to staff only and lets only those who update the ticket change them', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const analyst = await lotse.signedIn('analyst', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const customer = await lotse.signedIn('customer', KA);
    const id = await ticket(customer.token);
    await tag(agent.token, id, ['internal-word']);
    expect(
      (await lotse.graphql<{ ticket: { tags: string[] } }>(TAGS, { id }, customer.token)).data!.ticket.tags,
    ).toEqual([]);
    expect(
      (await lotse.graphql<{ ticket: { tags: string[] } }>(TAGS, { id }, analyst.token)).data!.ticket.tags,
    ).toEqual(['internal-word']);
    expect(errorOf(await tag(customer.token, id, ['mine']))?.code).toBe('FORBIDDEN');
    expect(errorOf(await tag(analyst.token, id, ['mine']))?.code).toBe('FORBIDDEN');
    expect(errorOf(await tag(olAgent.token, id, ['mine']))?.code).toBe('NOT_FOUND');
    expect(errorOf(await tag(agent.token, crypto.randomUUID(), ['mine']))?.code).toBe('NOT_FOUND');
    const { rows } = await db.query(
      `select count(*)::int as n from tickets.outbox_event where aggregate_id = $1 and type = 'ticket.tags_changed'`,
      [id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('autocompletes per entity, most used first, for staff of that entity only', async () => {
    const ka = await lotse.signedIn('support_agent', KA);
    const ol = await lotse.signedIn('support_agent', OL);
    const customer = await lotse.signedIn('customer', KA);
    const stem = word('auto');
    const [t1, t2, t3] = [await ticket(ka.token), await ticket(ka.token), await ticket(ka.token)];
    await tag(ka.token, t1, [`${stem}-rare`, `${stem}-common`]);
    await tag(ka.token, t2, [`${stem}-common`, `${stem}-mid`]);
    await tag(ka.token, t3, [`${stem}-common`, `${stem}-mid`]);
    const olTicket = await ticket(ol.token, OL);
    await tag(ol.token, olTicket, [`${stem}-ol-only`]);

    const complete = (token: string, entity: string, prefix: string, first?: number) =>
      lotse.graphql<{ ticketTags: { name: string; useCount: number }[] }>(
        AUTOCOMPLETE,
        { entity, prefix, first },
        token,
      );
    expect((await complete(ka.token, KA, stem.toUpperCase())).data!.ticketTags).toEqual([
      { name: `${stem}-common`, useCount: 3 },
      { name: `${stem}-mid`, useCount: 2 },
      { name: `${stem}-rare`, useCount: 1 },
    ]);
    expect((await complete(ka.token, KA, stem, 1)).data!.ticketTags).toHaveLength(1);
    expect((await complete(ol.token, KA, stem)).data!.ticketTags).toEqual([]);
    expect((await complete(ol.token, OL, stem)).data!.ticketTags).toEqual([
      { name: `${stem}-ol-only`, useCount: 1 },
    ]);
    expect((await complete(customer.token, KA, stem)).data!.ticketTags).toEqual([]);
    expect(errorOf(await complete(ka.token, KA, stem, 51))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(errorOf(await complete(ka.token, KA, 'a%'))).toEqual({ code: 'BAD_USER_INPUT', field: 'prefix' });

    // Removing a tag lowers its count; a tag nobody uses any more is not offered.
    await tag(ka.token, t1, [], [`${stem}-rare`]);
    expect((await complete(ka.token, KA, `${stem}-r`)).data!.ticketTags).toEqual([]);
  });

  it('exports a ticket filter by tag', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const label = word('filter');
    const [a, b] = [await ticket(agent.token), await ticket(agent.token)];
    const olTicket = await ticket(olAgent.token, OL);
    await tag(agent.token, a, [label]);
    await tag(olAgent.token, olTicket, [label]);
    await tag(agent.token, b, ['other']);
    const em = orm.em.fork();
    const where = { $and: [tagFilterWhere(em, ` ${label.toUpperCase()} `), { entity: KA }] };
    expect((await em.find(TicketSchema, where)).map((t) => t.id)).toEqual([a]);
    expect(await em.count(TicketSchema, where)).toBe(1);
    expect(await em.count(TicketSchema, tagFilterWhere(em, label))).toBe(2);
    expect(() => tagFilterWhere(em, '#')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.tag' } }),
    );
  });
});
