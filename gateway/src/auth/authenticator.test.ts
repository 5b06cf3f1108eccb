import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Agent } from 'undici';
import { startLoopbackServer, type LoopbackServer } from '@lotse/kernel/testing/loopback-server';
import { waitUntil } from '@lotse/kernel/testing/wait-until';
import { AUTH_CACHE_TTL_MS, createAuthenticator, type Authentication } from './authenticator.ts';

/**
 * A stand-in for identity's authenticate route that counts questions and can hold its answers back.
 * Each answer reflects `entities` as they were when the question arrived.
 */
let server: LoopbackServer;
let url: string;
let asked = 0;
let entities: Authentication['entities'] = [];
/** While an array, answers wait in it until `release()`. */
let held: (() => void)[] | null = null;
const KA = { code: 'kids_ascension', prefix: 'KA', name: 'Kids Ascension' };
const answerFor = (token: string): Authentication => ({
  principal: {
    kind: 'user',
    userId: token,
    userType: 'staff',
    roles: [],
    credentialId: 'c',
    credentialKind: 'session',
  },
  entities,
});
const release = () => {
  const waiting = held ?? [];
  held = null;
  for (const send of waiting) send();
};
const dispatcher = new Agent();
/** The authenticator's clock: tests move it instead of waiting. */
let clock = 0;

beforeAll(async () => {
  server = await startLoopbackServer((request, res) => {
    asked += 1;
    const { token } = JSON.parse(request.body) as { token: string };
    const body = JSON.stringify(answerFor(token));
    const send = () => res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (held) held.push(send);
    else send();
  });
  url = `${server.origin}/authenticate`;
});
afterAll(async () => {
  await server.close();
  await dispatcher.close();
});
afterEach(() => {
  release();
  asked = 0;
  entities = [];
  clock = 0;
});

const authenticator = () =>
  createAuthenticator({
    authenticateUrl: url,
    secret: 'a-test-secret-of-at-least-32-characters',
    dispatcher,
    timeoutMs: 2000,
    now: () => clock,
  });
const userIdOf = (authentication: Authentication) =>
  authentication.principal.kind === 'user' ? authentication.principal.userId : null;

describe('authenticator', () => {
  it('asks identity once for concurrent and repeated requests of one credential', async () => {
    const auth = authenticator();
    const answers = await Promise.all(Array.from({ length: 20 }, () => auth.authenticate('token-a')));
    await auth.authenticate('token-a');
    expect(answers.map(userIdOf)).toEqual(Array(20).fill('token-a'));
    expect(asked).toBe(1);
  });

  it('trusts an answer until it is AUTH_CACHE_TTL_MS old, then waits for a new one', async () => {
    const auth = authenticator();
    await auth.authenticate('token-t');
    entities = [KA];
    clock = AUTH_CACHE_TTL_MS / 2;
    expect((await auth.authenticate('token-t')).entities).toEqual([]);
    expect(asked).toBe(1);

    clock = AUTH_CACHE_TTL_MS;
    expect((await auth.authenticate('token-t')).entities).toEqual([KA]);
    expect(asked).toBe(2);
  });

  it("in an answer's last second, answers from the cache at once and refreshes it in the background", async () => {
    const auth = authenticator();
    await auth.authenticate('token-b');
    held = [];
    entities = [KA];
    clock = AUTH_CACHE_TTL_MS - 500;

    const stale = auth.authenticate('token-b');
    await waitUntil('the background refresh to reach identity', () => asked === 2);
    // Identity's answer is held back: only an answer from the cache can have arrived.
    const first = await Promise.race([stale, Promise.resolve('still waiting for identity')]);
    expect(first).toMatchObject({ entities: [] });
    // Many requests while the refresh is on its way: still the cached answer, still one question.
    const meanwhile = await Promise.all(Array.from({ length: 10 }, () => auth.authenticate('token-b')));
    expect(meanwhile.map((answer) => answer.entities)).toEqual(Array(10).fill([]));

    release();
    await waitUntil(
      'the refreshed answer to replace the cached one',
      async () => (await auth.authenticate('token-b')).entities.length === 1,
    );
    expect(asked).toBe(2);
  });

  it('asks identity again right after a credential is forgotten', async () => {
    const auth = authenticator();
    await auth.authenticate('token-i');
    entities = [KA];
    auth.forget('token-i');
    expect((await auth.authenticate('token-i')).entities).toEqual([KA]);
    expect(asked).toBe(2);
  });

  it('does not cache an answer that was on its way when the credential was forgotten', async () => {
    const auth = authenticator();
    held = [];
    const early = auth.authenticate('token-r');
    await waitUntil('the question to reach identity', () => asked === 1);
    entities = [KA]; // changes after identity has answered, before the answer arrives
    auth.forget('token-r');
    release();
    // Whoever asked before the change gets the answer as it was; nobody after them does.
    expect((await early).entities).toEqual([]);
    expect((await auth.authenticate('token-r')).entities).toEqual([KA]);
    expect(asked).toBe(2);
  });
});
