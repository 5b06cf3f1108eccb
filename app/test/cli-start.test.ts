import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';

/**
 * The README's run command as a new user meets it: `node app/src/cli.ts start` with nothing but a
 * data directory — its own embedded PostgreSQL, migrations, demo data, the printed URL and logins,
 * a quiet terminal, and Ctrl+C ending it cleanly.
 */
let child: ChildProcess;
let output = '';
let url = '';
let dataDir = '';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'lotse-start-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    LOTSE_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    NODE_ENV: 'development',
  };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  child = spawn(process.execPath, ['app/src/cli.ts', 'start'], {
    env,
    cwd: path.resolve(import.meta.dirname, '../..'),
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Lotse is running \(all\) at (http:\/\/\S+)/.exec(output);
      if (match && output.includes('customer1@ol.example')) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}, 30_000);

const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
};

describe('npm start on a fresh data directory', () => {
  it('prints the API, the explorer and the demo logins', () => {
    expect(output).toContain(`${url}/graphql`);
    expect(output).toContain(`${url}/explorer`);
    expect(output).toContain(`password for all: ${DEMO_PASSWORD}`);
    expect(output).toMatch(/agent1@ka\.lotse\.dev\s+support_agent @ kids_ascension/);
  });

  it('lets the demo KA agent sign in, create and list tickets through the gateway', async () => {
    const login = await graphql('mutation($i: LoginInput!) { login(input: $i) { token user { name } } }', {
      i: { email: 'agent1@ka.lotse.dev', password: DEMO_PASSWORD },
    });
    const token = (login.data!.login as { token: string }).token;
    const created = await graphql(
      'mutation { createTicket(input: { entity: "kids_ascension", title: "From the README", description: "x" }) { ticket { number } } }',
      {},
      token,
    );
    const number = (created.data!.createTicket as { ticket: { number: string } }).ticket.number;
    expect(number).toMatch(/^KA-\d{4}-\d{5}$/);
    const list = await graphql('{ tickets(first: 1) { totalCount edges { node { number } } } }', {}, token);
    const tickets = list.data!.tickets as { totalCount: number; edges: { node: { number: string } }[] };
    expect(tickets.edges[0]!.node.number).toBe(number);
    expect(tickets.totalCount).toBeGreaterThan(150);
  });

  it('stops on SIGINT with exit code 0 and no stack trace, the database last, having logged no request', async () => {
    expect((await graphql('{ __typename }')).errors).toBeUndefined();
    const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await closed).toBe(0);
    expect(output).toMatch(/Stopping Lotse \(SIGINT\) …\nEmbedded PostgreSQL stopped\.\n$/);
    expect(output).not.toMatch(/^\s+at /m);
    // Development logs are for people: no line per request at info, no raw JSON.
    expect(output).not.toContain('graphql operation');
    expect(output).not.toMatch(/^\{"level"/m);
  });
});
