import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Agent } from 'undici';
import { startLoopbackServer, type LoopbackServer } from '@lotse/kernel/testing/loopback-server';
import { AUTH_CACHE_TTL_MS, createAuthenticator, type Authentication } from './authenticator.ts';

/** A stand-in for identity's authenticate route that counts questions and can be slowed down. */
let server: LoopbackServer;
let url: string;
let asked = 0;
let delayMs = 0;
let entities: Authentication['entities'] = [];
const answerFor = (token: string): Authentication => ({
  principal: { kind: 'user', userId: token, userType: 'staff', roles: [], credentialId: 'c', credentialKind: 'session' },
  entities,
});
const dispatcher = new Agent();

beforeAll(async () => {
  server = await startLoopbackServer((request, res) => {
    asked += 1;
    const { token } = JSON.parse(request.body) as { token: string };
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answerFor(token))), delayMs);
  });
  url = `${server.origin}/authenticate`;
});
afterAll(async () => {
  await server.close();
  await dispatcher.close();
});
afterEach(() => {
  jest.restoreAllMocks();
  asked = 0;
  delayMs = 0;
  entities = [];
});

const authenticator = () => createAuthenticator({ authenticateUrl: url, secret: 'a-test-secret-of-at-least-32-characters', dispatcher, timeoutMs: 2000 });
const userIdOf = (authentication: Authentication) =>
  authentication.principal.kind === 'user' ? authentication.principal.userId : null;
const waitFor = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('authenticator', () => {
  it('asks identity once for concurrent and repeated requests of one credential', async () => {
    const auth = authenticator();
    const answers = await Promise.all(Array.from({ length: 20 }, () => auth.authenticate('token-a')));
    await auth.authenticate('token-a');
    expect(answers.map(userIdOf)).toEqual(Array(20).fill('token-a'));
    expect(asked).toBe(1);
  });

  it("in an answer's last second, answers from the cache at once and refreshes it in the background", async () => {
    const auth = authenticator();
    const arrived = Date.now();
    await auth.authenticate('token-b');
    delayMs = 300;
    entities = [{ code: 'kids_ascension', prefix: 'KA', name: 'Kids Ascension' }];
    jest.spyOn(Date, 'now').mockReturnValue(arrived + AUTH_CACHE_TTL_MS - 500);

    const started = performance.now();
    const stale = await auth.authenticate('token-b');
    expect(performance.now() - started).toBeLessThan(delayMs);
    expect(stale.entities).toEqual([]);
    await waitFor(() => asked === 2);
    // The refreshed answer replaces the old one once identity replies; one refresh for many requests.
    await Promise.all(Array.from({ length: 10 }, () => auth.authenticate('token-b')));
    await new Promise((resolve) => setTimeout(resolve, delayMs + 100));
    expect((await auth.authenticate('token-b')).entities).toHaveLength(1);
    expect(asked).toBe(2);
  });
});
