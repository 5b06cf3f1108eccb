import pg from 'pg';
import { Pool } from 'undici';
import { CONTEXT_TTL_MS, signedHeaders } from '@lotse/kernel/context/signing';
import { subgraphPath } from '@lotse/kernel/graphql/subgraph-server';
import type { PathName } from '../options.ts';
import { PAGE_BODY, PAGE_SQL } from '../page.ts';
import type { LoadSetup } from './protocol.ts';

/**
 * One way of getting the page, as a function that sends one request and returns the page's ids.
 * HTTP paths keep one keep-alive connection per concurrent client, like separate clients would.
 */
export interface Target {
  /** Sends one request; throws on any failure. */
  send(): Promise<void>;
  /** Sends one request and returns the ticket ids of the page (for the correctness check). */
  ids(): Promise<string[]>;
  close(): Promise<void>;
}

interface PageResponse {
  data?: { tickets?: { edges: { node: { id: string } }[] } } | null;
  errors?: unknown[];
}

function httpTarget(baseUrl: string, path: string, concurrency: number, headers: () => Record<string, string>): Target {
  const pool = new Pool(baseUrl, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
  const request = async () => {
    const { statusCode, body } = await pool.request({ path, method: 'POST', headers: headers(), body: PAGE_BODY });
    const text = await body.text();
    // A cheap check on every response; the full comparison runs once in `ids`.
    if (statusCode !== 200 || !text.startsWith('{"data":{"tickets":{"edges":[{')) {
      throw new Error(`${path} answered ${statusCode}: ${text.slice(0, 300)}`);
    }
    return text;
  };
  return {
    send: async () => void (await request()),
    async ids() {
      const parsed = JSON.parse(await request()) as PageResponse;
      if (parsed.errors) throw new Error(`${path}: ${JSON.stringify(parsed.errors)}`);
      return parsed.data!.tickets!.edges.map((edge) => edge.node.id);
    },
    close: () => pool.close(),
  };
}

/** Through the gateway, as a client: the bearer token it got from the login mutation. */
function gatewayTarget(setup: LoadSetup, concurrency: number): Target {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${setup.token}` };
  return httpTarget(setup.baseUrl, '/graphql', concurrency, () => headers);
}

/**
 * Straight to the tickets subgraph, as the gateway calls it: a fresh internal context (new
 * request id, new expiry) signed over the body for every request — the gateway's per-request
 * signing work, here done by the load generator.
 */
function subgraphTarget(setup: LoadSetup, concurrency: number): Target {
  const headers = () => {
    const requestId = crypto.randomUUID();
    const context = { requestId, ...setup.context, clientIp: '127.0.0.1', exp: Date.now() + CONTEXT_TTL_MS };
    return { 'content-type': 'application/json', 'x-request-id': requestId, ...signedHeaders(setup.secret, context, PAGE_BODY) };
  };
  return httpTarget(setup.baseUrl, subgraphPath('tickets'), concurrency, headers);
}

/** The statement MikroORM issues, on a pg pool as large as the subgraph's; rows are not hydrated. */
function sqlTarget(setup: LoadSetup): Target {
  const pool = new pg.Pool({ connectionString: setup.databaseUrl, max: setup.poolSize });
  const query = async () => {
    const { rows } = await pool.query<{ id: string }>(PAGE_SQL);
    if (rows.length === 0) throw new Error('the page query returned no rows');
    return rows;
  };
  return {
    send: async () => void (await query()),
    ids: async () => (await query()).slice(0, 50).map((row) => row.id),
    close: () => pool.end(),
  };
}

export function createTarget(path: PathName, setup: LoadSetup, concurrency: number): Target {
  if (path === 'gateway') return gatewayTarget(setup, concurrency);
  if (path === 'subgraph') return subgraphTarget(setup, concurrency);
  return sqlTarget(setup);
}
