import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/** Full-text search through the gateway: word forms, accents, typos, numbers, scope and safe snippets. */
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id number } } }`;
const SEARCH = `query($query: String!, $first: Int, $after: String, $entity: String) {
  searchTickets(query: $query, first: $first, after: $after, entity: $entity) {
    edges { cursor node { ticket { id } rank highlights { field snippet messageId } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  ticket: { id: string };
  rank: number;
  highlights: { field: string; snippet: string; messageId: string | null }[];
}
interface Results {
  searchTickets: {
    edges: { cursor: string; node: Hit }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('searchTickets', () => {
  let lotse: TestLotse;
  beforeAll(async () => {
    lotse = await startTestLotse();
  });
  afterAll(() => lotse.stop());

  async function ticket(token: string, title: string, description = 'no details', entity = KA) {
    const created = await lotse.graphql<{ createTicket: { ticket: { id: string; number: string } } }>(
      CREATE,
      { input: { entity, title, description } },
      token,
    );
    return created.data!.createTicket.ticket;
  }
  const search = (token: string, query: string, extra: Record<string, unknown> = {}) =>
    lotse.graphql<Results>(SEARCH, { query, ...extra }, token);
  const ids = (results: { data?: Results | null }) =>
    results.data!.searchTickets.edges.map((e) => e.node.ticket.id);

  it('finds German and English word forms, with or without accents', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const german = await ticket(agent.token, 'Passwörter zurücksetzen geht nicht');
    const english = await ticket(agent.token, 'Resetting passwords fails');
    expect(ids(await search(agent.token, 'Passwort zurücksetzen'))).toContain(german.id);
    expect(ids(await search(agent.token, 'passworter zurucksetzen'))).toContain(german.id);
    expect(ids(await search(agent.token, 'password reset'))).toContain(english.id);
    expect(ids(await search(agent.token, 'password reset'))).not.toContain(german.id);
  });

  it('finds a title with a typo and a ticket by its number as people type it', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const printer = await ticket(agent.token, 'Printer shows a paper jam');
    expect(ids(await search(agent.token, 'priner'))).toContain(printer.id);
    const [prefix, year, serial] = printer.number.split('-');
    const typed = `${prefix!.toLowerCase()}-${year}-${Number(serial)}`;
    const byNumber = await search(agent.token, typed);
    expect(ids(byNumber)[0]).toBe(printer.id);
  });

  it('reads any text without a syntax error', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    for (const query of ['"unbalanced', '-', 'a OR', '(&|!):*', "'; drop table tickets.ticket; --"]) {
      const answer = await search(agent.token, query);
      expect(answer.errors).toBeUndefined();
    }
    expect((await search(agent.token, '   ')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
  });

  it('searches messages the caller may read, never a customer into internal notes', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const mine = await ticket(customer.token, 'My course does not start');
    await lotse.graphql(
      'mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { message { id } } }',
      { input: { ticketId: mine.id, body: '<p>Suspected refund fraud zebracorn</p>' } },
      agent.token,
    );
    const reply = await lotse.graphql<{ replyToTicket: { message: { id: string } } }>(
      'mutation($input: ReplyToTicketInput!) { replyToTicket(input: $input) { message { id } } }',
      { input: { ticketId: mine.id, body: '<p>Please clear the unicornium cache</p>' } },
      agent.token,
    );
    const staffHit = (await search(agent.token, 'zebracorn')).data!.searchTickets.edges;
    expect(staffHit.map((e) => e.node.ticket.id)).toEqual([mine.id]);
    expect(staffHit[0]!.node.highlights.map((h) => h.field)).toEqual(['message']);
    expect(ids(await search(customer.token, 'zebracorn'))).toEqual([]);
    const customerHit = (await search(customer.token, 'unicornium')).data!.searchTickets.edges;
    expect(customerHit[0]!.node.highlights).toEqual([
      {
        field: 'message',
        snippet: expect.stringContaining('<mark>unicornium</mark>'),
        messageId: reply.data!.replyToTicket.message.id,
      },
    ]);
  });

  it('keeps other tenants and other customers out', async () => {
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const ol = await ticket(olAgent.token, 'Quokkaflux outage', 'no details', OL);
    expect(ids(await search(olAgent.token, 'quokkaflux'))).toEqual([ol.id]);
    expect(ids(await search(kaAgent.token, 'quokkaflux'))).toEqual([]);
    const customer = await lotse.signedIn('customer', KA);
    await ticket(kaAgent.token, 'Quokkaflux in KA too');
    expect(ids(await search(customer.token, 'quokkaflux'))).toEqual([]);
  });

  it('returns snippets as escaped HTML with the matches marked', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    await ticket(
      agent.token,
      '<script>alert(1)</script> wombatron broke',
      'the <img src=x onerror=alert(1)> wombatron again',
    );
    const [hit] = (await search(agent.token, 'wombatron')).data!.searchTickets.edges;
    const snippets = hit!.node.highlights.map((h) => h.snippet);
    expect(snippets).toHaveLength(2);
    for (const snippet of snippets) {
      expect(snippet).toContain('<mark>wombatron</mark>');
      expect(snippet.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);
    }
  });

  it('pages through the results without gaps or repeats, best first', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const best = await ticket(agent.token, 'Gizmotron gizmotron', 'gizmotron everywhere');
    const others = [
      await ticket(agent.token, 'Gizmotron once'),
      await ticket(agent.token, 'About the gizmotron'),
    ];
    const first = await search(agent.token, 'gizmotron', { first: 2 });
    expect(first.data!.searchTickets.pageInfo.hasNextPage).toBe(true);
    const next = await search(agent.token, 'gizmotron', {
      first: 2,
      after: first.data!.searchTickets.pageInfo.endCursor,
    });
    const all = [...ids(first), ...ids(next)];
    expect(all[0]).toBe(best.id);
    expect([...all].sort()).toEqual([best.id, ...others.map((t) => t.id)].sort());
    expect(next.data!.searchTickets.pageInfo.hasNextPage).toBe(false);
  });
});
