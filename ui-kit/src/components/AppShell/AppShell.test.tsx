import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './AppShell.stories.tsx';

testStories(stories);

const { Default } = composeStories(stories);

test('has a skip link, main navigation, banner and main landmark', async () => {
  await runStory(Default, { locale: 'en' });
  const user = userEvent.setup();
  await user.tab();
  expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
  expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  expect(screen.getByRole('banner')).toBeInTheDocument();
  expect(screen.getByRole('main')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Posteingang/ })).toHaveAttribute('aria-current', 'page');
});

test('switches the brand with the keyboard', async () => {
  const onEntityChange = jest.fn();
  await runStory(Default, { locale: 'en', args: { onEntityChange } });
  const switcher = screen.getByRole('combobox', { name: 'Brand' });
  await userEvent.selectOptions(switcher, 'Ozean Licht');
  expect(onEntityChange).toHaveBeenLastCalledWith('ozean_licht');
  await userEvent.selectOptions(switcher, 'All brands');
  expect(onEntityChange).toHaveBeenLastCalledWith(null);
});

test('toggles the colour mode on the document', async () => {
  await runStory(Default, { locale: 'en' });
  await userEvent.click(screen.getByRole('button', { name: 'Switch to dark mode' }));
  expect(document.documentElement).toHaveClass('dark');
  await userEvent.click(screen.getByRole('button', { name: 'Switch to light mode' }));
  expect(document.documentElement).toHaveClass('light');
});

test('the palette says when nothing matches and closes with Escape', async () => {
  await runStory(Default, { locale: 'en' });
  await userEvent.keyboard('{Control>}k{/Control}');
  const search = await screen.findByRole('combobox', { name: 'Command palette' });
  await waitFor(() => expect(search).toHaveFocus());
  await userEvent.keyboard('xyz');
  expect(screen.getByRole('status')).toHaveTextContent('No matching commands');
  await userEvent.keyboard('{Escape}');
  await waitFor(() =>
    expect(screen.queryByRole('combobox', { name: 'Command palette' })).not.toBeInTheDocument(),
  );
});
