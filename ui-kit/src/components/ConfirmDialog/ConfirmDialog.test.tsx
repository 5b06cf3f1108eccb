import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './ConfirmDialog.stories.tsx';

testStories(stories);

const { Open, DefaultTone } = composeStories(stories);

test('is an alertdialog named by its title and described by its text', async () => {
  await runStory(Open, { locale: 'en' });
  const dialog = await screen.findByRole('alertdialog', { name: 'Ticket #4711 löschen?' });
  expect(dialog).toHaveAccessibleDescription(/endgültig gelöscht/);
});

test('Escape closes without confirming', async () => {
  const onConfirm = jest.fn();
  const onOpenChange = jest.fn();
  await runStory(Open, { args: { onConfirm, onOpenChange } });
  await screen.findByRole('alertdialog');
  await userEvent.keyboard('{Escape}');
  expect(onOpenChange).toHaveBeenCalledWith(false);
  expect(onConfirm).not.toHaveBeenCalled();
});

test('confirms by keyboard, waits for the action, then closes', async () => {
  let finish = () => {};
  const onConfirm = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  const onOpenChange = jest.fn();
  await runStory(DefaultTone, { locale: 'en', args: { onConfirm, onOpenChange } });
  const user = userEvent.setup();
  await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
  await user.tab();
  expect(screen.getByRole('button', { name: 'Confirm' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(onConfirm).toHaveBeenCalledTimes(1);
  expect(onOpenChange).not.toHaveBeenCalled();
  finish();
  await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
});
