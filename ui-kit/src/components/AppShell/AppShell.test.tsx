import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './AppShell.stories.tsx';

testStories(stories);

const { Default, Mobile } = composeStories(stories);

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

describe('mobile navigation drawer', () => {
  test('opens from the menu button, lists the navigation and starts on the current page', async () => {
    await runStory(Mobile, { locale: 'en' });
    const menu = screen.getByRole('button', { name: 'Open navigation' });
    expect(menu).toHaveAttribute('aria-haspopup', 'dialog');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(menu);
    const drawer = await screen.findByRole('dialog', { name: 'Navigation' });
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    const nav = within(drawer).getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link')).toHaveLength(4);
    await waitFor(() => expect(within(nav).getByRole('link', { name: /Posteingang/ })).toHaveFocus());
  });

  test('keeps focus inside while open, closes with Escape and returns focus to the button', async () => {
    await runStory(Mobile, { locale: 'en' });
    const user = userEvent.setup();
    const menu = screen.getByRole('button', { name: 'Open navigation' });
    menu.focus();
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByRole('link', { name: /Posteingang/ })).toHaveFocus());
    for (let step = 0; step < 6; step += 1) {
      await user.tab();
      expect(drawer).toContainElement(document.activeElement as HTMLElement);
    }
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(menu).toHaveFocus());
  });

  test('following a link closes the drawer', async () => {
    await runStory(Mobile, { locale: 'de' });
    await userEvent.click(screen.getByRole('button', { name: 'Navigation öffnen' }));
    const drawer = await screen.findByRole('dialog');
    await userEvent.click(within(drawer).getByRole('link', { name: /Meine Tickets/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  test('the close button closes it', async () => {
    await runStory(Mobile, { locale: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Open navigation' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Close navigation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
