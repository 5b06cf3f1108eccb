import { composeStories } from '@storybook/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './KeyboardShortcut.stories.tsx';
import { matchesShortcut } from './shortcut.ts';

testStories(stories);

const { CommandPalette, OnMac } = composeStories(stories);

test('labels keys as the keyboard does, in the chosen language', async () => {
  expect(await runStory(CommandPalette, { locale: 'de' })).toHaveTextContent('StrgKTastenkürzel: Strg+K');
  expect(await runStory(CommandPalette, { locale: 'en' })).toHaveTextContent(
    'CtrlKKeyboard shortcut: Ctrl+K',
  );
  expect(await runStory(OnMac, { locale: 'en' })).toHaveTextContent('⌘KKeyboard shortcut: ⌘+K');
});

test('"mod" matches Ctrl on PCs and ⌘ on Macs, and nothing with extra modifiers', () => {
  const ctrlK = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true });
  const metaK = new KeyboardEvent('keydown', { key: 'k', metaKey: true });
  const ctrlShiftK = new KeyboardEvent('keydown', { key: 'K', ctrlKey: true, shiftKey: true });
  expect(matchesShortcut(ctrlK, 'mod+k', 'other')).toBe(true);
  expect(matchesShortcut(metaK, 'mod+k', 'other')).toBe(false);
  expect(matchesShortcut(metaK, 'mod+k', 'mac')).toBe(true);
  expect(matchesShortcut(ctrlShiftK, 'mod+k', 'other')).toBe(false);
  expect(matchesShortcut(new KeyboardEvent('keydown', { key: '?', shiftKey: true }), '?', 'other')).toBe(
    true,
  );
});
