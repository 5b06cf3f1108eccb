// The real-browser catalog: opens every story of the built Storybook in Debian's Chromium, in light and dark,
// saves a screenshot of each under docs/ui-kit/ and runs axe-core in the page (colour contrast included, which
// jsdom cannot check). Exits 1 on any violation or broken story.
//
// Usage: npm run build-storybook -w ui-kit && npm run catalog -w ui-kit
// While working on a few components: npm run catalog -w ui-kit -- tickets-taginput tickets-filterbar (only the
// stories whose id starts with one of the words; their screenshots are rewritten, the others left as they are).
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type * as AxeApi from 'axe-core';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { launchChromium } from '@lotse/kernel/testing/chromium';
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

async function readStories(idPrefixes: readonly string[]): Promise<IndexEntry[]> {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  return Object.values(index.entries).filter(
    (entry) =>
      entry.type === 'story' &&
      (idPrefixes.length === 0 || idPrefixes.some((prefix) => entry.id.startsWith(prefix))),
  );
}

/** How a story went: its problems are the exceptions Storybook reported while rendering and playing it. */
type StoryOutcome = { status: 'success' } | { status: 'error'; problems: string[] } | { status: 'timeout' };
/** A story whose render or play function never settles must fail the catalog, not hang CI. */
const STORY_TIMEOUT_MS = 30_000;

/**
 * Loads the preview once per colour mode (the mode and "a11y addon: manual" go in as URL globals), then switches
 * stories through Storybook's own channel instead of reloading the bundle for each one. It opens on no story, so
 * that every story, the first included, is watched from its first render on.
 */
async function openPreview(page: Page, origin: string, mode: ColorMode): Promise<void> {
  await page.goto(
    `${origin}/iframe.html?id=catalog--no-story&viewMode=story&globals=colorMode:${mode};a11y.manual:!true`,
  );
  await page.waitForFunction(() => document.body.classList.contains('sb-show-errordisplay'));
  await page.addScriptTag({ path: axeScript });
}

/**
 * Shows a story and resolves once it rendered and its play function finished. Storybook's `storyFinished` says "success" even
 * when the play function threw, so the exceptions it announces on the way are collected as well.
 */
async function showStory(page: Page, storyId: string): Promise<StoryOutcome> {
  return page.evaluate(
    ({ storyId, timeoutMs }) =>
      new Promise<StoryOutcome>((resolve) => {
        type Listener = (payload: unknown) => void;
        type Channel = {
          on: (event: string, listener: Listener) => void;
          off: (event: string, listener: Listener) => void;
          emit: (event: string, payload: unknown) => void;
        };
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        const problems: string[] = [];
        const describe = (payload: unknown): string[] => {
          if (Array.isArray(payload)) return payload.flatMap(describe);
          const { message, description } = (payload ?? {}) as { message?: unknown; description?: unknown };
          return [String(message ?? description ?? JSON.stringify(payload))];
        };
        const onProblem: Listener = (payload) => problems.push(...describe(payload));
        const problemEvents = [
          'playFunctionThrewException',
          'unhandledErrorsWhilePlaying',
          'storyThrewException',
          'storyErrored',
        ];
        const settle = (outcome: StoryOutcome) => {
          clearTimeout(timer);
          channel.off('storyFinished', finished);
          for (const event of problemEvents) channel.off(event, onProblem);
          resolve(outcome);
        };
        const finished: Listener = (payload) => {
          const event = payload as { storyId: string; status: 'success' | 'error' };
          if (event.storyId !== storyId) return;
          // A component that throws while rendering shows Storybook's error display but may still report success.
          if (document.body.classList.contains('sb-show-errordisplay'))
            problems.push('the story failed to render');
          if (event.status === 'error' && problems.length === 0) problems.push('Storybook reported an error');
          settle(problems.length ? { status: 'error', problems } : { status: 'success' });
        };
        const timer = setTimeout(() => settle({ status: 'timeout' }), timeoutMs);
        for (const event of problemEvents) channel.on(event, onProblem);
        channel.on('storyFinished', finished);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    { storyId, timeoutMs: STORY_TIMEOUT_MS },
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
  const stories = await readStories(process.argv.slice(2));
  await mkdir(screenshotDir, { recursive: true });
  const server = await serveStatic(staticDir);
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const failures: string[] = [];
  try {
    const { page } = browser;
    for (const mode of colorModes) {
      await openPreview(page, server.origin, mode);
      for (const story of stories) {
        const label = `${story.title} › ${story.name} (${mode})`;
        const outcome = await showStory(page, story.id);
        if (outcome.status === 'error') {
          failures.push(`${label}: ${outcome.problems.join('; ')}`);
          continue;
        }
        if (outcome.status === 'timeout') {
          failures.push(`${label}: did not finish rendering and playing within ${STORY_TIMEOUT_MS / 1000} s`);
          // A hung play function may still hold this preview: the next story gets a fresh one.
          await openPreview(page, server.origin, mode);
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
