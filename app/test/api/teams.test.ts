import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

let lotse: TestLotse;
beforeAll(async () => {
  lotse = await startTestLotse();
});
afterAll(() => lotse.stop());

const CREATE = 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id name entity { code } members { id } } }';
const ADD = 'mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u) { members { id } } }';
const REMOVE = 'mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) { members { id } } }';

describe('teams', () => {
  it('an entity admin builds a team of its staff; agents of the entity see it and its members', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const agent = await lotse.signedIn('support_agent', KA);
    const created = await lotse.graphql<{ createTeam: { id: string; members: unknown[] } }>(
      CREATE, { i: { entity: KA, name: 'First line' } }, admin.token);
    expect(created.data!.createTeam).toMatchObject({ name: 'First line', entity: { code: KA }, members: [] });
    const team = created.data!.createTeam.id;
    expect((await lotse.graphql(ADD, { t: team, u: agent.id }, admin.token)).data).toEqual({ addTeamMember: { members: [{ id: agent.id }] } });
    const seen = await lotse.graphql<{ teams: { id: string; members: { id: string }[] }[]; me: { teams: { id: string }[] } }>(
      `query { teams(entity: "${KA}") { id members { id } } me { teams { id } } }`, {}, agent.token);
    expect(seen.data!.teams).toContainEqual({ id: team, members: [{ id: agent.id }] });
    expect(seen.data!.me.teams).toEqual([{ id: team }]);
    expect((await lotse.graphql(REMOVE, { t: team, u: agent.id }, admin.token)).data).toEqual({ removeTeamMember: { members: [] } });
  });

  it('refuses other entities, customers, duplicates and agents', async () => {
    const admin = await lotse.signedIn('admin', KA);
    const olAgent = await lotse.createUser({ role: 'support_agent', entity: OL });
    const customer = await lotse.createUser({ role: 'customer', entity: KA });
    const agent = await lotse.signedIn('support_agent', KA);
    expect((await lotse.graphql(CREATE, { i: { entity: OL, name: 'x' } }, admin.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await lotse.graphql(CREATE, { i: { entity: KA, name: 'x' } }, agent.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { data } = await lotse.graphql<{ createTeam: { id: string } }>(CREATE, { i: { entity: KA, name: 'Second line' } }, admin.token);
    expect((await lotse.graphql(CREATE, { i: { entity: KA, name: 'Second line' } }, admin.token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const outsider of [olAgent, customer]) {
      const added = await lotse.graphql(ADD, { t: data!.createTeam.id, u: outsider.id }, admin.token);
      expect(added.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    }
    const olAdmin = await lotse.signedIn('admin', OL);
    expect((await lotse.graphql(ADD, { t: data!.createTeam.id, u: olAgent.id }, olAdmin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
