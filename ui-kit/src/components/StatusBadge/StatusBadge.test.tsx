import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import { ticketStatuses } from '../../domain.ts';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './StatusBadge.stories.tsx';

testStories(stories);

const { AllStatuses } = composeStories(stories);

test('shows every status in German words', async () => {
  const canvas = await runStory(AllStatuses, { locale: 'de' });
  expect(canvas).toHaveTextContent('NeuZugewiesenIn BearbeitungWartendGelöstGeschlossen');
  expect(canvas.querySelectorAll('[data-status]')).toHaveLength(ticketStatuses.length);
  expect(screen.getByText('In Bearbeitung')).toHaveAttribute('data-status', 'IN_PROGRESS');
});
