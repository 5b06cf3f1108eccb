import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { serverAudits } from 'graphql-http';
import {
  CONTEXT_HEADER,
  encodeContext,
  signContext,
  signedHeaders,
  SIGNATURE_HEADER,
} from '@lotse/kernel/context/signing';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/** Nobody skips the gateway, and nothing a client sends can change who it is. */
let lotse: TestLotse;
beforeAll(async () => {
  lotse = await startTestLotse();
});
afterAll(() => lotse.stop());

const superContext = () => ({
  requestId: 'forged',
  principal: {
    kind: 'user' as const,
    userId: crypto.randomUUID(),
    userType: 'staff' as const,
    roles: [{ role: 'super_admin', entity: null }],
    credentialId: 'x',
    credentialKind: 'session' as const,
  },
  entities: [],
  clientIp: '127.0.0.1',
  exp: Date.now() + 60_000,
});
const body = JSON.stringify({ query: '{ tickets { totalCount } }' });
const callSubgraph = (name: string, headers: object) =>
  fetch(`${lotse.url}/subgraphs/${name}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('subgraphs refuse anything the gateway did not sign', () => {
  it.each(['tickets', 'identity'])('%s answers 401 without a signature', async (name) => {
    expect((await callSubgraph(name, {})).status).toBe(401);
  });

  it('answers 401 to a signature made with another secret', async () => {
    expect(
      (await callSubgraph('tickets', signedHeaders('not-the-secret-'.repeat(3), superContext(), body)))
        .status,
    ).toBe(401);
  });

  it('answers 401 when the body was changed after signing', async () => {
    const headers = signedHeaders(lotse.secret, superContext(), '{"query":"{ __typename }"}');
    expect((await callSubgraph('tickets', headers)).status).toBe(401);
  });

  it('answers 401 to an expired signature and an expired context', async () => {
    const realNow = Date.now;
    Date.now = () => realNow() - 120_000;
    const stale = signedHeaders(lotse.secret, superContext(), body);
    Date.now = realNow;
    expect((await callSubgraph('tickets', stale)).status).toBe(401);
    const expired = signedHeaders(lotse.secret, { ...superContext(), exp: realNow() - 1 }, body);
    expect((await callSubgraph('tickets', expired)).status).toBe(401);
  });

  it('refuses _service and WebSocket upgrades without a signature', async () => {
    const service = await fetch(`${lotse.url}/subgraphs/tickets/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(service.status).toBe(401);
    const upgrade = await fetch(`${lotse.url}/subgraphs/tickets/graphql`, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'sec-websocket-protocol': 'graphql-transport-ws',
      },
    }).catch((error: unknown) => error);
    expect(upgrade instanceof Response ? upgrade.status : 401).toBe(401);
  });
});

/**
 * POSTs only the headers of a request that announces a 2 MB body and never sends it, and waits
 * for the answer: a subgraph that waited for the body would never give one.
 */
function announceBodyNeverSent(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const request = httpRequest(`${lotse.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '2000000', ...headers },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      });
    });
    request.flushHeaders();
  });
}

const unauthorized = { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] };
const signingPaths = ['/subgraphs/tickets/graphql', '/subgraphs/identity/internal/authenticate'];

describe('subgraphs refuse bad signature headers before reading the body', () => {
  it.each(signingPaths)('%s: no signature headers', async (path) => {
    expect(await announceBodyNeverSent(path, {})).toEqual({ status: 401, body: unauthorized });
  });

  it.each(signingPaths)('%s: an expired timestamp', async (path) => {
    const headers = {
      [CONTEXT_HEADER]: encodeContext(superContext()),
      [SIGNATURE_HEADER]: `t=${Date.now() - 120_000},v1=${'0'.repeat(64)}`,
    };
    expect(await announceBodyNeverSent(path, headers)).toEqual({ status: 401, body: unauthorized });
  });

  it.each(signingPaths)('%s: a malformed context, even when signed', async (path) => {
    const malformed = Buffer.from('{"exp":').toString('base64url');
    const headers = {
      [CONTEXT_HEADER]: malformed,
      [SIGNATURE_HEADER]: signContext(lotse.secret, malformed, ''),
    };
    expect(await announceBodyNeverSent(path, headers)).toEqual({ status: 401, body: unauthorized });
  });

  it('answers a signed body that is not JSON with 400 in the GraphQL error shape', async () => {
    const malformed = '{"query": "{ __typename }"';
    const response = await fetch(`${lotse.url}/subgraphs/tickets/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signedHeaders(lotse.secret, superContext(), malformed),
      },
      body: malformed,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a signed body over the limit with 413 in the GraphQL error shape', async () => {
    const oversized = JSON.stringify({ query: `{ __typename } #${'x'.repeat(3_000_000)}` });
    const response = await fetch(`${lotse.url}/subgraphs/tickets/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signedHeaders(lotse.secret, superContext(), oversized),
      },
      body: oversized,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });
});

describe('the gateway', () => {
  it('ignores forged identity headers from clients', async () => {
    const kaAgent = await lotse.signedIn('support_agent', KA);
    const forged = encodeContext(superContext());
    const response = await fetch(`${lotse.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${kaAgent.token}`,
        [CONTEXT_HEADER]: forged,
        [SIGNATURE_HEADER]: 't=1,v1=00',
        'x-user-id': crypto.randomUUID(),
      },
      body: JSON.stringify({
        query: '{ tickets(filter: { entity: "ozean_licht" }) { totalCount } me { id } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { tickets: { totalCount: 0 }, me: { id: kaAgent.id } } });
    expect(OL).toBe('ozean_licht');
  });

  it('serves /health with its checks and /metrics in Prometheus format', async () => {
    const health = await fetch(`${lotse.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { identity: 'ok', tickets: 'ok' } });
    const metrics = await (await fetch(`${lotse.url}/metrics`)).text();
    expect(metrics).toContain('lotse_graphql_requests_total');
  });

  it('passes graphql-http server audits without an error-level failure', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: `${lotse.url}/graphql` })) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
