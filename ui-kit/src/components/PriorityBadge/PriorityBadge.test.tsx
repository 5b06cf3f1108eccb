import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './PriorityBadge.stories.tsx';

testStories(stories);

const { AllPriorities } = composeStories(stories);

test('names every priority in the chosen language', async () => {
  await runStory(AllPriorities, { locale: 'de' });
  expect(screen.getByText('Dringend')).toHaveAttribute('data-priority', 'URGENT');
  await runStory(AllPriorities, { locale: 'en' });
  expect(screen.getByText('Urgent')).toBeInTheDocument();
  expect(screen.getByText('Low')).toBeInTheDocument();
});
