import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KA, OL, startTestLotse, type TestLotse } from '../harness.ts';

/** API tokens for mobile and partner clients: shown once, stored hashed, never more than their creator. */
let lotse: TestLotse;
beforeAll(async () => {
  lotse = await startTestLotse();
});
afterAll(() => lotse.stop());

const CREATE =
  'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id prefix roles { role entity { code } } expiresAt } } }';
type Created = {
  createApiToken: {
    secret: string;
    token: { id: string; prefix: string; roles: unknown[]; expiresAt: string | null };
  };
};

describe('API tokens', () => {
  it("acts with the creator's rights, is listed without its secret and stored only as a hash", async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const created = await lotse.graphql<Created>(
      CREATE,
      { i: { name: 'iOS app', expiresInDays: 30 } },
      agent.token,
    );
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^lat_/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token.roles).toEqual([{ role: 'SUPPORT_AGENT', entity: { code: KA } }]);
    expect(new Date(token.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    expect((await lotse.graphql<{ me: { id: string } }>('{ me { id } }', {}, secret)).data).toEqual({
      me: { id: agent.id },
    });
    const listed = await lotse.graphql<{ apiTokens: { id: string; name: string }[] }>(
      '{ apiTokens { id name lastUsedAt } }',
      {},
      agent.token,
    );
    expect(listed.data!.apiTokens).toEqual([expect.objectContaining({ id: token.id, name: 'iOS app' })]);
    expect(JSON.stringify(listed)).not.toContain(secret);

    const client = new pg.Client({ connectionString: lotse.databaseUrl });
    await client.connect();
    const { rows } = await client.query('select token_hash from identity.api_token where id = $1', [
      token.id,
    ]);
    await client.end();
    expect(rows[0].token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
  });

  it('refuses roles the creator does not hold', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    for (const roles of [
      [{ role: 'ADMIN', entity: KA }],
      [{ role: 'SUPPORT_AGENT', entity: OL }],
      [{ role: 'SUPPORT_AGENT' }],
    ]) {
      const result = await lotse.graphql(CREATE, { i: { name: 'too much', roles } }, agent.token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('cannot mint, list or revoke tokens itself, so it cannot outlive its expiry or revocation', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { secret } = (
      await lotse.graphql<Created>(CREATE, { i: { name: 'partner', expiresInDays: 1 } }, agent.token)
    ).data!.createApiToken;
    const minted = await lotse.graphql(CREATE, { i: { name: 'child' } }, secret);
    expect(minted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await lotse.graphql('{ apiTokens { id } }', {}, secret)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('stops working once revoked (within the authentication cache time)', async () => {
    const agent = await lotse.signedIn('support_agent', KA);
    const { secret, token } = (
      await lotse.graphql<Created>(CREATE, { i: { name: 'revoke me' } }, agent.token)
    ).data!.createApiToken;
    expect((await lotse.graphql<{ me: unknown }>('{ me { id } }', {}, secret)).data?.me).not.toBeNull();
    const revoked = await lotse.graphql<{ revokeApiToken: { revokedAt: string } }>(
      'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
      { id: token.id },
      agent.token,
    );
    expect(revoked.data!.revokeApiToken.revokedAt).toBeTruthy();
    lotse.forgetAuthentication(secret);
    expect((await lotse.graphql('{ me { id } }', {}, secret)).data).toEqual({ me: null });
  });

  it("answers null when revoking someone else's token", async () => {
    const owner = await lotse.signedIn('support_agent', KA);
    const other = await lotse.signedIn('support_agent', KA);
    const { token } = (await lotse.graphql<Created>(CREATE, { i: { name: 'mine' } }, owner.token)).data!
      .createApiToken;
    const attempt = await lotse.graphql(
      'mutation($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: token.id },
      other.token,
    );
    expect(attempt.data).toEqual({ revokeApiToken: null });
  });
});
