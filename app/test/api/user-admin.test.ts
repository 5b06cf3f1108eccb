import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/** Admins manage users within their entities, and every change reaches sign-in and the replicas. */
let lotse: TestLotse;
let kaAdmin: { id: string; token: string };

const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id email type active roles { role entity { code } } } }`;
const GRANT = `mutation($u: ID!, $g: RoleGrantInput!) { grantRole(userId: $u, grant: $g) { roles { role entity { code } } } }`;
const REVOKE = `mutation($u: ID!, $g: RoleGrantInput!) { revokeRole(userId: $u, grant: $g) { roles { role } } }`;
const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new.${crypto.randomUUID().slice(0, 8)}@ka.example`,
  name: 'New Agent',
  type: 'STAFF',
  password: 'a long initial password',
  roles: [{ role: 'SUPPORT_AGENT', entity: KA }],
  ...overrides,
});
type Created = {
  createUser: { id: string; email: string; roles: { role: string; entity: { code: string } }[] };
};

beforeAll(async () => {
  lotse = await startTestLotse();
  kaAdmin = await lotse.signedIn('admin', KA);
});
afterAll(() => lotse.stop());

describe('user administration', () => {
  it('lets a KA admin create a KA agent who can then sign in', async () => {
    const input = newUser();
    const created = await lotse.graphql<Created>(CREATE_USER, { i: input }, kaAdmin.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser).toMatchObject({
      email: input.email,
      roles: [{ role: 'SUPPORT_AGENT', entity: { code: KA } }],
    });
    expect(
      await lotse.login({ id: created.data!.createUser.id, email: input.email, password: input.password }),
    ).toMatch(/^lss_/);
  });

  it.each([
    ['a role in another entity', newUser({ roles: [{ role: 'SUPPORT_AGENT', entity: OL }] }), 'FORBIDDEN'],
    ['a role in every entity', newUser({ roles: [{ role: 'ADMIN' }] }), 'FORBIDDEN'],
    ['super_admin', newUser({ roles: [{ role: 'SUPER_ADMIN' }] }), 'FORBIDDEN'],
    ['the customer role for staff', newUser({ roles: [{ role: 'CUSTOMER', entity: KA }] }), 'BAD_USER_INPUT'],
    ['a staff role for a customer', newUser({ type: 'CUSTOMER' }), 'BAD_USER_INPUT'],
    ['no role', newUser({ roles: [] }), 'BAD_USER_INPUT'],
    ['a short password', newUser({ password: 'short' }), 'BAD_USER_INPUT'],
    ['a malformed email', newUser({ email: 'not an email <script>' }), 'BAD_USER_INPUT'],
  ])('refuses %s', async (_case, input, code) => {
    const result = await lotse.graphql(CREATE_USER, { i: input }, kaAdmin.token);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('refuses a second user with the same email, in any letter case', async () => {
    const input = newUser();
    await lotse.graphql(CREATE_USER, { i: input }, kaAdmin.token);
    const again = await lotse.graphql(
      CREATE_USER,
      { i: { ...input, email: input.email.toUpperCase() } },
      kaAdmin.token,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses agents and anonymous callers', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    expect(
      (await lotse.graphql(CREATE_USER, { i: newUser() }, agent.token)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await lotse.graphql(CREATE_USER, { i: newUser() })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('grants and revokes roles; the tickets replica follows, so assignment follows too', async () => {
    const editor = await lotse.createUser({ role: 'kb_editor', entity: KA });
    const agent = await lotse.signedIn('support_agent', KA);
    const ticket = await lotse.graphql<{ createTicket: { ticket: { id: string } } }>(
      'mutation { createTicket(input: { entity: "kids_ascension", title: "t", description: "d" }) { ticket { id } } }',
      {},
      agent.token,
    );
    const assign = () =>
      lotse.graphql(
        'mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id } }',
        { id: ticket.data!.createTicket.ticket.id, a: editor.id },
        agent.token,
      );
    expect((await assign()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const granted = await lotse.graphql<{ grantRole: { roles: { role: string }[] } }>(
      GRANT,
      { u: editor.id, g: { role: 'SUPPORT_AGENT', entity: KA } },
      kaAdmin.token,
    );
    expect(granted.data!.grantRole.roles.map((r) => r.role).sort()).toEqual(['KB_EDITOR', 'SUPPORT_AGENT']);
    await lotse.running.caughtUp();
    expect((await assign()).errors).toBeUndefined();

    await lotse.graphql(REVOKE, { u: editor.id, g: { role: 'SUPPORT_AGENT', entity: KA } }, kaAdmin.token);
    await lotse.running.caughtUp();
    expect((await assign()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does not let a KA admin touch an OL-only user: they do not exist for them', async () => {
    const olAgent = await lotse.createUser({ role: 'support_agent', entity: OL });
    const result = await lotse.graphql(
      GRANT,
      { u: olAgent.id, g: { role: 'KB_EDITOR', entity: KA } },
      kaAdmin.token,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("lists only users of the caller's entities, and shows only grants there", async () => {
    const olAgent = await lotse.createUser({ role: 'support_agent', entity: OL });
    const both = await lotse.createUser({ role: 'support_agent', entity: KA });
    const root = await lotse.signedIn('super_admin', null);
    await lotse.graphql(GRANT, { u: both.id, g: { role: 'ADMIN', entity: OL } }, root.token);
    const list = await lotse.graphql<{ users: { totalCount: number; edges: { node: { id: string } }[] } }>(
      '{ users(first: 100) { totalCount edges { node { id } } } }',
      {},
      kaAdmin.token,
    );
    const ids = list.data!.users.edges.map((e) => e.node.id);
    expect(ids).toContain(both.id);
    expect(ids).not.toContain(olAgent.id);
    expect(list.data!.users.totalCount).toBe(ids.length);
    const seen = await lotse.graphql<{ user: { roles: { role: string; entity: { code: string } }[] } }>(
      'query($id: ID!) { user(id: $id) { roles { role entity { code } } } }',
      { id: both.id },
      kaAdmin.token,
    );
    expect(seen.data!.user.roles).toEqual([{ role: 'SUPPORT_AGENT', entity: { code: KA } }]);
  });

  it('keeps a global admin from making anyone a super admin, themself included', async () => {
    const root = await lotse.signedIn('super_admin', null);
    const globalAdmin = await lotse.signedIn('admin', null);
    const attempt = await lotse.graphql(
      GRANT,
      { u: globalAdmin.id, g: { role: 'SUPER_ADMIN' } },
      globalAdmin.token,
    );
    expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const demote = await lotse.graphql(
      'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
      { id: root.id },
      globalAdmin.token,
    );
    expect(demote.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deactivation ends sign-in, sessions and API tokens', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const token = await lotse.graphql<{ createApiToken: { secret: string } }>(
      'mutation { createApiToken(input: { name: "phone" }) { secret } }',
      {},
      agent.token,
    );
    const apiSecret = token.data!.createApiToken.secret;
    const deactivated = await lotse.graphql<{ deactivateUser: { active: boolean } }>(
      'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
      { id: agent.id },
      kaAdmin.token,
    );
    expect(deactivated.data).toEqual({ deactivateUser: { active: false } });
    for (const secret of [agent.token, apiSecret]) {
      lotse.forgetAuthentication(secret);
      expect((await lotse.graphql<{ me: null }>('{ me { id } }', {}, secret)).data).toEqual({ me: null });
    }
    await expect(lotse.login(agent)).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
