import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import express from 'express';
import { createMetrics } from './metrics.ts';
import { metricsRoute } from './metrics-route.ts';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

async function serve(options: { token: string | undefined; production: boolean }): Promise<string> {
  const app = express();
  app.get('/metrics', metricsRoute(createMetrics(), options));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
}

const scrape = (url: string, token?: string) => fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
const token = 'scrape-token-0123456789';

describe('GET /metrics', () => {
  it('with a token, answers only a scraper that presents it', async () => {
    const url = await serve({ token, production: true });
    const refused = [await scrape(url), await scrape(url, 'wrong-token'), await scrape(url, `${token}x`)];
    expect(refused.map((response) => response.status)).toEqual([401, 401, 401]);
    expect(refused[0]!.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await refused[1]!.text()).not.toContain('lotse_');
    const allowed = await scrape(url, token);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('lotse_graphql_requests_total');
  });

  it('in production without a token, serves no metrics at all', async () => {
    const response = await scrape(await serve({ token: undefined, production: true }));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('lotse_');
  });

  it('in development without a token, serves them openly', async () => {
    const response = await scrape(await serve({ token: undefined, production: false }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
  });
});
