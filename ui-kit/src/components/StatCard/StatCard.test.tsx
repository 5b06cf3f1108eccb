import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { relativeChange, sparklinePoints } from './StatCard.tsx';
import * as stories from './StatCard.stories.tsx';

testStories(stories);

const { Improving, Worsening, Unchanged, NeutralVolume, Loading } = composeStories(stories);

test('relative change and direction', () => {
  expect(relativeChange(110, 100)).toEqual({ ratio: 0.1, direction: 'up' });
  expect(relativeChange(90, 100).direction).toBe('down');
  expect(relativeChange(100.4, 100).direction).toBe('flat');
  expect(relativeChange(5, 0)).toEqual({ ratio: 0, direction: 'flat' });
});

test('sparkline points span the box, flat series in the middle', () => {
  expect(sparklinePoints([0, 10, 5])).toBe('0.00,30.00 50.00,2.00 100.00,16.00');
  expect(sparklinePoints([3, 3])).toBe('0.00,16.00 100.00,16.00');
});

test('a good rise is positive and says so in words', async () => {
  const canvas = await runStory(Improving, { locale: 'en' });
  expect(canvas).toHaveTextContent('1,284');
  expect(canvas).toHaveTextContent('Up 12% , improvement'.replace(' ,', ','));
  expect(canvas).toHaveTextContent('compared with Vorwoche');
  expect(canvas.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'positive');
  expect(screen.getByRole('img')).toHaveAccessibleName('Trend: 980 to 1,284 over 7 periods');
});

test('a rising response time is negative', async () => {
  const canvas = await runStory(Worsening, { locale: 'de' });
  expect(canvas).toHaveTextContent('47 Min.');
  expect(canvas).toHaveTextContent('Plus 23,7 %, Verschlechterung');
  expect(canvas.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'negative');
});

test('flat and neutral changes are neutral', async () => {
  const flat = await runStory(Unchanged, { locale: 'en' });
  expect(flat).toHaveTextContent('Unchanged');
  expect(flat.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'neutral');
  const volume = await runStory(NeutralVolume, { locale: 'en' });
  expect(volume.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'neutral');
  expect(volume).not.toHaveTextContent('improvement');
});

test('loading hides the figures and marks the card busy', async () => {
  const canvas = await runStory(Loading, { locale: 'en' });
  expect(canvas.querySelector('[aria-busy="true"]')).not.toBeNull();
  expect(canvas).not.toHaveTextContent('1,284');
});
