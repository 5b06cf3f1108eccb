import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './UserChip.stories.tsx';

testStories(stories);

const { Online, WithoutPresence } = composeStories(stories);

test('speaks the presence after the name, in the chosen language', async () => {
  await runStory(Online, { locale: 'de' });
  expect(screen.getByTitle('Mara Lindqvist')).toHaveTextContent('Mara Lindqvist, Online');
  await runStory(Online, { locale: 'en', args: { presence: 'away' } });
  expect(screen.getByTitle('Mara Lindqvist')).toHaveTextContent('Mara Lindqvist, Away');
});

test('shows initials and no presence for customers', async () => {
  const canvas = await runStory(WithoutPresence);
  expect(canvas).toHaveTextContent('KJ');
  expect(canvas.querySelector('[data-presence]')).toBeNull();
});
