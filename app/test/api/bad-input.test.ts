import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, startTestLotse, type TestLotse } from '../harness.ts';

/** Bad input gets a clear error with a stable code, and nothing is written. */
let lotse: TestLotse;
let agent: { id: string; token: string };

beforeAll(async () => {
  lotse = await startTestLotse();
  agent = await lotse.signedIn('support_agent', KA);
});
afterAll(() => lotse.stop());

const countMine = async () => {
  const result = await lotse.graphql<{ tickets: { totalCount: number } }>(
    'query($id: ID!) { tickets(filter: { createdById: $id }) { totalCount } }',
    { id: agent.id },
    agent.token,
  );
  return result.data!.tickets.totalCount;
};

const post = (body: string, contentType = 'application/json') =>
  fetch(`${lotse.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${agent.token}` },
    body,
  });

describe('bad input', () => {
  it.each([
    [
      'an unknown enum value',
      { entity: KA, title: 't', description: 'd', priority: 'SOMEDAY' },
      'BAD_USER_INPUT',
    ],
    ['a 100 kB title', { entity: KA, title: 'x'.repeat(100_000), description: 'd' }, 'BAD_USER_INPUT'],
    ['an empty title', { entity: KA, title: '   ', description: 'd' }, 'BAD_USER_INPUT'],
    ['an unknown entity', { entity: 'atlantis', title: 't', description: 'd' }, 'FORBIDDEN'],
    ['a NUL character', { entity: KA, title: 'a\u0000b', description: 'd' }, 'BAD_USER_INPUT'],
  ])('refuses %s and writes nothing', async (_name, input, code) => {
    const before = await countMine();
    const result = await lotse.graphql(
      'mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }',
      { i: input },
      agent.token,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(result)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
    expect(await countMine()).toBe(before);
  });

  it('refuses a depth-20 query', async () => {
    const depth20 = `query { ${'me { teams { '.repeat(10)}id${' }'.repeat(20)} }`;
    const result = await lotse.graphql(depth20, {}, agent.token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  it('refuses 500 aliases (alias or token limit, whichever trips first)', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await lotse.graphql(`query { ${aliases} }`, {}, agent.token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(/alias|tokens/i);
  });

  it('refuses a batch array', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"data"');
  });

  // The harness runs with NODE_ENV=test, where express's own error page prints the stack as it does
  // in development (only production hides it); comparing whole bodies proves none gets through.
  // kernel/src/http/error-handler.test.ts does the same on an app set to development.
  it('refuses malformed JSON with BAD_REQUEST', async () => {
    const response = await post('{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses a body over 256 kB with PAYLOAD_TOO_LARGE', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(300_000)}` }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses a simple-request content type (CSRF prevention)', async () => {
    const response = await post(JSON.stringify({ query: 'mutation { logout }' }), 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|content-type/i);
  });

  it('refuses a malformed cursor and an oversized page', async () => {
    const cursor = await lotse.graphql('{ tickets(after: "not-a-cursor") { totalCount } }', {}, agent.token);
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const page = await lotse.graphql('{ tickets(first: 0) { totalCount } }', {}, agent.token);
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an anonymous ticket creation with FORBIDDEN and a wrong password with UNAUTHENTICATED', async () => {
    const anonymous = await lotse.graphql(
      'mutation { createTicket(input: { entity: "kids_ascension", title: "t", description: "d" }) { ticket { id } } }',
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const login = await lotse.graphql(
      'mutation { login(input: { email: "nobody@example.com", password: "x" }) { token } }',
    );
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
