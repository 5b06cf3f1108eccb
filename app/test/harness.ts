import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '@lotse/kernel/config/config';
import { ensureDatabase } from '@lotse/kernel/db/embedded-postgres';
import { createLogger } from '@lotse/kernel/logging';
import { provisionEntity, provisionUser } from '@lotse/identity/seed/provision';
import { startLotse, type RunningLotse } from '../src/runtime/start.ts';
import { subgraphOrms } from '../src/runtime/subgraphs.ts';
import { databaseUrl, TEST_ADMIN_URL, TEST_TEMPLATE } from './database.ts';

/**
 * One running Lotse per test file, all in one process on a free port, on its own fresh database
 * with the two entities. Tests talk to it over real HTTP and WebSocket, as clients do.
 */
export const KA = 'kids_ascension';
export const OL = 'ozean_licht';
const PASSWORD = 'correct horse battery staple';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export interface TestLotse {
  url: string;
  secret: string;
  databaseUrl: string;
  running: RunningLotse;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  createUser(options: {
    role: string;
    entity: string | null;
    type?: 'staff' | 'customer';
  }): Promise<TestUser>;
  login(user: TestUser): Promise<string>;
  /** A new user with the role, signed in: returns the user and their bearer token. */
  signedIn(role: string, entity: string | null): Promise<TestUser & { token: string }>;
  /**
   * The gateway trusts a cached authentication for up to AUTH_CACHE_TTL_MS. After a test logs out
   * or changes a role, this makes it ask identity about the credential on its next use instead.
   */
  forgetAuthentication(token: string): void;
  stop(): Promise<void>;
}

export async function startTestLotse(): Promise<TestLotse> {
  const adminUrl = process.env[TEST_ADMIN_URL]!;
  const database = `${process.env[TEST_TEMPLATE]}_t${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, database, process.env[TEST_TEMPLATE]);
  const url = databaseUrl(adminUrl, database);
  const secret = randomBytes(32).toString('hex');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOTSE_SERVICE: 'all',
    LOG_LEVEL: 'silent',
    LOTSE_DATA_DIR: await mkdtemp(path.join(tmpdir(), 'lotse-run-')),
  });
  const identity: MikroORM = await subgraphOrms.identity.open(url, 2);
  for (const entity of [
    { code: KA, prefix: 'KA', name: 'Kids Ascension' },
    { code: OL, prefix: 'OL', name: 'Ozean Licht' },
  ]) {
    await provisionEntity(identity.em.fork(), entity);
  }
  const running = await startLotse({
    config,
    databaseUrl: url,
    secret,
    logger: createLogger('test', 'silent'),
    port: 0,
  });

  const graphql: TestLotse['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  const createUser: TestLotse['createUser'] = async ({ role, entity, type }) => {
    const email = `${role}.${randomBytes(4).toString('hex')}@test.lotse.dev`;
    const user = await provisionUser(identity.em.fork(), {
      email,
      name: `Test ${role}`,
      type: type ?? (role === 'customer' ? 'customer' : 'staff'),
      password: PASSWORD,
      roles: [{ role, entity }],
    });
    // Other subgraphs learn about users from identity's events; tests start once they have.
    await running.caughtUp();
    return { id: user.id, email, password: PASSWORD };
  };

  const login: TestLotse['login'] = async (user) => {
    const result = await graphql<{ login: { token: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: user.email, password: user.password } },
    );
    if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };

  return {
    url: running.url,
    secret,
    databaseUrl: url,
    running,
    graphql,
    createUser,
    login,
    async signedIn(role, entity) {
      const user = await createUser({ role, entity });
      return { ...user, token: await login(user) };
    },
    forgetAuthentication(token) {
      running.gateway!.authenticator.forget(token);
    },
    async stop() {
      await running.stop();
      await identity.close();
    },
  };
}
