import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * Debian's Chromium (`/usr/bin/chromium`, see scripts/ensure-chromium.sh) for browser tests and the UI kit's
 * scripts; no tool ever downloads a browser. Headless, offline-quiet (no background networking, updates or
 * sync, so a test sees only the requests its page makes), in a throwaway profile that `close()` removes.
 */
export interface Chromium {
  context: BrowserContext;
  /** The tab the browser opened with. */
  page: Page;
  close(): Promise<void>;
}

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(options: BrowserContextOptions = {}): Promise<Chromium> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lotse-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: '/usr/bin/chromium',
    args: flags,
  });
  return {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
