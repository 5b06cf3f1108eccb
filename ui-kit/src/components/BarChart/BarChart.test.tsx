import { composeStories } from '@storybook/react';
import { screen, within } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './BarChart.stories.tsx';

testStories(stories);

const { Bars, Grouped, Stacked } = composeStories(stories);

test('the table lists every category with its value', async () => {
  await runStory(Bars, { locale: 'de' });
  const table = screen.getByRole('table', { name: 'Offene Tickets nach Kategorie' });
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Abrechnung', 'Anmeldung', 'Versand', 'Rücksendung', 'Sonstiges']);
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Kategorie', 'Offen']);
});

test('with a size, one bar per category, labelled with its value', async () => {
  const canvas = await runStory(Bars, { locale: 'en', args: { width: 500, height: 240 } });
  expect(canvas.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(5);
  expect(canvas.querySelector('.recharts-label-list')).toHaveTextContent('48');
});

test('grouped series get one table column each; stacked ones share a bar', async () => {
  await runStory(Grouped, { locale: 'en' });
  expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(4);
  const canvas = await runStory(Stacked, { locale: 'en', args: { width: 500, height: 240 } });
  expect(canvas.querySelectorAll('.recharts-bar')).toHaveLength(3);
  expect(canvas.querySelector('.recharts-legend-wrapper')).toHaveTextContent('Dringend');
});
