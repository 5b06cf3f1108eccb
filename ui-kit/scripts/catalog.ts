// The real-browser catalog: opens every story of the built Storybook in Debian's Chromium, in light and dark,
// saves a screenshot of each under docs/ui-kit/ and runs axe-core in the page (colour contrast included, which
// jsdom cannot check). Exits 1 on any violation or broken story.
//
// Usage: npm run build-storybook -w ui-kit && npm run catalog -w ui-kit
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as AxeApi from 'axe-core';
import type { AxeResults } from 'axe-core';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { axeRulesFor } from '../test/axe-rules.ts';
import { serveStatic } from './serve-static.ts';

const kitDir = resolve(import.meta.dirname, '..');
const staticDir = join(kitDir, 'storybook-static');
const screenshotDir = resolve(kitDir, '../docs/ui-kit');
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const colorModes = ['light', 'dark'] as const;
type ColorMode = (typeof colorModes)[number];

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

async function readStories(): Promise<IndexEntry[]> {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

type StoryStatus = 'success' | 'error';

/**
 * Loads the preview once per colour mode (the mode and "a11y addon: manual" go in as URL globals), then switches
 * stories through Storybook's own channel instead of reloading the bundle for each one.
 */
async function openPreview(page: Page, origin: string, firstStoryId: string, mode: ColorMode): Promise<void> {
  await page.goto(
    `${origin}/iframe.html?id=${firstStoryId}&viewMode=story&globals=colorMode:${mode};a11y.manual:!true`,
  );
  await page.addScriptTag({ path: axeScript });
}

/** Shows a story and resolves once it rendered and its play function finished. */
async function showStory(page: Page, storyId: string, isFirst: boolean): Promise<StoryStatus> {
  return page.evaluate(
    ({ storyId, isFirst }) =>
      new Promise<StoryStatus>((resolve) => {
        type Channel = {
          on: (event: string, listener: (payload: { storyId: string; status: StoryStatus }) => void) => void;
          off: (event: string, listener: (payload: { storyId: string; status: StoryStatus }) => void) => void;
          emit: (event: string, payload: unknown) => void;
        };
        type Preview = { currentRender?: { id: string; phase: string } };
        const scope = window as unknown as {
          __STORYBOOK_ADDONS_CHANNEL__: Channel;
          __STORYBOOK_PREVIEW__: Preview;
        };
        const channel = scope.__STORYBOOK_ADDONS_CHANNEL__;
        const render = scope.__STORYBOOK_PREVIEW__.currentRender;
        if (isFirst && render?.id === storyId && render.phase === 'finished') {
          resolve(document.body.classList.contains('sb-show-errordisplay') ? 'error' : 'success');
          return;
        }
        // A component that throws while rendering shows Storybook's error display but may still report success.
        const finished = (event: { storyId: string; status: StoryStatus }) => {
          if (event.storyId !== storyId) return;
          channel.off('storyFinished', finished);
          resolve(document.body.classList.contains('sb-show-errordisplay') ? 'error' : event.status);
        };
        channel.on('storyFinished', finished);
        if (!isFirst) channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    { storyId, isFirst },
  );
}

async function runAxe(page: Page, storyTags: readonly string[]): Promise<AxeResults['violations']> {
  return page.evaluate(
    async (rules) => {
      const { axe } = window as unknown as { axe: typeof AxeApi };
      return (await axe.run(document, { rules })).violations;
    },
    axeRulesFor(storyTags, 'browser'),
  );
}

async function main(): Promise<void> {
  const stories = await readStories();
  await mkdir(screenshotDir, { recursive: true });
  const server = await serveStatic(staticDir);
  const profileDir = await mkdtemp(join(tmpdir(), 'lotse-catalog-'));
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const failures: string[] = [];
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    for (const mode of colorModes) {
      await openPreview(page, server.origin, stories[0]?.id ?? '', mode);
      for (const [position, story] of stories.entries()) {
        const label = `${story.title} › ${story.name} (${mode})`;
        if ((await showStory(page, story.id, position === 0)) === 'error') {
          failures.push(`${label}: the story failed to render or its play function threw`);
          continue;
        }
        await page.screenshot({ path: join(screenshotDir, `${story.id}--${mode}.png`), fullPage: true });
        for (const violation of await runAxe(page, story.tags ?? [])) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
          failures.push(`${label}: ${violation.id} (${violation.impact}) ${violation.help} — ${targets}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
  console.warn(`catalog: ${stories.length} stories × ${colorModes.length} colour modes → ${screenshotDir}`);
  if (failures.length > 0) {
    console.error(
      `catalog: ${failures.length} problem(s)\n${failures.map((line) => `  ✗ ${line}`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

await main();
