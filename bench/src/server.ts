import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { request } from 'undici';
import { loadConfig } from '@lotse/kernel/config/config';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { startLotse, type RunningLotse } from '@lotse/app/runtime/start';

/**
 * Lotse as production runs it — gateway and subgraphs in one process, production settings — on a
 * free port, plus what the load generator needs: a bearer token from the login mutation and the
 * principal the gateway resolves it to (for signing direct subgraph calls).
 */
export interface BenchServer {
  running: RunningLotse;
  logFile: string;
  secret: string;
  token: string;
  context: Pick<InternalContext, 'principal' | 'entities'>;
  stop(): Promise<void>;
}

export async function startBenchServer(databaseUrl: string, agent: { email: string; password: string }): Promise<BenchServer> {
  const secret = randomBytes(32).toString('hex');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lotse-bench-run-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOTSE_SERVICE: 'all',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    LOTSE_SIGNING_SECRET: secret,
    LOTSE_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
  });
  // Production's log level and a synchronous destination, as pino writes to stdout; but into a
  // file, so that the request log lines do not drown the benchmark's output.
  const logFile = path.join(dataDir, 'lotse.log');
  const logger = pino({ name: 'lotse-bench', level: config.LOG_LEVEL, base: { service: 'bench' } }, pino.destination({ dest: logFile, sync: true }));
  const running = await startLotse({ config, databaseUrl, secret, logger, port: 0 });
  try {
    const token = await login(running.url, agent);
    const { principal, entities } = await running.gateway!.authenticator.authenticate(token);
    if (principal.kind !== 'user') throw new Error('the benchmark token did not authenticate');
    return { running, logFile, secret, token, context: { principal, entities }, stop: () => running.stop() };
  } catch (error) {
    await running.stop();
    throw error;
  }
}

async function login(baseUrl: string, agent: { email: string; password: string }): Promise<string> {
  const { body } = await request(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: agent },
    }),
  });
  const result = (await body.json()) as { data?: { login?: { token?: string } | null }; errors?: unknown };
  const token = result.data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(result.errors ?? result)}`);
  return token;
}
