import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/** Links, parents and children, and merging a duplicate — within one entity, recorded on both tickets. */
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id number } } }`;
const REPLY = `mutation($input: ReplyToTicketInput!) { replyToTicket(input: $input) { message { id } } }`;
const RELATIONS = `query($id: ID!) { ticket(id: $id) {
  status resolutionNotes parent { id } children { id status } relatedTickets { id } mergedInto { id }
  messages(first: 20) { edges { node { bodyText isFirstResponse } } }
} }`;

interface Relations {
  status: string;
  resolutionNotes: string | null;
  parent: { id: string } | null;
  children: { id: string; status: string }[];
  relatedTickets: { id: string }[];
  mergedInto: { id: string } | null;
  messages: { edges: { node: { bodyText: string; isFirstResponse: boolean } }[] };
}

describe('ticket relations', () => {
  let lotse: TestLotse;
  let sql: pg.Client;
  beforeAll(async () => {
    lotse = await startTestLotse();
    sql = new pg.Client({ connectionString: lotse.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await lotse.stop();
  });

  const ticket = async (token: string, title = 'related', entity = KA) =>
    (
      await lotse.graphql<{ createTicket: { ticket: { id: string; number: string } } }>(
        CREATE,
        { input: { entity, title, description: 'x' } },
        token,
      )
    ).data!.createTicket.ticket;
  const relations = async (token: string, id: string) =>
    (await lotse.graphql<{ ticket: Relations }>(RELATIONS, { id }, token)).data!.ticket;
  const mutate = (token: string, query: string, variables: Record<string, unknown>) =>
    lotse.graphql<Record<string, unknown>>(query, variables, token);
  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
    answer.errors?.[0]?.extensions?.code;
  const eventTypes = async (id: string) =>
    (
      await sql.query('select type from tickets.outbox_event where aggregate_id = $1 order by id', [id])
    ).rows.map((row) => row.type as string);

  it('links related tickets both ways and unlinks them', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const [a, b] = [await ticket(agent.token), await ticket(agent.token)];
    const LINK = 'mutation($id: ID!, $r: ID!) { linkTickets(id: $id, relatedId: $r) { id } }';
    await mutate(agent.token, LINK, { id: a.id, r: b.id });
    await mutate(agent.token, LINK, { id: b.id, r: a.id });
    expect((await relations(agent.token, a.id)).relatedTickets).toEqual([{ id: b.id }]);
    expect((await relations(agent.token, b.id)).relatedTickets).toEqual([{ id: a.id }]);
    expect(await eventTypes(b.id)).toEqual(['ticket.created', 'ticket.linked']);
    await mutate(
      agent.token,
      'mutation($id: ID!, $r: ID!) { unlinkTickets(id: $id, relatedId: $r) { id } }',
      {
        id: b.id,
        r: a.id,
      },
    );
    expect((await relations(agent.token, a.id)).relatedTickets).toEqual([]);
  });

  it('shows children with their statuses and refuses a cycle', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const [parent, child, grandchild] = [
      await ticket(agent.token),
      await ticket(agent.token),
      await ticket(agent.token),
    ];
    const PARENT = 'mutation($id: ID!, $p: ID) { setParentTicket(id: $id, parentId: $p) { parent { id } } }';
    await mutate(agent.token, PARENT, { id: child.id, p: parent.id });
    await mutate(agent.token, PARENT, { id: grandchild.id, p: child.id });
    await mutate(agent.token, 'mutation($id: ID!) { changeTicketStatus(id: $id, status: WAITING) { id } }', {
      id: child.id,
    });
    expect((await relations(agent.token, parent.id)).children).toEqual([{ id: child.id, status: 'WAITING' }]);
    expect((await relations(agent.token, grandchild.id)).parent).toEqual({ id: child.id });
    const cycle = await mutate(agent.token, PARENT, { id: parent.id, p: grandchild.id });
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    await mutate(agent.token, PARENT, { id: child.id, p: null });
    expect((await relations(agent.token, parent.id)).children).toEqual([]);
  });

  it('merges a duplicate: messages move after the target’s, the duplicate closes pointing at it', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const target = await ticket(customer.token, 'Login broken');
    const duplicate = await ticket(customer.token, 'Cannot log in');
    await mutate(agent.token, REPLY, { input: { ticketId: target.id, body: 'Looking into it' } });
    await mutate(customer.token, REPLY, { input: { ticketId: duplicate.id, body: 'Still cannot log in' } });
    await mutate(agent.token, REPLY, { input: { ticketId: duplicate.id, body: 'Answered here too' } });
    const merged = await lotse.graphql<{
      mergeTickets: { movedMessages: number; source: { status: string } };
    }>(
      'mutation($s: ID!, $t: ID!) { mergeTickets(sourceId: $s, targetId: $t) { movedMessages source { status } } }',
      { s: duplicate.id, t: target.id },
      agent.token,
    );
    expect(merged.data!.mergeTickets).toEqual({ movedMessages: 2, source: { status: 'CLOSED' } });
    const kept = await relations(agent.token, target.id);
    expect(kept.messages.edges.map((edge) => edge.node)).toEqual([
      { bodyText: 'Looking into it', isFirstResponse: true },
      { bodyText: 'Still cannot log in', isFirstResponse: false },
      { bodyText: 'Answered here too', isFirstResponse: false },
    ]);
    const closed = await relations(agent.token, duplicate.id);
    expect(closed).toMatchObject({ status: 'CLOSED', mergedInto: { id: target.id } });
    expect(closed.resolutionNotes).toBe(`Merged into ${target.number}.`);
    expect(await eventTypes(duplicate.id)).toEqual(
      expect.arrayContaining(['ticket.status_changed', 'ticket.merged']),
    );
    expect(await eventTypes(target.id)).toContain('ticket.merged');
    const again = await mutate(
      agent.token,
      'mutation($s: ID!, $t: ID!) { mergeTickets(sourceId: $s, targetId: $t) { movedMessages } }',
      {
        s: duplicate.id,
        t: target.id,
      },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceId' });
  });

  it('refuses relations across entities and out of reach, changing nothing', async () => {
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const root = await lotse.signedIn('super_admin', null);
    const ka = await ticket(kaAgent.token);
    const ol = await ticket(olAgent.token, 'ol', OL);
    const LINK = 'mutation($id: ID!, $r: ID!) { linkTickets(id: $id, relatedId: $r) { id } }';
    const MERGE = 'mutation($s: ID!, $t: ID!) { mergeTickets(sourceId: $s, targetId: $t) { movedMessages } }';
    expect(codeOf(await mutate(kaAgent.token, LINK, { id: ka.id, r: ol.id }))).toBe('NOT_FOUND');
    expect(codeOf(await mutate(kaAgent.token, MERGE, { s: ol.id, t: ka.id }))).toBe('NOT_FOUND');
    const across = await mutate(root.token, LINK, { id: ka.id, r: ol.id });
    expect(across.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relatedId' });
    expect(codeOf(await mutate(root.token, MERGE, { s: ol.id, t: ka.id }))).toBe('BAD_USER_INPUT');
    const customer = await lotse.signedIn('customer', KA);
    const own = await ticket(customer.token);
    expect(codeOf(await mutate(customer.token, LINK, { id: own.id, r: own.id }))).toBe('FORBIDDEN');
    expect(await eventTypes(ka.id)).toEqual(['ticket.created']);
    expect(await eventTypes(ol.id)).toEqual(['ticket.created']);
  });
});
