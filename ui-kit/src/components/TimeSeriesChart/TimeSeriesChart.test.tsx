import { composeStories } from '@storybook/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './TimeSeriesChart.stories.tsx';

testStories(stories);

const { Lines, StackedAreas, Loading, Empty, Failed } = composeStories(stories);

test('the data table is the accessible version: one row per day, one column per series', async () => {
  await runStory(Lines, { locale: 'de' });
  const table = screen.getByRole('table', { name: 'Tickets pro Tag' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Datum', 'Eingegangen', 'Gelöst']);
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(14);
  expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('1. März');
  expect(rows[0]).toHaveTextContent('4235');
  expect(screen.getByRole('region', { name: 'Tickets pro Tag' })).toBeInTheDocument();
});

test('with a size, the lines are drawn (hidden from assistive technology)', async () => {
  const canvas = await runStory(Lines, { locale: 'en', args: { width: 600, height: 240 } });
  const plot = canvas.querySelector('[data-chart-plot]');
  expect(plot).toHaveAttribute('aria-hidden', 'true');
  expect(plot?.querySelectorAll('.recharts-line')).toHaveLength(2);
  expect(plot?.querySelector('[tabindex]:not([tabindex="-1"]), a, button')).toBeNull();
});

test('stacked areas draw one area per series', async () => {
  const canvas = await runStory(StackedAreas, { locale: 'en', args: { width: 600, height: 240 } });
  expect(canvas.querySelectorAll('.recharts-area')).toHaveLength(3);
});

test('the table toggle shows and hides the table', async () => {
  await runStory(Lines, { locale: 'en' });
  const toggle = screen.getByRole('button', { name: 'Show data as table' });
  expect(toggle).toHaveAttribute('aria-controls', screen.getByRole('table').parentElement?.id);
  await userEvent.click(toggle);
  expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
});

test('loading, empty and error states', async () => {
  await runStory(Loading, { locale: 'en' });
  expect(screen.getByRole('status')).toHaveTextContent('Loading chart…');
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  await runStory(Empty, { locale: 'en' });
  expect(screen.getByText('No data for this period.')).toBeInTheDocument();
  await runStory(Failed, { locale: 'en' });
  expect(screen.getByRole('alert')).toHaveTextContent('Die Auswertung ist gerade nicht erreichbar.');
});
