import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type BrowserContext } from 'playwright-core';
import { startTestLotse, type TestLotse } from './harness.ts';

/**
 * The printed URL opens a GraphQL explorer that works offline: in Debian's Chromium, every request
 * the page makes goes to Lotse itself (no CDN), and the explorer loads the schema through the gateway.
 */
let lotse: TestLotse;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  lotse = await startTestLotse();
  profile = await mkdtemp(path.join(tmpdir(), 'lotse-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await rm(profile, { recursive: true, force: true });
  await lotse.stop();
});

describe('the explorer', () => {
  it('loads from Lotse alone and introspects the API through the gateway', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const introspected = page.waitForResponse(
      (response) => response.url() === `${lotse.url}/graphql` && response.request().method() === 'POST',
    );
    await page.goto(`${lotse.url}/`);
    expect(page.url()).toBe(`${lotse.url}/explorer`);
    const response = await introspected;
    expect(response.status()).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('TicketConnection');
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    const foreign = requested.filter((url) => !url.startsWith(lotse.url) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
  }, 60_000);
});
