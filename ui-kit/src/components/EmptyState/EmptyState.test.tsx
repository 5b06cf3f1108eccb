import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './EmptyState.stories.tsx';

testStories(stories);

const { NoSearchResults } = composeStories(stories);

test('titles the empty state as a heading and offers its action', async () => {
  await runStory(NoSearchResults);
  expect(
    screen.getByRole('heading', { name: 'Keine Treffer für „Passwort zurücksetzen“' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeEnabled();
});
