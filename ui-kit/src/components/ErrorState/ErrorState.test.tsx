import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './ErrorState.stories.tsx';

testStories(stories);

const { WithRetry, WithDetails } = composeStories(stories);

test('is an alert with a translated default title', async () => {
  await runStory(WithDetails, { locale: 'en' });
  expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
  await runStory(WithDetails, { locale: 'de' });
  expect(screen.getByRole('alert')).toHaveTextContent('Etwas ist schiefgelaufen');
});

test('retries from the keyboard', async () => {
  const onRetry = jest.fn();
  await runStory(WithDetails, { locale: 'en', args: { onRetry } });
  const user = userEvent.setup();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(onRetry).toHaveBeenCalledTimes(1);
  await user.tab();
  expect(screen.getByText('Technical details')).toHaveFocus();
});

test('the story plays a retry click', async () => {
  const onRetry = jest.fn();
  await runStory(WithRetry, { args: { onRetry } });
  expect(onRetry).toHaveBeenCalledTimes(1);
});

test('folds technical details away until asked', async () => {
  await runStory(WithDetails, { locale: 'en' });
  const summary = screen.getByText('Technical details');
  expect(summary.closest('details')).not.toHaveAttribute('open');
  await userEvent.click(summary);
  expect(summary.closest('details')).toHaveAttribute('open');
});
