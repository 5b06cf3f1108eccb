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

test('known brands have fixed, distinct tones', () => {
  expect(entityToneFor('kids_ascension')).toBe('orange');
  expect(entityToneFor('ozean_licht')).toBe('cyan');
});

test('a later brand gets its tone from its code alone, the same in every release', () => {
  // Pinned on purpose: a changed derivation would recolour every brand added after launch.
  expect(['sternwarte', 'lern_werkstatt', 'nordlicht_akademie'].map(entityToneFor)).toEqual([
    'cyan',
    'orange',
    'pink',
  ]);
});
