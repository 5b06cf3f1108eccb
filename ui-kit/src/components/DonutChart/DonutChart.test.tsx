import { composeStories } from '@storybook/react';
import { screen, within } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './DonutChart.stories.tsx';

testStories(stories);

const { Channels, Empty } = composeStories(stories);

test('the table gives value and share per slice and the total', async () => {
  await runStory(Channels, { locale: 'de' });
  const table = screen.getByRole('table', { name: 'Eingänge nach Kanal' });
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent?.replace(/\u00a0/g, ' '));
  expect(rows).toEqual([
    'E-Mail61256,8 %',
    'Chat24823 %',
    'Telefon13112,2 %',
    'Kontaktformular878,1 %',
    'Gesamt1.078100 %',
  ]);
});

test('with a size, one sector per slice, labelled with its share, total in the centre', async () => {
  const canvas = await runStory(Channels, { locale: 'en', args: { width: 400, height: 260 } });
  expect(canvas.querySelectorAll('.recharts-pie-sector')).toHaveLength(4);
  const labels = [...canvas.querySelectorAll('.lotse-donut-share')].map((label) => label.textContent);
  expect(labels).toEqual(['56.8%', '23%', '12.2%', '8.1%']);
  expect(canvas.querySelector('.lotse-donut-total')).toHaveTextContent('1,078');
  expect(canvas.querySelector('.recharts-legend-wrapper')).toHaveTextContent('Kontaktformular');
});

test('no slices means the empty state', async () => {
  await runStory(Empty, { locale: 'en' });
  expect(screen.getByText('No data for this period.')).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});
