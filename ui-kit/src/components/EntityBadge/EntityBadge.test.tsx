import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import { entityToneFor } from '../../theme/entity-tones.ts';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './EntityBadge.stories.tsx';

testStories(stories);

const { AllEntities } = composeStories(stories);

test('shows the short code and names the brand for assistive technology', async () => {
  await runStory(AllEntities);
  expect(screen.getByTitle('Kids Ascension')).toHaveTextContent(/^KAKids Ascension$/);
  expect(screen.getByText('OL')).toHaveAttribute('aria-hidden', 'true');
  expect(screen.getByText('Ozean Licht')).toBeInTheDocument();
});

test('known brands have distinct tones and later brands keep a stable one', () => {
  expect(entityToneFor('kids_ascension')).not.toBe(entityToneFor('ozean_licht'));
  expect(entityToneFor('sternwarte')).toBe(entityToneFor('sternwarte'));
});
