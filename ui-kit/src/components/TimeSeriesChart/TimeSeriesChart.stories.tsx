import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn } from 'storybook/test';
import { TimeSeriesChart } from './TimeSeriesChart.tsx';
import type { TimeSeriesPoint } from './TimeSeriesChart.tsx';

const created = [42, 38, 51, 47, 33, 12, 9, 55, 49, 46, 52, 40, 15, 11];
const solved = [35, 41, 44, 50, 39, 14, 8, 47, 51, 43, 49, 45, 18, 10];

export const ticketsPerDay: TimeSeriesPoint[] = created.map((count, day) => ({
  date: new Date(Date.UTC(2025, 2, 1 + day)).toISOString(),
  values: { created: count, solved: solved[day] ?? 0 },
}));

const meta = {
  title: 'Analytics/TimeSeriesChart',
  component: TimeSeriesChart,
  excludeStories: ['ticketsPerDay'],
  args: {
    title: 'Tickets pro Tag',
    description: '1.–14. März 2025, alle Marken',
    data: ticketsPerDay,
    series: [
      { key: 'created', label: 'Eingegangen' },
      { key: 'solved', label: 'Gelöst' },
    ],
  },
} satisfies Meta<typeof TimeSeriesChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Lines: Story = {};

export const StackedAreas: Story = {
  args: {
    title: 'Eingänge nach Kanal',
    variant: 'area',
    data: ticketsPerDay.map((point, day) => ({
      date: point.date,
      values: {
        mail: Math.round((point.values['created'] ?? 0) * 0.6),
        chat: 8 + (day % 5),
        phone: 4 + (day % 3),
      },
    })),
    series: [
      { key: 'mail', label: 'E-Mail' },
      { key: 'chat', label: 'Chat' },
      { key: 'phone', label: 'Telefon' },
    ],
  },
};

export const SingleSeries: Story = {
  args: {
    title: 'Erste Antwortzeit (Median)',
    series: [{ key: 'minutes', label: 'Minuten' }],
    valueFormat: { style: 'unit', unit: 'minute', unitDisplay: 'short' },
    data: ticketsPerDay.map((point, day) => ({
      date: point.date,
      values: { minutes: 30 + ((day * 7) % 25) },
    })),
  },
};

/** The table button shows the data to everyone, by keyboard. */
export const TableShown: Story = {
  play: async ({ canvas, userEvent }) => {
    const toggle = canvas.getByRole('button');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Loading: Story = { args: { loading: true } };
export const Empty: Story = { args: { data: [] } };
export const Failed: Story = {
  args: { error: 'Die Auswertung ist gerade nicht erreichbar.', onRetry: fn() },
};
export const Dark: Story = { globals: { colorMode: 'dark' } };
export const DarkAreas: Story = { ...StackedAreas, globals: { colorMode: 'dark' } };

export const LongGermanText: Story = {
  args: {
    title: 'Eingegangene und abschließend gelöste Kundenanfragen pro Kalendertag',
    description: 'Zeitraum 1.–14. März 2025, alle Marken, ohne automatisch geschlossene Spam-Tickets',
    series: [
      { key: 'created', label: 'Eingegangene Kundenanfragen' },
      { key: 'solved', label: 'Abschließend gelöste Kundenanfragen' },
    ],
  },
};
