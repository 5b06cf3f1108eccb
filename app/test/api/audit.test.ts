import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/**
 * The audit trail through the gateway: a ticket's history for staff, the audit log for `audit.read`
 * within its entities — the history from the tickets subgraph's append-only outbox, the log from the
 * append-only bus that holds every subgraph's changes.
 */
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  ticket(id: $id) {
    history(first: $first, after: $after) {
      edges { cursor node { type actor { id } entity { code } subjectType subjectId changes { field oldValue newValue } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const LOG = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { node { type source entity { code } subjectId actor { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface HistoryNode {
  type: string;
  actor: { id: string } | null;
  entity: { code: string } | null;
  subjectType: string;
  subjectId: string;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
}
interface Page<T> {
  edges: { cursor?: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type LogNode = Pick<HistoryNode, 'type' | 'entity' | 'subjectId' | 'actor'> & { source: string };

describe('audit trail', () => {
  let lotse: TestLotse;
  beforeAll(async () => {
    lotse = await startTestLotse();
  });
  afterAll(() => lotse.stop());

  async function ticketIn(entity: string, token: string, title = 'audited'): Promise<string> {
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      CREATE,
      { input: { entity, title, description: 'something happened' } },
      token,
    );
    return created.data!.createTicket.ticket.id;
  }

  const history = (id: string, token: string, first = 50, after?: string) =>
    lotse.graphql<{ ticket: { history: Page<HistoryNode> } }>(HISTORY, { id, first, after }, token);

  it('records every change of a ticket with who, what and the values before and after, oldest first', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const id = await ticketIn(KA, agent.token);
    await lotse.graphql(
      'mutation($id: ID!, $input: UpdateTicketInput!) { updateTicket(id: $id, input: $input) { id } }',
      { id, input: { priority: 'URGENT' } },
      agent.token,
    );
    const answer = await history(id, agent.token);
    const nodes = answer.data!.ticket.history.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.type)).toEqual(['ticket.created', 'ticket.updated']);
    expect(nodes.every((node) => node.actor?.id === agent.id && node.subjectId === id)).toBe(true);
    expect(nodes[0]!.entity).toEqual({ code: KA });
    expect(nodes[0]!.changes).toContainEqual({ field: 'title', oldValue: null, newValue: 'audited' });
    expect(nodes[1]!.changes).toEqual([{ field: 'priority', oldValue: 'medium', newValue: 'urgent' }]);
  });

  it('pages through a history without gaps or repeats', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const id = await ticketIn(KA, agent.token);
    for (const title of ['one', 'two', 'three'])
      await lotse.graphql(
        'mutation($id: ID!, $input: UpdateTicketInput!) { updateTicket(id: $id, input: $input) { id } }',
        { id, input: { title } },
        agent.token,
      );
    const first = (await history(id, agent.token, 3)).data!.ticket.history;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await history(id, agent.token, 3, first.pageInfo.endCursor!)).data!.ticket.history;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const titles = [...first.edges, ...rest.edges].map(
      (edge) => edge.node.changes.find((change) => change.field === 'title')?.newValue,
    );
    expect(titles).toEqual(['audited', 'one', 'two', 'three']);
    const bad = await history(id, agent.token, 3, 'bm90LWEtY3Vyc29y');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("keeps a ticket's history from its customer and from other tenants", async () => {
    const customer = await lotse.signedIn('customer', KA);
    const id = await ticketIn(KA, customer.token);
    const own = await history(id, customer.token);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(own.data?.ticket ?? null).toBeNull();
    const olAgent = await lotse.signedIn('support_agent', OL);
    const other = await history(id, olAgent.token);
    expect(other.errors).toBeUndefined();
    expect(other.data!.ticket).toBeNull();
  });

  it('shows the audit log of every subgraph to audit.read, within its entities only', async () => {
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const olTicket = await ticketIn(OL, olAgent.token, 'ol audited');
    const kaTicket = await ticketIn(KA, kaAgent.token, 'ka audited');
    const kaAdmin = await lotse.signedIn('admin', KA);
    const team = await lotse.graphql<{ createTeam: { id: string } }>(
      'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }',
      { i: { entity: KA, name: 'Audited team' } },
      kaAdmin.token,
    );
    const teamId = team.data!.createTeam.id;
    const log = (filter: object, token: string) =>
      lotse
        .graphql<{ auditLog: Page<LogNode> }>(LOG, { filter, first: 100 }, token)
        .then((answer) => answer.data!.auditLog.edges.map((edge) => edge.node));
    // The log reads the bus, which the relays fill right after each commit.
    await lotse.running.caughtUp();
    const kaLog = await log({}, kaAdmin.token);
    expect(kaLog.find((node) => node.subjectId === teamId)).toMatchObject({
      type: 'team.created',
      source: 'identity',
    });
    expect(kaLog.find((node) => node.subjectId === kaTicket)).toMatchObject({
      type: 'ticket.created',
      source: 'tickets',
    });
    expect(kaLog.map((node) => node.subjectId)).not.toContain(olTicket);
    expect(kaLog.every((node) => node.entity?.code === KA)).toBe(true);

    const created = await log({ type: 'ticket.created' }, kaAdmin.token);
    expect(created.map((node) => node.subjectId)).toContain(kaTicket);
    expect(created.every((node) => node.type === 'ticket.created')).toBe(true);

    const byActor = await log({ actorId: kaAgent.id }, kaAdmin.token);
    expect(byActor.map((node) => node.subjectId)).toContain(kaTicket);
    expect(byActor.every((node) => node.actor?.id === kaAgent.id)).toBe(true);

    expect(await log({}, kaAgent.token)).toEqual([]);

    const root = await lotse.signedIn('super_admin', null);
    const all = (await log({ occurredAfter: new Date(Date.now() - 60_000).toISOString() }, root.token)).map(
      (node) => node.subjectId,
    );
    expect(all).toEqual(expect.arrayContaining([kaTicket, olTicket, teamId]));
    expect(all.indexOf(kaTicket)).toBeLessThan(all.indexOf(olTicket));
  });
});
