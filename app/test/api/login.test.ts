import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, startTestLotse, type TestLotse, type TestUser } from '../harness.ts';

/** Password sign-in, sessions and the throttle against guessing. */
let lotse: TestLotse;
beforeAll(async () => {
  lotse = await startTestLotse();
});
afterAll(() => lotse.stop());

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token expiresAt user { id email } } }';
const attempt = (user: TestUser, password: string) =>
  lotse.graphql<{ login: { token: string; user: { id: string; email: string } } }>(LOGIN, {
    i: { email: user.email, password },
  });
const codeOf = (result: Awaited<ReturnType<typeof attempt>>) => result.errors?.[0]?.extensions?.code ?? 'OK';

describe('login', () => {
  it('signs in with any letter case of the email and shows the user their own email', async () => {
    const user = await lotse.createUser({ role: 'support_agent', entity: KA });
    const result = await lotse.graphql<{ login: { token: string; user: { id: string; email: string } } }>(
      LOGIN,
      { i: { email: `  ${user.email.toUpperCase()} `, password: user.password } },
    );
    expect(result.data!.login.user).toEqual({ id: user.id, email: user.email });
    expect(result.data!.login.token).toMatch(/^lss_/);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await lotse.createUser({ role: 'support_agent', entity: KA });
    const wrong = await attempt(user, 'wrong password');
    const unknown = await attempt({ ...user, email: 'nobody@example.com' }, 'wrong password');
    expect(wrong.errors).toEqual(unknown.errors);
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
  });

  it('refuses further attempts, even the right password, after five failures', async () => {
    const user = await lotse.createUser({ role: 'support_agent', entity: KA });
    for (let i = 0; i < 5; i++) expect(codeOf(await attempt(user, `guess ${i}`))).toBe('UNAUTHENTICATED');
    const blocked = await attempt(user, user.password);
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: 900 });
  });

  it('lets at most five of many parallel guesses reach the password check', async () => {
    const user = await lotse.createUser({ role: 'support_agent', entity: KA });
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(user, `parallel ${i}`)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(25);
  });

  it('forgives earlier failures after a successful sign-in', async () => {
    const user = await lotse.createUser({ role: 'support_agent', entity: KA });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) await attempt(user, 'typo');
      expect(codeOf(await attempt(user, user.password))).toBe('OK');
    }
  });

  it('ends the session on logout', async () => {
    const user = await lotse.signedIn('support_agent', KA);
    expect((await lotse.graphql('mutation { logout }', {}, user.token)).data).toEqual({ logout: true });
    lotse.forgetAuthentication(user.token);
    expect((await lotse.graphql('{ me { id } }', {}, user.token)).data).toEqual({ me: null });
  });
});
