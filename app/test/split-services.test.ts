import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '@lotse/kernel/config/config';
import { subgraphPath } from '@lotse/kernel/graphql/subgraph-server';
import { createLogger } from '@lotse/kernel/logging';
import { startLotse, type RunningLotse } from '../src/runtime/start.ts';
import { KA, startTestLotse, type TestLotse } from './harness.ts';

/**
 * The production shape: gateway, identity and tickets as separate services (here: separate servers
 * on their own ports, sharing only the database and the signing secret), configured as
 * docker-compose configures them.
 */
let fixtures: TestLotse;
const services: RunningLotse[] = [];
let gatewayUrl = '';

const start = async (role: 'gateway' | 'identity' | 'tickets', secret: string, env: Record<string, string> = {}) => {
  const config = loadConfig({ NODE_ENV: 'test', LOTSE_SERVICE: role, LOG_LEVEL: 'silent', PORT: '0', ...env });
  const running = await startLotse({ config, databaseUrl: fixtures.databaseUrl, secret, logger: createLogger(role, 'silent') });
  services.push(running);
  return running;
};

beforeAll(async () => {
  fixtures = await startTestLotse();
  const secret = randomBytes(32).toString('hex');
  const identity = await start('identity', secret);
  const tickets = await start('tickets', secret);
  const gateway = await start('gateway', secret, {
    IDENTITY_URL: `${identity.url}${subgraphPath('identity')}`,
    TICKETS_URL: `${tickets.url}${subgraphPath('tickets')}`,
  });
  gatewayUrl = gateway.url;
}, 60_000);

afterAll(async () => {
  for (const service of services.reverse()) await service.stop();
  await fixtures.stop();
});

describe('one service per process', () => {
  it('runs only its own part: a subgraph process has no gateway, the gateway no subgraph', async () => {
    const [identity, tickets, gateway] = services;
    expect(Object.keys(identity!.subgraphs)).toEqual(['identity']);
    expect(identity!.gateway).toBeNull();
    expect(Object.keys(tickets!.subgraphs)).toEqual(['tickets']);
    expect(Object.keys(gateway!.subgraphs)).toEqual([]);
    expect((await fetch(`${gateway!.url}${subgraphPath('tickets')}`, { method: 'POST' })).status).toBe(404);
  });

  it('serves sign-in, ticket creation and federated fields through the separate gateway', async () => {
    const agent = await fixtures.createUser({ role: 'support_agent', entity: KA });
    const post = async (query: string, variables: Record<string, unknown>, token?: string) =>
      (await (
        await fetch(`${gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data: Record<string, unknown> };
    const login = await post('mutation($i: LoginInput!) { login(input: $i) { token } }', {
      i: { email: agent.email, password: agent.password },
    });
    const token = (login.data.login as { token: string }).token;
    const created = await post(
      'mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { number createdBy { id } entity { name } } } }',
      { i: { entity: KA, title: 'split', description: 'x' } },
      token,
    );
    expect(created.data.createTicket).toMatchObject({ ticket: { createdBy: { id: agent.id }, entity: { name: 'Kids Ascension' } } });
    const health = await fetch(`${gatewayUrl}/health`);
    expect(await health.json()).toEqual({ status: 'ok', checks: { 'gateway→identity': 'ok', 'gateway→tickets': 'ok' } });
  });
});
