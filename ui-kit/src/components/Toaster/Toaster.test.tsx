import { composeStories } from '@storybook/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './Toaster.stories.tsx';

testStories(stories);

const { SuccessToast } = composeStories(stories);

test('a toast can be dismissed by keyboard with a translated close button', async () => {
  await runStory(SuccessToast, { locale: 'en' });
  const close = await screen.findByRole('button', { name: 'Dismiss notification' });
  close.focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(screen.queryByText('Antwort gesendet')).not.toBeInTheDocument());
});
