import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, startTestLotse, type TestLotse } from '../harness.ts';

/** The inbox narrowed by category (with its subcategories) and by tag, through the ticket list. */
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const CATEGORY = `mutation($input: CreateTicketCategoryInput!) { createTicketCategory(input: $input) { id } }`;
const LIST = `query($filter: TicketFilter) { tickets(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;

describe('ticket filters by category and tag', () => {
  let lotse: TestLotse;
  beforeAll(async () => {
    lotse = await startTestLotse();
  });
  afterAll(() => lotse.stop());

  it('finds tickets of a category and its subcategories, and tickets with a tag', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const category = async (name: string, parentId?: string) =>
      (
        await lotse.graphql<{ createTicketCategory: { id: string } }>(
          CATEGORY,
          { input: { entity: KA, name, parentId } },
          admin.token,
        )
      ).data!.createTicketCategory.id;
    const billing = await category(`Billing ${Date.now()}`);
    const invoices = await category('Invoices', billing);
    const other = await category(`Courses ${Date.now()}`);
    const ticket = async (categoryId: string | null, tags: string[]) => {
      const id = (
        await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
          CREATE,
          { input: { entity: KA, title: 'filtered', description: 'x' } },
          agent.token,
        )
      ).data!.createTicket.ticket.id;
      if (categoryId)
        await lotse.graphql(
          'mutation($t: ID!, $c: ID) { setTicketCategory(ticketId: $t, categoryId: $c) { id } }',
          { t: id, c: categoryId },
          agent.token,
        );
      if (tags.length)
        await lotse.graphql(
          'mutation($t: ID!, $a: [String!]) { tagTicket(ticketId: $t, add: $a) { id } }',
          { t: id, a: tags },
          agent.token,
        );
      return id;
    };
    const inBilling = await ticket(billing, ['refund']);
    const inInvoices = await ticket(invoices, []);
    const inOther = await ticket(other, ['refund', 'vip']);
    await ticket(null, []);

    const list = async (filter: Record<string, unknown>) => {
      const answer = await lotse.graphql<{
        tickets: { totalCount: number; edges: { node: { id: string } }[] };
      }>(LIST, { filter }, agent.token);
      return {
        total: answer.data!.tickets.totalCount,
        ids: answer.data!.tickets.edges.map((e) => e.node.id).sort(),
      };
    };
    expect(await list({ categoryId: billing })).toEqual({ total: 2, ids: [inBilling, inInvoices].sort() });
    expect(await list({ categoryId: invoices })).toEqual({ total: 1, ids: [inInvoices] });
    expect(await list({ tag: 'Refund ' })).toEqual({ total: 2, ids: [inBilling, inOther].sort() });
    expect(await list({ tag: 'refund', categoryId: other })).toEqual({ total: 1, ids: [inOther] });
    const bad = await lotse.graphql(LIST, { filter: { categoryId: 'nope' } }, agent.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.categoryId' });
  });
});
