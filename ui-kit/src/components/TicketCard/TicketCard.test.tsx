import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './TicketCard.stories.tsx';

testStories(stories);

const { Default, Unassigned } = composeStories(stories);

test('names the ticket, shows its badges, people, times and tags', async () => {
  const onOpen = jest.fn();
  await runStory(Default, { locale: 'en', args: { onOpen } });
  const open = screen.getByRole('button', { name: /^Open ticket .+-\d+: / });
  expect(screen.getByRole('heading', { level: 3 })).toContainElement(open);
  expect(screen.getByRole('timer')).toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Tags' })).toHaveTextContent('#vip#rückruf');
  await userEvent.click(open);
  expect(onOpen).toHaveBeenCalledTimes(1);
});

test('one tab stop, opened with Enter or Space', async () => {
  const onOpen = jest.fn();
  await runStory(Unassigned, { locale: 'de', args: { onOpen } });
  expect(screen.getByText('Nicht zugewiesen')).toBeInTheDocument();
  await userEvent.tab();
  expect(screen.getByRole('button')).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await userEvent.keyboard(' ');
  expect(onOpen).toHaveBeenCalledTimes(2);
  await userEvent.tab();
  expect(document.body).toHaveFocus();
});
