import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { signedHeaders } from '@lotse/kernel/context/signing';
import { waitUntil } from '@lotse/kernel/testing/wait-until';
import { KA, OL, startTestLotse, type GraphQLResponse, type TestLotse } from '../harness.ts';

/**
 * A ticket's conversation through the gateway: public replies, internal notes, edits, mentions, the
 * first response, idempotent sends and the live `ticketMessageAdded` subscription — over real HTTP
 * and WebSocket, with the database checked directly where the API cannot tell (rows, outbox events).
 */
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const MESSAGE_FIELDS = `id visibility bodyHtml bodyText isFirstResponse createdAt editedAt author { id } mentions { id }`;
const REPLY = `mutation($input: ReplyToTicketInput!) {
  replyToTicket(input: $input) { clientMutationId message { ${MESSAGE_FIELDS} } ticket { id status } }
}`;
const NOTE = `mutation($input: AddInternalNoteInput!) {
  addInternalNote(input: $input) { clientMutationId message { ${MESSAGE_FIELDS} } ticket { id status } }
}`;
const EDIT = `mutation($input: EditMessageInput!) {
  editMessage(input: $input) { message { ${MESSAGE_FIELDS} } ticket { id } }
}`;
const THREAD = `query($id: ID!, $first: Int, $after: String) {
  ticket(id: $id) {
    messageCount
    messages(first: $first, after: $after) {
      totalCount edges { cursor node { ${MESSAGE_FIELDS} ticket { id } } } pageInfo { hasNextPage endCursor }
    }
  }
}`;
const MESSAGE = `query($id: ID!) { message(id: $id) { id visibility bodyText } }`;
const ADDED = `subscription($ticketId: ID!) {
  ticketMessageAdded(ticketId: $ticketId) { message { id visibility bodyText author { id name } ticket { id status } } }
}`;

interface MessageView {
  id: string;
  visibility: 'PUBLIC_REPLY' | 'INTERNAL_NOTE';
  bodyHtml: string;
  bodyText: string;
  isFirstResponse: boolean;
  createdAt: string;
  editedAt: string | null;
  author: { id: string };
  mentions: { id: string }[];
}
type Posted = GraphQLResponse<
  Record<
    string,
    { clientMutationId: string | null; message: MessageView; ticket: { id: string; status: string } }
  >
>;
type Thread = {
  ticket: {
    messageCount: number;
    messages: {
      totalCount: number;
      edges: { cursor: string; node: MessageView & { ticket: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
};
type Signed = { id: string; token: string };

let lotse: TestLotse;
let db: pg.Pool;
beforeAll(async () => {
  lotse = await startTestLotse();
  db = new pg.Pool({ connectionString: lotse.databaseUrl, max: 2 });
});
afterAll(async () => {
  await db.end();
  await lotse.stop();
});

const sql = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await db.query<T>(text, params)).rows;

async function openTicket(user: Signed, entity: string, title = 'A question'): Promise<string> {
  const result = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
    CREATE,
    { input: { entity, title, description: 'Please help.' } },
    user.token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket.ticket.id;
}

const reply = (user: Signed, input: Record<string, unknown>) =>
  lotse.graphql(REPLY, { input }, user.token) as Promise<Posted>;
const note = (user: Signed, input: Record<string, unknown>) =>
  lotse.graphql(NOTE, { input }, user.token) as Promise<Posted>;
const edit = (user: Signed, input: Record<string, unknown>) =>
  lotse.graphql(EDIT, { input }, user.token) as Promise<Posted>;
const thread = (user: Signed, id: string, page: { first?: number; after?: string } = {}) =>
  lotse.graphql<Thread>(THREAD, { id, ...page }, user.token);

function posted(result: Posted, field: string): MessageView {
  expect(result.errors).toBeUndefined();
  return result.data![field]!.message;
}
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
/** The error's code and the field it names. */
const problem = (result: GraphQLResponse) => [
  codeOf(result),
  (result.errors?.[0]?.extensions as { field?: string } | undefined)?.field,
];

const messageRows = (ticketId: string) =>
  sql<{ id: string; visibility: string; is_first_response: boolean }>(
    'select id, visibility, is_first_response from tickets.message where ticket_id = $1 order by position',
    [ticketId],
  );
const outbox = (ticketId: string) =>
  sql<{
    type: string;
    actor_id: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown>;
  }>('select type, actor_id, before, after from tickets.outbox_event where aggregate_id = $1 order by id', [
    ticketId,
  ]);
const ticketRow = async (ticketId: string) =>
  (
    await sql<{ status: string; awaiting_reply: boolean; first_response_at: Date | null }>(
      'select status, awaiting_reply, first_response_at from tickets.ticket where id = $1',
      [ticketId],
    )
  )[0]!;

const waitFor = (condition: () => boolean, what: string) => waitUntil(what, condition);

interface Listening {
  client: Client;
  events: {
    data?: {
      ticketMessageAdded: {
        message: {
          id: string;
          visibility: string;
          bodyText: string;
          author: { id: string; name: string };
          ticket: { id: string; status: string };
        };
      };
    } | null;
    errors?: unknown;
  }[];
  error: unknown;
  completed: boolean;
}

function listen(token: string, ticketId: string): Listening {
  const listening: Listening = {
    client: createClient({
      url: `${lotse.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    }),
    events: [],
    error: undefined,
    completed: false,
  };
  listening.client.subscribe(
    { query: ADDED, variables: { ticketId } },
    {
      next: (event) => listening.events.push(event as Listening['events'][number]),
      error: (error) => (listening.error = error),
      complete: () => (listening.completed = true),
    },
  );
  return listening;
}

/** The tag and attribute names in sanitized output (which always quotes attribute values). */
function markupOf(html: string) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
  return {
    tags: new Set(tags.map((match) => match[1]!.toLowerCase())),
    attributes: new Set(
      tags.flatMap((match) => [...match[2]!.matchAll(/([^\s=/]+)=/g)].map((a) => a[1]!.toLowerCase())),
    ),
  };
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'u',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'span',
];

function expectInert(html: string) {
  const { tags, attributes } = markupOf(html);
  expect([...tags].filter((tag) => !ALLOWED_TAGS.includes(tag))).toEqual([]);
  expect([...attributes].filter((name) => !['href', 'rel', 'data-type', 'data-id'].includes(name))).toEqual(
    [],
  );
  for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^(https?:\/\/|mailto:)/);
  expect(html).not.toMatch(/<(script|img|svg|iframe|style|noscript|math|object|embed)/i);
  expect(html).not.toMatch(/\son\w+\s*=/i);
  expect(html).not.toMatch(/(javascript|vbscript|data):/i);
}

describe('who sees what', () => {
  it('never shows a customer an internal note: not in the thread, the count, a lookup, a reference or a subscription', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const analyst = await lotse.signedIn('analyst', KA);
    const ticketId = await openTicket(customer, KA);
    const listeners = () => lotse.running.events!.listenerCount();
    const base = listeners();
    const customerLive = listen(customer.token, ticketId);
    const agentLive = listen(agent.token, ticketId);
    // Both subscriptions listen upstream before anything is posted.
    await waitFor(() => listeners() === base + 2, 'the upstream subscriptions');

    const secret = posted(
      await note(agent, {
        ticketId,
        body: '<p>Customer is on the old plan — <strong>do not refund</strong></p>',
      }),
      'addInternalNote',
    );
    const answer = posted(
      await reply(agent, { ticketId, body: '<p>We are looking into it.</p>' }),
      'replyToTicket',
    );
    expect(secret.visibility).toBe('INTERNAL_NOTE');
    expect(answer.visibility).toBe('PUBLIC_REPLY');

    const mine = (await thread(customer, ticketId)).data!.ticket!;
    expect(mine.messageCount).toBe(1);
    expect(mine.messages.totalCount).toBe(1);
    expect(mine.messages.edges.map((edge) => edge.node.id)).toEqual([answer.id]);
    expect((await lotse.graphql(MESSAGE, { id: secret.id }, customer.token)).data).toEqual({ message: null });
    expect((await lotse.graphql(MESSAGE, { id: answer.id }, customer.token)).data).toMatchObject({
      message: { id: answer.id },
    });

    // Staff who read the ticket see both, in order; an analyst (read-only staff) too.
    for (const staff of [agent, analyst]) {
      const theirs = (await thread(staff, ticketId)).data!.ticket!;
      expect(theirs.messageCount).toBe(2);
      expect(theirs.messages.edges.map((edge) => edge.node.id)).toEqual([secret.id, answer.id]);
    }

    // Federation's entity lookup, signed as the gateway would sign it for the customer.
    const entities = async (userType: 'customer' | 'staff', userId: string, role: string) => {
      const body = JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Message { id bodyText } } }',
        variables: {
          r: [
            { __typename: 'Message', id: secret.id },
            { __typename: 'Message', id: answer.id },
          ],
        },
      });
      const context = {
        requestId: 'conversation-test',
        principal: {
          kind: 'user' as const,
          userId,
          userType,
          roles: [{ role, entity: KA }],
          credentialId: 'c',
          credentialKind: 'session' as const,
        },
        entities: [],
        clientIp: '127.0.0.1',
        exp: Date.now() + 60_000,
      };
      const response = await fetch(`${lotse.url}/subgraphs/tickets/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signedHeaders(lotse.secret, context, body) },
        body,
      });
      return ((await response.json()) as { data: { _entities: ({ id: string } | null)[] } }).data._entities;
    };
    expect(await entities('customer', customer.id, 'customer')).toEqual([
      null,
      { id: answer.id, bodyText: 'We are looking into it.' },
    ]);
    expect((await entities('staff', agent.id, 'support_agent')).map((entity) => entity?.id)).toEqual([
      secret.id,
      answer.id,
    ]);

    // Live: the note was posted first, so had the customer been sent it, it would come before the reply.
    await waitFor(() => agentLive.events.length >= 2, 'both messages for the agent');
    await waitFor(() => customerLive.events.length >= 1, 'the reply for the customer');
    expect(agentLive.events.map((event) => event.data?.ticketMessageAdded.message.id)).toEqual([
      secret.id,
      answer.id,
    ]);
    expect(customerLive.events.map((event) => event.data?.ticketMessageAdded.message)).toEqual([
      {
        id: answer.id,
        visibility: 'PUBLIC_REPLY',
        bodyText: 'We are looking into it.',
        // The author's name comes from the identity subgraph: the gateway resolves it per event.
        author: { id: agent.id, name: 'Test support_agent' },
        ticket: { id: ticketId, status: 'NEW' },
      },
    ]);
    // A later public reply still arrives: the customer's stream did not stop at the note.
    const more = posted(await reply(agent, { ticketId, body: 'One more thing.' }), 'replyToTicket');
    await waitFor(() => customerLive.events.length >= 2, 'the second reply for the customer');
    expect(customerLive.events.map((event) => event.data?.ticketMessageAdded.message.id)).toEqual([
      answer.id,
      more.id,
    ]);
    expect(customerLive.error).toBeUndefined();
    await Promise.all([customerLive.client.dispose(), agentLive.client.dispose()]);

    // The published payload (the outbox row's `after`) marks the note internal and carries no body of it.
    const events = (await outbox(ticketId)).filter((event) => event.type === 'ticket.message_added');
    expect(events.map((event) => event.after)).toEqual([
      expect.objectContaining({
        messageId: secret.id,
        visibility: 'internal_note',
        internal: true,
        bodyHtml: null,
        bodyText: null,
      }),
      expect.objectContaining({
        messageId: answer.id,
        visibility: 'public_reply',
        internal: false,
        bodyText: 'We are looking into it.',
      }),
      expect.objectContaining({ messageId: more.id, internal: false }),
    ]);
    expect(JSON.stringify(events[0]!.after)).not.toContain('refund');
  });

  it('refuses a subscription to a ticket out of reach with NOT_FOUND', async () => {
    const olCustomer = await lotse.signedIn('customer', OL);
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(olCustomer, OL);
    const live = listen(kaAgent.token, ticketId);
    await waitFor(() => live.completed, 'the refusal');
    expect(live.events).toEqual([
      {
        errors: [
          expect.objectContaining({ path: ['ticketMessageAdded'], extensions: { code: 'NOT_FOUND' } }),
        ],
      },
    ]);
    await live.client.dispose();
  });

  it('keeps tenants apart: a KA agent cannot reply, note or edit on an OL ticket (NOT_FOUND), and nothing is written', async () => {
    const olCustomer = await lotse.signedIn('customer', OL);
    const olAgent = await lotse.signedIn('support_agent', OL);
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(olCustomer, OL);
    const theirs = posted(await reply(olAgent, { ticketId, body: 'Hello from OL' }), 'replyToTicket');
    const before = await outbox(ticketId);

    expect(codeOf(await reply(kaAgent, { ticketId, body: 'sneaky', clientMutationId: 'x-tenant' }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await note(kaAgent, { ticketId, body: 'sneaky' }))).toBe('NOT_FOUND');
    expect(codeOf(await edit(kaAgent, { id: theirs.id, body: 'defaced' }))).toBe('NOT_FOUND');
    expect(codeOf(await reply(kaAgent, { ticketId: 'not-an-id', body: 'x' }))).toBe('NOT_FOUND');
    expect((await thread(kaAgent, ticketId)).data).toEqual({ ticket: null });
    expect((await lotse.graphql(MESSAGE, { id: theirs.id }, kaAgent.token)).data).toEqual({ message: null });

    expect((await messageRows(ticketId)).map((row) => row.id)).toEqual([theirs.id]);
    expect(await outbox(ticketId)).toEqual(before);
  });

  it('lets staff who may update the ticket write, and the customer reply on their own ticket only', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const otherCustomer = await lotse.signedIn('customer', KA);
    const analyst = await lotse.signedIn('analyst', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(customer, KA);

    const question = posted(await reply(customer, { ticketId, body: 'Any news?' }), 'replyToTicket');
    expect((await lotse.graphql(MESSAGE, { id: question.id }, otherCustomer.token)).data).toEqual({
      message: null,
    });
    expect(codeOf(await note(customer, { ticketId, body: 'let me in' }))).toBe('FORBIDDEN');
    expect(codeOf(await reply(otherCustomer, { ticketId, body: 'me too' }))).toBe('NOT_FOUND');
    expect(codeOf(await reply(analyst, { ticketId, body: 'read only' }))).toBe('FORBIDDEN');
    expect(codeOf(await note(analyst, { ticketId, body: 'read only' }))).toBe('FORBIDDEN');

    const draft = posted(await note(agent, { ticketId, body: '<p>first draft</p>' }), 'addInternalNote');
    expect(codeOf(await edit(colleague, { id: draft.id, body: 'not yours' }))).toBe('FORBIDDEN');
    expect(codeOf(await edit(customer, { id: draft.id, body: 'hidden from me' }))).toBe('NOT_FOUND');
    expect((await messageRows(ticketId)).length).toBe(2);
  });
});

describe('rich text', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">js link</a>',
    '<a href="javascript&colon;alert(1)">encoded colon</a>',
    '<a href="&#106;avascript:alert(1)">encoded j</a>',
    '<a href="java\tscript:alert(1)">tab</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<svg><style><img src=x onerror=alert(1)></style></svg>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)" class="x">styled</p>',
    '<<script>script>alert(1)<</script>/script>',
    '<p><strong>unclosed <em>nested <a href="https://ok.example/" target="_blank" rel="opener">link',
    '<form><button formaction="javascript:alert(1)">go</button></form>',
    '<details open ontoggle=alert(1)>x</details>',
  ];

  it('comes back inert, as written and as read, from real XSS and mXSS payloads', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(agent, KA);
    const written: MessageView[] = [];
    // Each payload in a message of its own: some (an unclosed <noscript>) swallow what follows them.
    for (const [i, payload] of payloads.entries()) {
      const message = posted(
        await reply(agent, { ticketId, body: `<p>case ${i}</p>${payload}` }),
        'replyToTicket',
      );
      expectInert(message.bodyHtml);
      expect(message.bodyText).toMatch(new RegExp(`^case ${i}\\b`));
      expect(message.bodyText).not.toMatch(/alert|onerror|msgbox/);
      written.push(message);
    }
    const read = (await thread(agent, ticketId, { first: 100 })).data!.ticket!.messages.edges.map(
      (edge) => edge.node,
    );
    expect(read.map((message) => message.bodyHtml)).toEqual(written.map((message) => message.bodyHtml));
    for (const message of read) expectInert(message.bodyHtml);
    // What a person wrote survives; a link keeps only a safe target, and gets rel.
    expect(written[14]!.bodyHtml).toBe(
      '<p>case 14</p><p><strong>unclosed <em>nested <a href="https://ok.example/" rel="noopener noreferrer nofollow">link</a></em></strong></p>',
    );
    expect(written[12]!.bodyHtml).toBe('<p>case 12</p><p>styled</p>');
    expect(written[3]!.bodyHtml).toBe('<p>case 3</p>encoded colon');
    // A payload on its own may leave nothing, which is refused as an empty body.
    const alone = await reply(agent, { ticketId, body: payloads[1]! });
    expect(problem(alone)).toEqual(['BAD_USER_INPUT', 'body']);
  });

  it('keeps the allowed formatting and renders plain text', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(agent, KA);
    const body =
      '<h2>Steps</h2><ol><li>Open <code>settings</code></li><li>Press <u>reset</u></li></ol>' +
      '<blockquote>quoted</blockquote><p>Mail <a href="mailto:help@example.com">us</a> &amp; 2 &lt; 3<br>bye</p>';
    const message = posted(await reply(agent, { ticketId, body }), 'replyToTicket');
    expect(message.bodyHtml).toBe(
      '<h2>Steps</h2><ol><li>Open <code>settings</code></li><li>Press <u>reset</u></li></ol>' +
        '<blockquote>quoted</blockquote><p>Mail <a href="mailto:help@example.com" rel="noopener noreferrer nofollow">us</a> &amp; 2 &lt; 3<br />bye</p>',
    );
    expect(message.bodyText).toBe(
      'Steps\n\n- Open settings\n- Press reset\n\nquoted\n\nMail us & 2 < 3\nbye',
    );
  });

  it('refuses an empty or oversized body with BAD_USER_INPUT on body, writing nothing', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(agent, KA);
    const before = await outbox(ticketId);
    for (const body of [
      '',
      '   ',
      '<p></p><br>',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'x'.repeat(100_001),
    ]) {
      expect(problem(await reply(agent, { ticketId, body }))).toEqual(['BAD_USER_INPUT', 'body']);
    }
    // The limit is on what is sent and on what is stored: escaping must not push it over.
    expect(problem(await note(agent, { ticketId, body: '<'.repeat(30_000) }))).toEqual([
      'BAD_USER_INPUT',
      'body',
    ]);
    expect(
      posted(await note(agent, { ticketId, body: 'y'.repeat(100_000) }), 'addInternalNote').bodyText,
    ).toHaveLength(100_000);
    expect((await messageRows(ticketId)).length).toBe(1);
    expect((await outbox(ticketId)).length).toBe(before.length + 1);
  });

  it('records mentions of staff who can see the ticket and drops the others', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.createUser({ role: 'support_agent', entity: KA });
    const admin = await lotse.createUser({ role: 'super_admin', entity: null });
    const olAgent = await lotse.createUser({ role: 'support_agent', entity: OL });
    const customer = await lotse.createUser({ role: 'customer', entity: KA });
    const analyst = await lotse.createUser({ role: 'analyst', entity: KA });
    const ticketId = await openTicket(agent, KA);
    const mention = (id: string, label: string) =>
      `<span data-type="mention" data-id="${id}">@${label}</span>`;
    const body = `<p>${[
      mention(colleague.id, 'colleague'),
      mention(admin.id.toUpperCase(), 'admin'),
      mention(olAgent.id, 'ol'),
      mention(customer.id, 'customer'),
      mention(analyst.id, 'analyst'),
      mention(crypto.randomUUID(), 'nobody'),
      mention(colleague.id, 'again'),
    ].join(' ')} please look</p>`;
    const message = posted(await note(agent, { ticketId, body }), 'addInternalNote');
    expect(message.mentions.map((user) => user.id)).toEqual([colleague.id, admin.id]);
    expect(message.bodyHtml).toBe(
      `<p>${mention(colleague.id, 'colleague')} ${mention(admin.id, 'admin')} @ol @customer @analyst @nobody ${mention(colleague.id, 'again')} please look</p>`,
    );
    const read = (await thread(agent, ticketId)).data!.ticket!.messages.edges[0]!.node;
    expect(read.mentions.map((user) => user.id)).toEqual([colleague.id, admin.id]);
    const [added] = (await outbox(ticketId)).filter((event) => event.type === 'ticket.message_added');
    expect(added!.after).toMatchObject({ mentionedUserIds: [colleague.id, admin.id], internal: true });
  });
});

describe('sending', () => {
  it('posts a retried reply once, also when the retries race', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const ticketId = await openTicket(customer, KA);
    const input = { ticketId, body: 'Sent on a train', clientMutationId: 'send-1' };
    const first = await reply(customer, input);
    const again = await reply(customer, { ...input, body: 'Sent on a train (edited before retry)' });
    expect(posted(again, 'replyToTicket').id).toBe(posted(first, 'replyToTicket').id);
    expect(again.data!.replyToTicket!.clientMutationId).toBe('send-1');

    const burst = { ticketId, body: 'Flaky network', clientMutationId: 'send-2' };
    const results = await Promise.all(Array.from({ length: 6 }, () => reply(customer, burst)));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(new Set(results.map((result) => result.data!.replyToTicket!.message.id)).size).toBe(1);

    expect((await messageRows(ticketId)).length).toBe(2);
    expect((await outbox(ticketId)).filter((event) => event.type === 'ticket.message_added')).toHaveLength(2);

    // A key names one message: using it for another ticket or as a note is refused.
    const otherTicket = await openTicket(customer, KA);
    expect(codeOf(await reply(customer, { ...input, ticketId: otherTicket }))).toBe('CONFLICT');
    // Another author may use the same key for their own message.
    const agent = await lotse.signedIn('support_agent', KA);
    posted(await reply(agent, input), 'replyToTicket');
    expect(codeOf(await note(agent, input))).toBe('CONFLICT');
    expect((await messageRows(otherTicket)).length).toBe(0);
  });

  it('leaves no row and no event when a send fails, even inside its transaction', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(customer, KA);
    await sql(`update tickets.ticket set status = 'resolved', awaiting_reply = false where id = $1`, [
      ticketId,
    ]);
    const before = await outbox(ticketId);

    // The outbox refuses this ticket's message events: the reply, the reopening and the event must all roll back.
    await sql(`create function tickets.refuse_test_event() returns trigger language plpgsql as $$
      begin if new.aggregate_id = '${ticketId}' and new.type = 'ticket.message_added' then raise exception 'refused by test'; end if; return new; end $$`);
    await sql(
      `create trigger refuse_test_event before insert on tickets.outbox_event for each row execute function tickets.refuse_test_event()`,
    );
    try {
      expect(codeOf(await reply(customer, { ticketId, body: 'Still broken' }))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql('drop trigger refuse_test_event on tickets.outbox_event');
      await sql('drop function tickets.refuse_test_event()');
    }
    expect(await messageRows(ticketId)).toEqual([]);
    expect(await ticketRow(ticketId)).toMatchObject({ status: 'resolved', awaiting_reply: false });
    expect(await outbox(ticketId)).toEqual(before);

    // A closed ticket takes no messages (CONFLICT), and nothing is written either.
    await sql(`update tickets.ticket set status = 'closed' where id = $1`, [ticketId]);
    expect(codeOf(await reply(customer, { ticketId, body: 'Hello?' }))).toBe('CONFLICT');
    expect(codeOf(await note(agent, { ticketId, body: 'for the record' }))).toBe('CONFLICT');
    expect(await messageRows(ticketId)).toEqual([]);
    expect(await outbox(ticketId)).toEqual(before);
  });

  it('marks the first public staff reply as the first response, once', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const colleague = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(customer, KA);

    expect(posted(await reply(customer, { ticketId, body: 'Hello?' }), 'replyToTicket').isFirstResponse).toBe(
      false,
    );
    expect(await ticketRow(ticketId)).toMatchObject({ awaiting_reply: true, first_response_at: null });
    expect(
      posted(await note(agent, { ticketId, body: 'Checking the logs' }), 'addInternalNote').isFirstResponse,
    ).toBe(false);
    expect((await ticketRow(ticketId)).first_response_at).toBeNull();

    const results = await Promise.all([
      reply(agent, { ticketId, body: 'On it.' }),
      reply(colleague, { ticketId, body: 'Me too.' }),
    ]);
    const firsts = results
      .map((result) => posted(result, 'replyToTicket'))
      .filter((message) => message.isFirstResponse);
    expect(firsts).toHaveLength(1);
    expect(posted(await reply(agent, { ticketId, body: 'Fixed.' }), 'replyToTicket').isFirstResponse).toBe(
      false,
    );

    const ticket = await ticketRow(ticketId);
    expect(ticket.awaiting_reply).toBe(false);
    expect(ticket.first_response_at?.toISOString()).toBe(firsts[0]!.createdAt);
    expect((await messageRows(ticketId)).filter((row) => row.is_first_response).map((row) => row.id)).toEqual(
      [firsts[0]!.id],
    );
  });

  it('reopens a resolved ticket when its customer replies, recording the change', async () => {
    const customer = await lotse.signedIn('customer', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const assigned = await openTicket(customer, KA, 'assigned');
    const queued = await openTicket(customer, KA, 'unassigned');
    await sql(`update tickets.ticket set status = 'resolved', assignee_id = $2 where id = $1`, [
      assigned,
      agent.id,
    ]);
    await sql(`update tickets.ticket set status = 'resolved' where id = $1`, [queued]);

    const back = await reply(customer, { ticketId: assigned, body: 'It broke again.' });
    expect(back.data?.replyToTicket?.ticket.status).toBe('IN_PROGRESS');
    expect(
      (await reply(customer, { ticketId: queued, body: 'It broke again.' })).data?.replyToTicket?.ticket
        .status,
    ).toBe('NEW');
    expect(await ticketRow(assigned)).toMatchObject({ status: 'in_progress', awaiting_reply: true });
    const changed = (await outbox(assigned)).filter((event) => event.type === 'ticket.status_changed');
    expect(changed).toEqual([
      expect.objectContaining({
        actor_id: customer.id,
        before: expect.objectContaining({ status: 'resolved' }),
        after: expect.objectContaining({ status: 'in_progress' }),
      }),
    ]);

    // A staff reply answers it; a note does not change what the ticket waits for.
    posted(await note(agent, { ticketId: assigned, body: 'Regression in 2.3' }), 'addInternalNote');
    expect((await ticketRow(assigned)).awaiting_reply).toBe(true);
    posted(await reply(agent, { ticketId: assigned, body: 'Sorry, looking again.' }), 'replyToTicket');
    expect(await ticketRow(assigned)).toMatchObject({ status: 'in_progress', awaiting_reply: false });
  });
});

describe('editing and reading', () => {
  it('lets the author edit, keeping the previous text in the audit trail', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const customer = await lotse.signedIn('customer', KA);
    const ticketId = await openTicket(customer, KA);
    const original = posted(
      await note(agent, { ticketId, body: '<p>Refund <em>approved</em></p>' }),
      'addInternalNote',
    );
    expect(original.editedAt).toBeNull();

    const changed = posted(
      await edit(agent, { id: original.id, body: '<p>Refund <em>denied</em></p>' }),
      'editMessage',
    );
    expect(changed).toMatchObject({ id: original.id, bodyText: 'Refund denied', isFirstResponse: false });
    expect(Date.parse(changed.editedAt!)).toBeGreaterThanOrEqual(Date.parse(original.createdAt));
    // The same body again is a harmless retry: no new event.
    posted(await edit(agent, { id: original.id, body: '<p>Refund <em>denied</em></p>' }), 'editMessage');

    const edits = (await outbox(ticketId)).filter((event) => event.type === 'ticket.message_edited');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({
      actor_id: agent.id,
      before: {
        messageId: original.id,
        bodyHtml: '<p>Refund <em>approved</em></p>',
        bodyText: 'Refund approved',
        editedAt: null,
      },
      // An internal note's text is not in the published payload.
      after: {
        messageId: original.id,
        internal: true,
        bodyHtml: null,
        bodyText: null,
        editedAt: changed.editedAt,
      },
    });

    const answer = posted(await reply(customer, { ticketId, body: 'Why?' }), 'replyToTicket');
    const fixed = posted(await edit(customer, { id: answer.id, body: 'Why was it denied?' }), 'editMessage');
    expect(fixed.bodyText).toBe('Why was it denied?');
    const [, publicEdit] = (await outbox(ticketId)).filter((event) => event.type === 'ticket.message_edited');
    expect(publicEdit).toMatchObject({
      before: { bodyText: 'Why?' },
      after: { bodyText: 'Why was it denied?', internal: false },
    });
    expect(codeOf(await edit(agent, { id: answer.id, body: 'rewritten' }))).toBe('FORBIDDEN');
    expect(problem(await edit(customer, { id: answer.id, body: '<p> </p>' }))).toEqual([
      'BAD_USER_INPUT',
      'body',
    ]);
  });

  it('pages through a thread oldest first', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const ticketId = await openTicket(agent, KA);
    const ids: string[] = [];
    for (const word of ['one', 'two', 'three', 'four', 'five']) {
      ids.push(posted(await reply(agent, { ticketId, body: word }), 'replyToTicket').id);
    }
    const page1 = (await thread(agent, ticketId, { first: 2 })).data!.ticket!.messages;
    expect(page1.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 2));
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await thread(agent, ticketId, { first: 2, after: page1.pageInfo.endCursor! })).data!
      .ticket!.messages;
    expect(page2.edges.map((edge) => edge.node.id)).toEqual(ids.slice(2, 4));
    const page3 = (await thread(agent, ticketId, { first: 2, after: page2.pageInfo.endCursor! })).data!
      .ticket!.messages;
    expect(page3.edges.map((edge) => edge.node.id)).toEqual(ids.slice(4));
    expect(page3.pageInfo.hasNextPage).toBe(false);
    expect(page3.edges[0]!.node.ticket.id).toBe(ticketId);
    expect(problem(await thread(agent, ticketId, { after: 'bm9wZQ' }))).toEqual(['BAD_USER_INPUT', 'after']);
  });
});
