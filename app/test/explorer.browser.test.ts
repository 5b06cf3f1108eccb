import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchChromium, type Chromium } from '@lotse/kernel/testing/chromium';
import { startTestLotse, type TestLotse } from './harness.ts';

/**
 * The printed URL opens a GraphQL explorer that works offline: in Debian's Chromium, every request
 * the page makes goes to Lotse itself (no CDN), and the explorer loads the schema through the gateway.
 */
let lotse: TestLotse;
let browser: Chromium;

beforeAll(async () => {
  lotse = await startTestLotse();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await lotse.stop();
});

describe('the explorer', () => {
  it('loads from Lotse alone and introspects the API through the gateway', async () => {
    const { page } = browser;
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
