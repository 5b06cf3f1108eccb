// Turns a stories module into Jest tests: every story is rendered (and its play function run) in German and in
// English, then checked with axe. Component test files call `testStories(stories)` and add behaviour tests with
// `runStory`, so stories and tests never drift apart.
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { configureAxe } from 'jest-axe';
import preview from '../.storybook/preview.tsx';
import { axeRulesFor } from './axe-rules.ts';
import { supportedLocales } from '../src/i18n/create-i18n.ts';
import type { Locale } from '../src/i18n/create-i18n.ts';

setProjectAnnotations(preview);

const axeFor = (tags: readonly string[]) => configureAxe({ rules: axeRulesFor(tags, 'jsdom') });

/** A stories module as `import * as stories from './X.stories.tsx'` gives it. */
type StoriesModule = Parameters<typeof composeStories>[0];
/** The part of a composed story (from `composeStories`) the helpers use. */
export interface ComposedStory {
  tags: string[];
  args: Record<string, unknown>;
  globals: Record<string, unknown>;
  run: (context?: {
    canvasElement?: HTMLElement;
    args?: Record<string, unknown>;
    globals?: Record<string, unknown>;
  }) => Promise<void>;
}

// Storybook unmounts a story when the next one runs; the canvases themselves are ours to remove.
const canvases: HTMLElement[] = [];
afterEach(() => canvases.splice(0).forEach((canvas) => canvas.remove()));

export interface RunStoryOptions {
  locale?: Locale;
  /** Overrides some of the story's args for this run. */
  args?: Record<string, unknown>;
}

/** Renders a composed story into the document and runs its play function. Returns the story's canvas element. */
export async function runStory(
  story: ComposedStory,
  { locale = 'de', args = {} }: RunStoryOptions = {},
): Promise<HTMLElement> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  canvases.push(canvasElement);
  await story.run({ canvasElement, args: { ...story.args, ...args }, globals: { ...story.globals, locale } });
  return canvasElement;
}

/** Checks the whole document, because dialogs and toasts render in portals outside the canvas. */
export async function expectNoAxeViolations(story: ComposedStory): Promise<void> {
  expect(await axeFor(story.tags)(document.body)).toHaveNoViolations();
}

export function testStories(storiesModule: StoriesModule): void {
  const stories = Object.entries(composeStories(storiesModule) as Record<string, ComposedStory>);
  describe.each(supportedLocales)('stories in %s', (locale) => {
    test.each(stories)('%s renders, plays and has no axe violations', async (_name, story) => {
      await runStory(story, { locale });
      await expectNoAxeViolations(story);
    });
  });
}
